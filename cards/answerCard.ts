// The answer card: party badge, row title, the matching statement, the rest of the row on demand,
// the citation, a button to the row's section of the article and buttons for the articles it links to.
import type { Answer, AnswerResult, Row, Segment } from "../knowledge/types";
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

/** On a shared row, the statements of the party (or parties) the matched statement does not speak for. */
function otherGroups(result: AnswerResult, matchedStatements: readonly Segment[], ui: UiLanguage): StatementGroupData[] {
  if (result.row.owner !== "shared") return [];
  const matched = new Set(matchedStatements.map((s) => s.text));
  return parties
    .filter((p) => p !== result.owner)
    .map((p) => ({ heading: doesHeading(p, ui), showHeading: true, statements: segmentsOf(result.row, p).filter((s) => !matched.has(s.text)).map(statementData) }))
    .filter((g) => g.statements.length > 0);
}

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
  const matched = matchedSegments(result);
  const others = otherGroups(result, matched, ui);
  const shown = matched.length + others.reduce((n, g) => n + g.statements.length, 0);
  const party = partyLabel(owner, ui);
  return {
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
    // The row's statements: one group per party on a shared row, else one group without heading.
    wholeRow: wholeRows(result.row, ui),
    ...footerData(answer, result, ui, false),
  };
}

/**
 * Where it says so, links onward and the buttons, for the result a card is about. pageOnly: the card
 * cites several rows ("it depends"), so the footer names only the page and links to no article.
 */
export function footerData(answer: Answer, result: AnswerResult, ui: UiLanguage, pageOnly: boolean): AnswerFooterData {
  const links = pageOnly ? [] : linkData(result.links.length > 0 ? result.links : result.row.links, [result.row.citation.url]);
  return {
    citation: citationData(result.row.citation, ui, pageOnly),
    hasLinks: links.length > 0,
    links,
    open: openButton(result.row.citation.url),
    helpful: feedbackPayload(true, result.key, answer.question, answer.locale),
    notHelpful: feedbackPayload(false, result.key, answer.question, answer.locale),
    showText: textPayload(result.key, answer.question, answer.locale),
  };
}

/** The answer card for answer.results[0]; on a shared row it also shows what the other party does. */
export function buildAnswerCard(answer: Answer, ui: UiLanguage): BuiltCard {
  const data = answerCardData(answer, ui);
  const title = answer.results[0]?.title.trim() ?? "";
  return { card: expandAnswerCard(data, ui), summary: uiString(ui, "summaryAnswer", { party: data.badge.label, title }) };
}
