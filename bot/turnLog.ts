// One JSON log line per turn, written by adapter middleware: what came in, what answered, how long it took.
import type { Middleware, TurnContext } from "botbuilder";
import type { Answer } from "../knowledge/types";
import { maxQuestionLength } from "./cleanQuestion";
import type { Logger } from "./logger";

/** What the turn did, filled in by the dialog and the rate limit as the turn runs. */
export interface TurnNote {
  key?: string;
  confidence?: number;
  kind?: string;
  status?: "ok" | "error" | "rateLimited";
}

const turnNoteKey = Symbol("turnNote");

export function noteTurn(context: TurnContext, note: TurnNote): void {
  const current: unknown = context.turnState.get(turnNoteKey);
  if (typeof current === "object" && current !== null) Object.assign(current, note);
}

export function noteAnswer(context: TurnContext, answer: Answer | undefined, kind: string): void {
  noteTurn(context, { key: answer?.results[0]?.key, confidence: answer ? Math.round(answer.confidence * 1000) / 1000 : undefined, kind });
}

export const turnLogMessage = "turn";

export class TurnLogMiddleware implements Middleware {
  constructor(
    private readonly logger: Logger,
    private readonly logMessageText: boolean,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const started = this.now();
    const note: TurnNote = { status: "ok" };
    context.turnState.set(turnNoteKey, note);
    try {
      await next();
    } catch (error) {
      note.status = "error";
      throw error;
    } finally {
      const { activity } = context;
      this.logger.info(
        {
          activityType: activity.type,
          name: activity.name,
          conversationType: activity.conversation?.conversationType ?? null,
          locale: activity.locale ?? null,
          key: note.key ?? null,
          confidence: note.confidence ?? null,
          kind: note.kind ?? null,
          status: note.status,
          latencyMs: Math.round((this.now() - started) * 10) / 10,
          ...(this.logMessageText && typeof activity.text === "string" ? { text: activity.text.slice(0, maxQuestionLength) } : {}),
        },
        turnLogMessage,
      );
    }
  }
}
