// The answer card: party badge, row title, the matching statement, the rest of the row on demand,
// the citation, a button to the row's section of the article and buttons for the articles it links to.
import type { Answer, AnswerResult, Row } from "../knowledge/types";
import type { CardAction } from "./actions";
import { feedbackPayload, textPayload } from "./actionPayloads";
import { formatAnswerText } from "./answerText";
import {
  askedData,
  badgeData,
  citationData,
  derivedOnce,
  doesHeading,
  linkData,
  matchedSegments,
  parties,
  ownerOf,
  partyLabel,
  segmentsOf,
  statementData,
  type AskedData,
  type BadgeData,
  type CitationData,
  type LinkData,
  type StatementData,
} from "./cardParts";
import { cardText, safeUrl, speechText } from "./escape";
import { compileTemplate, type BuiltCard } from "./expandTemplate";
import { uiString, type UiLanguage } from "./strings";
import template from "./answerCard.json";

const expandAnswerCard = compileTemplate<AnswerCardData>("answerCard", template);

export interface StatementGroupData {
  heading: string;
  showHeading: boolean;
  statements: StatementData[];
}

/** What answer and split cards open with: the card's language and texts, the question, the party, the title. */
export interface AnswerHeaderData {
  lang: string;
  fallbackText: string;
  speak: string;
  asked: AskedData;
  badge: BadgeData;
  title: string;
}

/** The data answerCard.json binds to. */
export interface AnswerCardData extends AnswerHeaderData, AnswerFooterData {
  statementHeading: string;
  /** The matched statement (with the bullets of a lead-in). */
  statements: StatementData[];
  /** The row has statements beyond the matched ones: offer the toggle. */
  hasMore: boolean;
  /** On a shared row: what the other party does. */
  hasOthers: boolean;
  others: StatementGroupData[];
  wholeRow: readonly StatementGroupData[];
}

/** The part that answer and split cards share: where it says so, links onward, and the buttons. */
export interface AnswerFooterData {
  citation: CitationData;
  hasLinks: boolean;
  links: LinkData[];
  open: OpenButtonData;
  /** The payloads of the feedback and show-as-text buttons; their titles are UI strings in the template. */
  helpful: CardAction;
  notHelpful: CardAction;
  showText: CardAction;
}

export const answerCardErrors = Object.freeze({
  noResult: "buildAnswerCard needs an answer with at least one result",
});


const wholeRows = derivedOnce((row: Row, ui: string): readonly StatementGroupData[] => {
  if (row.owner !== "shared") return Object.freeze([{ heading: "", showHeading: false, statements: row.segments.map(statementData) }]);
  return Object.freeze(
    parties
      .map((p) => ({ heading: doesHeading(p, ui as UiLanguage), showHeading: true, statements: segmentsOf(row, p).map(statementData) }))
      .filter((g) => g.statements.length > 0),
  );
});

/** The row's statements: one group per party on a shared row, else one group without heading. */
export const wholeRowGroups = (result: AnswerResult, ui: UiLanguage): readonly StatementGroupData[] => wholeRows(result.row, ui);

/** On a shared row, the statements of the party (or parties) the matched statement does not speak for. */
function otherGroups(result: AnswerResult, ui: UiLanguage): StatementGroupData[] {
  if (result.row.owner !== "shared") return [];
  const matched = new Set(matchedSegments(result).map((s) => s.text));
  return parties
    .filter((p) => p !== result.owner)
    .map((p) => ({ heading: doesHeading(p, ui), showHeading: true, statements: segmentsOf(result.row, p).filter((s) => !matched.has(s.text)).map(statementData) }))
    .filter((g) => g.statements.length > 0);
}

export const feedbackButtons = (answer: Answer, result: AnswerResult) => ({
  helpful: feedbackPayload(true, result.key, answer.question, answer.locale),
  notHelpful: feedbackPayload(false, result.key, answer.question, answer.locale),
  showText: textPayload(result.key, answer.question, answer.locale),
});

/** "Open in the article": shown only for an http(s) URL. */
export interface OpenButtonData {
  show: boolean;
  url: string;
}

export const openButton = (url: string): OpenButtonData => {
  const safe = safeUrl(url);
  return { show: safe !== undefined, url: safe ?? "" };
};

export function answerCardData(answer: Answer, ui: UiLanguage): AnswerCardData {
  const result = answer.results[0];
  if (!result) throw new Error(answerCardErrors.noResult);
  const owner = ownerOf(result);
  const others = otherGroups(result, ui);
  const matched = matchedSegments(result);
  const shown = matched.length + others.reduce((n, g) => n + g.statements.length, 0);
  const links = linkData(result.links.length > 0 ? result.links : result.row.links, [result.row.citation.url]);
  const party = partyLabel(owner, ui);
  return {
    lang: ui,
    fallbackText: cardText(formatAnswerText(answer, ui), 4000),
    speak: speechText(uiString(ui, "speakAnswer", { title: result.title, party, statement: result.statement })),
    asked: askedData(answer.question),
    badge: badgeData(owner, ui),
    title: cardText(result.title, 200),
    statementHeading: result.row.owner === "shared" && matched[0] ? doesHeading(matched[0].owner, ui) : uiString(ui, "statementHeading"),
    statements: matched.map(statementData),
    hasMore: result.row.segments.length > shown,
    hasOthers: others.length > 0,
    others,
    wholeRow: wholeRowGroups(result, ui),
    ...footerData(answer, result, links, ui, false),
  };
}

/** Where it says so, links onward and the buttons, for the result a card is about. */
export function footerData(answer: Answer, result: AnswerResult, links: LinkData[], ui: UiLanguage, pageOnly: boolean): AnswerFooterData {
  return {
    citation: citationData(result.row.citation, ui, pageOnly),
    hasLinks: links.length > 0,
    links,
    open: openButton(result.row.citation.url),
    ...feedbackButtons(answer, result),
  };
}

/** The answer card for answer.results[0]; on a shared row it also shows what the other party does. */
export function buildAnswerCard(answer: Answer, ui: UiLanguage): BuiltCard {
  const data = answerCardData(answer, ui);
  const title = answer.results[0]?.title.trim() ?? "";
  return { card: expandAnswerCard(data, ui), summary: uiString(ui, "summaryAnswer", { party: data.badge.label, title }) };
}
