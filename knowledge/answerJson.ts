// The public JSON shape of an answer, shared by `npm run ask -- --json` and GET /api/ask.
import type { Answer, AnswerResult } from "./types";

export interface AnswerJson {
  answered: boolean;
  kind: Answer["kind"];
  language: string;
  locale: string;
  confidence: number;
  ambiguous: boolean;
  /** When `answered` is false these are related rows, not answers. */
  results: Array<Omit<AnswerResult, "row">>;
}

export function toAnswerJson(answer: Answer): AnswerJson {
  return {
    answered: answer.answered,
    kind: answer.kind,
    language: answer.language,
    locale: answer.locale,
    confidence: answer.confidence,
    ambiguous: answer.ambiguous,
    results: answer.results.map(({ key, owner, score, title, statement, source, links }) => ({ key, owner, score, title, statement, source, links })),
  };
}
