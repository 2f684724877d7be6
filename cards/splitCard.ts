// One card for a split responsibility: what Microsoft does and what your organisation does, side by side.
// A shared row: its statements by party. "It depends": the best rows of each party.
import type { Answer, AnswerResult, Party } from "../knowledge/types";
import { footerData, openButton, type AnswerFooterData, type AnswerHeaderData, type OpenButtonData } from "./answerCard";
import { formatAnswerText, pickPerParty } from "./answerText";
import {
  askedData,
  badgeData,
  doesHeading,
  limits,
  matchedSegments,
  parties,
  partyStyles,
  placeText,
  segmentsOf,
  statementData,
  type ContainerStyle,
  type StatementData,
} from "./cardParts";
import { cardText, speechText } from "./escape";
import { compileTemplate, type BuiltCard } from "./expandTemplate";
import { uiString, type UiLanguage } from "./strings";
import template from "./splitCard.json";

const expandSplitCard = compileTemplate<SplitCardData>("splitCard", template);

export interface SplitEntryData {
  showTitle: boolean;
  title: string;
  statements: StatementData[];
  showPlace: boolean;
  place: string;
  open: OpenButtonData;
}

export interface SplitSideData {
  heading: string;
  style: ContainerStyle;
  entries: SplitEntryData[];
}

/** The data splitCard.json binds to. */
export interface SplitCardData extends AnswerHeaderData, AnswerFooterData {
  intro: string;
  sides: SplitSideData[];
}

export const splitCardErrors = Object.freeze({
  noResult: "buildSplitCard needs an answer with at least one result",
});


/** What one party does in a result: the matched statement when it is that party's, else (title match) its first statements. */
function statementsFor(result: AnswerResult, party: Party): StatementData[] {
  const matched = result.owner === "shared" ? [] : matchedSegments(result);
  if (matched[0]?.owner === party) return matched.map(statementData);
  if (result.owner === "shared" || result.owner === party) return segmentsOf(result.row, party).slice(0, limits.entryStatements).map(statementData);
  return [];
}

function dependsSides(answer: Answer, ui: UiLanguage): SplitSideData[] {
  return parties.map((party) => ({
    heading: doesHeading(party, ui),
    style: partyStyles[party],
    entries: answer.results
      .filter((r) => r.owner === party || r.owner === "shared")
      .map((r) => ({
        showTitle: true,
        title: cardText(r.title, 200),
        statements: statementsFor(r, party),
        showPlace: true,
        place: cardText(`${r.row.citation.heading} · ${placeText(r.row.citation, ui)}`),
        open: openButton(r.row.citation.url),
      }))
      .filter((e) => e.statements.length > 0)
      .slice(0, limits.entriesPerSide),
  }));
}

function sharedSides(result: AnswerResult, ui: UiLanguage): SplitSideData[] {
  return parties.map((party) => ({
    heading: doesHeading(party, ui),
    style: partyStyles[party],
    entries: [{ showTitle: false, title: "", statements: segmentsOf(result.row, party).map(statementData), showPlace: false, place: "", open: { show: false, url: "" } }],
  }));
}

export function splitCardData(answer: Answer, ui: UiLanguage): SplitCardData {
  const top = answer.results[0];
  if (!top) throw new Error(splitCardErrors.noResult);
  const depends = answer.kind === "depends";
  const sides = (depends ? dependsSides(answer, ui) : sharedSides(top, ui)).filter((s) => s.entries.some((e) => e.statements.length > 0));
  const badgeOwner = "shared";
  const titles = depends ? pickPerParty(answer.results).map((r) => r.title).join(", ") : top.title;
  const badge = { ...badgeData(badgeOwner, ui), ...(depends ? { label: uiString(ui, "dependsBadge") } : {}) };
  return {
    fallbackText: cardText(formatAnswerText(answer, ui), 4000),
    speak: speechText(`${badge.label}. ${titles}. ${sides.map((s) => `${s.heading}: ${s.entries.flatMap((e) => e.statements.map((x) => x.text)).join(" ")}`).join(" ")}`),
    asked: askedData(answer.question),
    badge,
    title: depends ? uiString(ui, "splitTitleDepends") : cardText(top.title, 200),
    intro: uiString(ui, depends ? "splitIntroDepends" : "splitIntroShared"),
    sides,
    ...footerData(answer, top, ui, depends),
  };
}

/** "It depends" or a shared row: one card with what each party does. */
export function buildSplitCard(answer: Answer, ui: UiLanguage): BuiltCard {
  const data = splitCardData(answer, ui);
  const summary = answer.kind === "depends" ? uiString(ui, "summaryDepends") : uiString(ui, "summarySplit", { title: answer.results[0]?.title.trim() ?? "" });
  return { card: expandSplitCard(data, ui), summary };
}
