// Feedback on answers, kept in any botbuilder Storage (memory locally, blob storage in Azure).
import { randomUUID } from "node:crypto";
import type { Storage } from "botbuilder";
import { writeTimedRecord } from "./insightsStore";

export interface FeedbackRecord {
  question: string;
  /** Key of the row the answer came from. */
  key: string;
  locale: string;
  helpful: boolean;
  /** "personal", "groupChat" or "channel". */
  conversationType: string;
  /** ISO time of the feedback. */
  at: string;
}

export const feedbackKeyPrefix = "feedback/";

export class FeedbackStore {
  constructor(
    private readonly storage: Storage,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = randomUUID,
  ) {}

  /** Stores one record under its own key. */
  async record(feedback: Omit<FeedbackRecord, "at">): Promise<FeedbackRecord> {
    const record: FeedbackRecord = { ...feedback, at: this.now().toISOString() };
    await writeTimedRecord(this.storage, feedbackKeyPrefix, record, this.newId);
    return record;
  }
}
