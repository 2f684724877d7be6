// The public JSON shape of an answer, shared by `npm run ask -- --json` and GET /api/ask.
import type { Answer, Link, Owner, ResultSource } from "./types";

export interface AnswerJson {
  answered: boolean;
  kind: Answer["kind"];
  language: string;
  locale: string;
  confidence: number;
  ambiguous: boolean;
  /** When `answered` is false these are related rows, not answers. */
  results: Array<{
    key: string;
    owner: Owner;
    score: number;
    title: string;
    statement: string;
    source: ResultSource;
    links: Link[];
  }>;
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
