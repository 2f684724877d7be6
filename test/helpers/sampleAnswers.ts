// Answers for card tests and previews, built from the rows of the real pages (knowledge/sources).
import { loadKnowledgeBase } from "../../knowledge/loadSources";
import type { Answer, AnswerResult, Row } from "../../knowledge/types";

/** The rows of one real page in knowledge/sources, in document order (the Swedish page by default). */
export function sampleRows(locale = "sv-SE"): Row[] {
  const knowledge = loadKnowledgeBase();
  const page = knowledge.pages.find((p) => p.locale === locale);
  if (!page) throw new Error(`no page for ${locale} in knowledge/sources (${knowledge.errors.map((e) => e.message).join("; ")})`);
  return page.tables.flatMap((t) => t.rows);
}

/** Keys of the rows the samples use; keys are the same in every locale. */
export const sampleKeys = Object.freeze({
  security: "microsoft-4",
  updates: "microsoft-5",
  change: "customer-1",
  identity: "customer-2",
  support: "customer-4",
});

export function rowByKey(rows: readonly Row[], key: string): Row {
  const found = rows.find((r) => r.key === key);
  if (!found) throw new Error(`no sample row ${key}`);
  return found;
}

/** A result for a row: the matched statement is the first one of `party` (or the row's first). */
export function resultFor(row: Row, score = 0.8, party?: Row["owner"]): AnswerResult {
  const segment = row.segments.find((s) => party === undefined || party === "shared" || s.owner === party) ?? row.segments[0];
  return {
    key: row.key,
    owner: party ?? (row.owner === "shared" ? (segment?.owner ?? "shared") : row.owner),
    score,
    title: row.title,
    statement: segment?.text ?? row.text,
    source: { file: row.citation.file, locale: row.citation.locale, table: row.citation.table, row: row.citation.row, line: row.citation.line, url: row.citation.url },
    links: row.links,
    row,
  };
}

export interface AnswerOptions {
  kind?: Answer["kind"];
  ambiguous?: boolean;
}

export function answerOf(question: string, results: AnswerResult[], options: AnswerOptions = {}): Answer {
  const top = results[0];
  const kind = options.kind ?? (top ? "answer" : "none");
  return {
    question,
    answered: kind !== "none",
    kind,
    language: top ? (top.source.locale.split("-")[0] ?? "en") : "en",
    locale: top?.source.locale ?? "en-US",
    confidence: top?.score ?? 0,
    ambiguous: options.ambiguous ?? false,
    results,
  };
}

/** The sample answers every card test and preview uses. */
export function sampleAnswers(rows: readonly Row[] = sampleRows()) {
  const security = rowByKey(rows, sampleKeys.security);
  const change = rowByKey(rows, sampleKeys.change);
  const updates = rowByKey(rows, sampleKeys.updates);
  const support = rowByKey(rows, sampleKeys.support);
  return {
    single: answerOf("Vem övervakar säkerheten?", [resultFor(security, 0.86)]),
    shared: answerOf("Vem ansvarar för ändringshantering?", [resultFor(change, 0.8, "customer")]),
    depends: answerOf("Vem sköter supporten?", [resultFor(support, 0.7), resultFor(security, 0.68)], { kind: "depends" }),
    choice: answerOf("övervakning", [resultFor(security, 0.62), resultFor(updates, 0.61)], { ambiguous: true }),
    bullets: answerOf("Vem ger support för skrivare?", [resultFor(support, 0.75)]),
    none: answerOf("Vem bakar kakorna på fredag?", [], { kind: "none" }),
  };
}
