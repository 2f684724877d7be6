// "Show as text": the same answer as plain text for a ticket or a mail. No markdown, no card syntax.
import type { Answer, AnswerResult } from "../knowledge/types";
import { dateText, doesHeading, matchedSegments, ownerOf, parties, partyLabel, placeText, segmentsOf } from "./cardParts";
import { stripControls } from "./escape";
import { uiString, type UiLanguage } from "./strings";

const clean = (text: string): string => stripControls(text).replace(/[ \t]+/g, " ").trim();

function sourceLines(result: AnswerResult, ui: UiLanguage): string[] {
  const c = result.row.citation;
  const source = uiString(ui, "textSource", { page: clean(c.pageTitle), place: placeText(c, ui), date: dateText(c, ui) });
  return [c.machineTranslated ? `${source} ${uiString(ui, "textMachineTranslated")}` : source, c.url];
}

function sideLines(result: AnswerResult, ui: UiLanguage): string[] {
  return parties.flatMap((party) => {
    const segments = segmentsOf(result.row, party);
    if (segments.length === 0) return [];
    return ["", `${doesHeading(party, ui)}:`, ...segments.map((s) => (s.kind === "bullet" ? `  • ${clean(s.text)}` : `  ${clean(s.text)}`))];
  });
}

function resultLines(result: AnswerResult, ui: UiLanguage): string[] {
  const lines = [
    uiString(ui, "textResponsibility", { title: clean(result.title) }),
    uiString(ui, "textResponsible", { party: partyLabel(ownerOf(result), ui) }),
    uiString(ui, "textStatement", { statement: clean(result.statement) }),
    ...matchedSegments(result).slice(1).map((s) => `  • ${clean(s.text)}`),
  ];
  if (result.row.owner === "shared") lines.push(...sideLines(result, ui));
  return [...lines, "", ...sourceLines(result, ui)];
}

/** Show-as-text: plain text of the answer (both sides when it depends), with source and link. */
export function formatAnswerText(answer: Answer, ui: UiLanguage): string {
  const head = answer.question.trim() ? [uiString(ui, "textQuestion", { question: clean(answer.question) }), ""] : [];
  const top = answer.results[0];
  if (!answer.answered || answer.kind === "none" || !top) return [...head, uiString(ui, "noAnswerTitle")].join("\n");
  if (answer.kind === "depends") {
    const picked = pickPerParty(answer.results);
    return [...head, uiString(ui, "summaryDepends"), ...picked.flatMap((r) => ["", ...resultLines(r, ui)])].join("\n");
  }
  return [...head, ...resultLines(top, ui)].join("\n");
}

/** For "depends": the best result of each party, in rank order (a shared result counts for both). */
export function pickPerParty(results: readonly AnswerResult[]): AnswerResult[] {
  const out: AnswerResult[] = [];
  for (const party of parties) {
    const best = results.find((r) => r.owner === party || r.owner === "shared");
    if (best && !out.includes(best)) out.push(best);
  }
  return out.sort((a, b) => results.indexOf(a) - results.indexOf(b));
}
