// "Did you mean ...?": the closest rows, each with its party in words and a pick button.
import type { Answer } from "../knowledge/types";
import type { CardAction } from "./actions";
import { browsePayload, pickPayload } from "./actionPayloads";
import { askedData, type AskedData, citationData, limits, ownerOf, partyLabel, partyStyles, snippet, type CitationData, type ContainerStyle } from "./cardParts";
import { cardText, speechText } from "./escape";
import { compileTemplate, type BuiltCard } from "./expandTemplate";
import { uiString, type UiLanguage } from "./strings";
import template from "./choiceCard.json";

const expandChoiceCard = compileTemplate<ChoiceCardData>("choiceCard", template);

export interface ChoiceData {
  party: string;
  badgeStyle: ContainerStyle;
  snippet: string;
  pick: { title: string; data: CardAction };
}

/** The data choiceCard.json binds to. */
export interface ChoiceCardData {
  fallbackText: string;
  speak: string;
  asked: AskedData;
  choices: ChoiceData[];
  citation: CitationData;
  browse: CardAction;
}

export const choiceCardErrors = Object.freeze({
  noResult: "buildChoiceCard needs an answer with at least one result",
});

export function choiceCardData(answer: Answer, ui: UiLanguage): ChoiceCardData {
  const top = answer.results[0];
  if (!top) throw new Error(choiceCardErrors.noResult);
  const picked = answer.results.slice(0, limits.choices);
  const choices = picked.map((r) => {
    const owner = ownerOf(r);
    return {
      party: partyLabel(owner, ui),
      badgeStyle: partyStyles[owner],
      snippet: snippet(r.statement),
      pick: { title: cardText(r.title, 80), data: pickPayload(r.key, answer.question, answer.locale) },
    };
  });
  const lines = picked.map((r, i) => `${i + 1}. ${r.title} (${choices[i]?.party ?? ""})`);
  return {
    fallbackText: cardText([uiString(ui, "choiceTitle"), uiString(ui, "choiceIntro"), ...lines].join("\n"), 4000),
    speak: speechText(`${uiString(ui, "choiceTitle")} ${lines.join(". ")}`),
    asked: askedData(answer.question),
    choices,
    citation: citationData(top.row.citation, ui, true),
    browse: browsePayload(answer.locale),
  };
}

/** Ambiguous question: offer answer.results (up to four) as picks. */
export function buildChoiceCard(answer: Answer, ui: UiLanguage): BuiltCard {
  const data = choiceCardData(answer, ui);
  const titles = answer.results.slice(0, limits.choices).map((r) => r.title.trim()).join(", ");
  return { card: expandChoiceCard(data, ui), summary: uiString(ui, "summaryChoice", { titles }) };
}
