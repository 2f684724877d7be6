// The questions both benchmarks ask, and the quantile they report.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface Question {
  q: string;
  locale: string;
}

const questionFile = join(__dirname, "..", "fixtures", "questions", "engine.jsonl");

export function loadQuestions(): Question[] {
  return readFileSync(questionFile, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Question);
}

export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
