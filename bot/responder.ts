// Asks the engine and picks the reply: the one place that joins knowledge and cards for a turn.
import type { Activity } from "botbuilder";
import type { Answer, AnswerEngine } from "../knowledge/types";
import type { CardKit, UiLanguage, UiStringKey } from "./cardKit";
import { primaryLanguage } from "../knowledge/text/locale";
import { buildExamples } from "./examples";
import { Replies } from "./replies";

export interface Reply {
  activity: Partial<Activity>;
  answer?: Answer;
  ui: UiLanguage;
}

export class Responder {
  private readonly replies: Replies;

  constructor(
    private readonly engine: AnswerEngine,
    private readonly cards: CardKit,
    private readonly defaultLocale: string,
  ) {
    this.replies = new Replies(cards);
  }

  /** The page locale for a language when there is one, else the asker's locale, else the default. */
  localeFor(language: string | undefined, askerLocale: string | undefined): string {
    const page = language ? this.engine.locales().find((l) => primaryLanguage(l) === language) : undefined;
    return page ?? (askerLocale || this.defaultLocale);
  }

  /** The UI language for a language or locale (its primary subtag counts), else the asker's locale. */
  ui(language: string | undefined, askerLocale: string | undefined): UiLanguage {
    return this.cards.uiLanguageFor(language, askerLocale || this.defaultLocale);
  }

  ask(question: string, askerLocale: string | undefined): Reply {
    const answer = this.engine.ask(question, { locale: askerLocale || this.defaultLocale });
    // With no rows at all the page language says nothing about the asker: speak their locale.
    const ui = this.ui(answer.results.length > 0 ? answer.language : undefined, askerLocale);
    return { answer, ui, activity: this.replies.answer(answer, ui) };
  }

  /** The answer around a chosen row; falls back to asking again when the row is gone (e.g. after a reload). */
  picked(key: string, question: string, locale: string, askerLocale: string | undefined): Reply {
    const answer = this.engine.answerFor(key, question, { locale: locale || askerLocale || this.defaultLocale });
    if (!answer) return this.ask(question, askerLocale);
    const ui = this.ui(answer.language, askerLocale);
    return { answer, ui, activity: this.replies.picked(answer, ui) };
  }

  asText(key: string, question: string, locale: string, askerLocale: string | undefined): Reply {
    const options = { locale: locale || askerLocale || this.defaultLocale };
    const answer = this.engine.answerFor(key, question, options) ?? this.engine.ask(question, options);
    const ui = this.ui(answer.language, askerLocale);
    return { answer, ui, activity: this.replies.text(answer, ui) };
  }

  help(askerLocale: string | undefined, language: string | undefined, welcome: boolean): Reply {
    const ui = this.ui(language, askerLocale);
    const { examples, locale } = this.examples(ui, askerLocale);
    return { ui, activity: this.replies.help(ui, examples, locale, welcome) };
  }

  /** A message with only the bot's mention: say what to ask, with one example. */
  emptyQuestion(askerLocale: string | undefined): Reply {
    const ui = this.ui(undefined, askerLocale);
    const [example = ""] = this.examples(ui, askerLocale).examples;
    return { ui, activity: this.replies.message(ui, "emptyQuestion", { example }) };
  }

  /**
   * Example questions from the page in the UI language, or, when there is none (no English page yet),
   * from the page that answers instead, worded in that page's language so that they do get answered.
   */
  private examples(ui: UiLanguage, askerLocale: string | undefined): { examples: string[]; locale: string } {
    const wanted = this.localeFor(ui, askerLocale);
    const rows = this.engine.listRows(wanted);
    const locale = rows[0]?.citation.locale ?? wanted;
    // The UI language follows the locale's language (uiLanguageFor reads its primary subtag).
    return { examples: buildExamples(rows, this.ui(locale, askerLocale), this.cards), locale };
  }

  list(askerLocale: string | undefined, language: string | undefined): Reply {
    const locale = this.localeFor(language ?? (primaryLanguage(askerLocale) || undefined), askerLocale);
    const rows = this.engine.listRows(locale);
    const pageLocale = rows[0]?.citation.locale ?? locale;
    const ui = this.ui(pageLocale, askerLocale);
    return { ui, activity: this.replies.list(rows, ui, pageLocale) };
  }

  /** A plain message in the UI language for `language` (a language or locale), else the asker's locale. */
  message(key: UiStringKey, askerLocale: string | undefined, language?: string): Partial<Activity> {
    return this.replies.message(this.ui(language, askerLocale), key);
  }
}
