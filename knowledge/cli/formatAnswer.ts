// A readable answer for people at a terminal.
import type { Answer, AnswerResult, Owner } from "../types";

const partyWords: Readonly<Record<Owner, string>> = Object.freeze({
  microsoft: "Microsoft",
  customer: "your organisation",
  shared: "shared: Microsoft and your organisation",
});

export function formatAnswerForTerminal(answer: Answer): string {
  if (!answer.answered) {
    const related = answer.results.map((r) => `  - ${r.title} (${r.source.locale}, table ${r.source.table}, row ${r.source.row})`);
    return ["I don't know: the page does not say.", ...(related.length ? ["Related rows:", ...related] : [])].join("\n");
  }
  const [first, ...rest] = answer.results;
  if (!first) return "I don't know: the page does not say.";
  const lines: string[] = [];
  if (answer.kind === "depends") {
    lines.push("It depends: Microsoft and your organisation each do part of this.");
    for (const r of answer.results.slice(0, 2)) lines.push("", ...describe(r, r.row.owner === "shared" ? r.owner : r.row.owner));
  } else {
    lines.push(`Responsible: ${partyWords[first.owner]}`, "", ...describe(first, first.owner));
    if (answer.ambiguous && rest[0]) lines.push("", `Or did you mean: ${rest[0].title} (table ${rest[0].source.table}, row ${rest[0].source.row})?`);
  }
  lines.push("", `(confidence ${answer.confidence.toFixed(2)}, ${answer.locale})`);
  return lines.join("\n");
}

function describe(result: AnswerResult, owner: Owner): string[] {
  const { source } = result;
  return [
    `${result.title} [${partyWords[owner]}]`,
    `  "${result.statement}"`,
    `  Source: ${source.file}, table ${source.table}, row ${source.row} (line ${source.line})`,
    `  ${source.url}`,
    ...result.links.map((l) => `  See also: ${l.text || l.url} ${l.url}`),
  ];
}
