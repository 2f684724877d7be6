// Nothing on the page fits: say so plainly, offer a few related rows and the full list.
import type { Row } from "../knowledge/types";
import type { CardAction } from "./actions";
import { browsePayload, pickPayload } from "./actionPayloads";
import { askedData, type AskedData, limits, partyLabel } from "./cardParts";
import { cardText, speechText } from "./escape";
import { compileTemplate, type BuiltCard } from "./expandTemplate";
import { uiString, type UiLanguage } from "./strings";
import template from "./noAnswerCard.json";

const expandNoAnswerCard = compileTemplate<NoAnswerCardData>("noAnswerCard", template);

/** The data noAnswerCard.json binds to. */
export interface NoAnswerCardData {
  fallbackText: string;
  speak: string;
  asked: AskedData;
  hasRelated: boolean;
  related: { title: string; data: CardAction }[];
  browse: CardAction;
}

export function noAnswerCardData(question: string, related: readonly Row[], ui: UiLanguage, locale: string): NoAnswerCardData {
  const rows = related.slice(0, limits.related);
  const items = rows.map((r) => ({ title: cardText(`${r.title} (${partyLabel(r.owner, ui)})`, 80), data: pickPayload(r.key, question, locale) }));
  const relatedLines = rows.length > 0 ? ["", uiString(ui, "relatedRows"), ...rows.map((r) => `• ${r.title} (${partyLabel(r.owner, ui)})`)] : [];
  return {
    fallbackText: cardText([uiString(ui, "noAnswerTitle"), uiString(ui, "noAnswerText"), ...relatedLines].join("\n"), 4000),
    speak: speechText(`${uiString(ui, "noAnswerTitle")}. ${uiString(ui, "noAnswerText")}`),
    asked: askedData(question),
    hasRelated: items.length > 0,
    related: items,
    browse: browsePayload(locale),
  };
}

/** No row answers the question: a short card with related rows (as picks) and "browse". */
export function buildNoAnswerCard(question: string, related: Row[], ui: UiLanguage, locale: string): BuiltCard {
  return {
    card: expandNoAnswerCard(noAnswerCardData(question, related, ui, locale), ui),
    summary: uiString(ui, "summaryNoAnswer"),
  };
}
