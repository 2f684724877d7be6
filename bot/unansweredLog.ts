// Questions the engine found nothing for, so whoever maintains the bot can see what people miss.
// Only the normalised question, the locale and the time: no user or conversation ids.
import { randomUUID } from "node:crypto";
import type { Storage } from "botbuilder";
import { writeTimedRecord } from "./insightsStore";
import { cleanQuestion } from "./cleanQuestion";

export interface UnansweredRecord {
  /** Lower-cased, one space between words, no trailing punctuation: the same question counts once. */
  question: string;
  locale: string;
  /** ISO time the question was asked. */
  at: string;
}

export const unansweredKeyPrefix = "unanswered/";

export function normaliseQuestion(text: string): string {
  return cleanQuestion(text).normalize("NFC").toLowerCase().replace(/[\s?!.,;:¿¡]+$/u, "").trim();
}

export class UnansweredLog {
  constructor(
    private readonly storage: Storage,
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = randomUUID,
  ) {}

  /** Best effort: the user already has their answer, so a storage failure is logged, not thrown. */
  async record(question: string, locale: string): Promise<UnansweredRecord | undefined> {
    const record: UnansweredRecord = { question: normaliseQuestion(question), locale, at: this.now().toISOString() };
    if (!record.question) return undefined;
    try {
      await writeTimedRecord(this.storage, unansweredKeyPrefix, record, this.newId);
      return record;
    } catch (error) {
      this.onError(error);
      return undefined;
    }
  }
}
