// A stable AnswerEngine whose engine can be replaced: the bot, message extension, tab and /api/ask keep
// one reference while the knowledge behind it is reloaded.
import type { Answer, AnswerEngine, AskOptions, Row } from "../knowledge/types";

export class SwappableEngine implements AnswerEngine {
  constructor(private current: AnswerEngine) {}

  swap(engine: AnswerEngine): void {
    this.current = engine;
  }

  ask(question: string, options?: AskOptions): Answer {
    return this.current.ask(question, options);
  }

  listRows(locale?: string): Row[] {
    return this.current.listRows(locale);
  }

  rowByKey(key: string, locale?: string): Row | undefined {
    return this.current.rowByKey(key, locale);
  }

  answerFor(key: string, question: string, options?: AskOptions): Answer | undefined {
    return this.current.answerFor(key, question, options);
  }

  locales(): string[] {
    return this.current.locales();
  }
}
