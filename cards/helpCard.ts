// Help and welcome: what the bot answers, the three parties in words, and example questions to tap.
import type { CardAction } from "./actions";
import { askPayload, browsePayload } from "./actionPayloads";
import { limits, owners, partyLabel, partyStyles, type ContainerStyle } from "./cardParts";
import { cardText, speechText } from "./escape";
import { compileTemplate, type BuiltCard } from "./expandTemplate";
import { uiString, type UiLanguage } from "./strings";
import template from "./helpCard.json";

const expandHelpCard = compileTemplate<HelpCardData>("helpCard", template);

/** The data helpCard.json binds to. */
export interface HelpCardData {
  fallbackText: string;
  speak: string;
  /** Welcome or help. */
  title: string;
  parties: { label: string; style: ContainerStyle }[];
  hasExamples: boolean;
  examples: { title: string; data: CardAction }[];
  browse: CardAction;
}

export function helpCardData(ui: UiLanguage, examples: readonly string[], locale: string, welcome: boolean): HelpCardData {
  const asks = examples.map((q) => q.trim()).filter(Boolean).slice(0, limits.examples);
  const title = uiString(ui, welcome ? "welcomeTitle" : "helpTitle");
  const text = uiString(ui, "helpText");
  const exampleLines = asks.length > 0 ? ["", uiString(ui, "tryAsking"), ...asks.map((q) => `• ${q}`)] : [];
  return {
    fallbackText: cardText([title, text, ...exampleLines].join("\n"), 4000),
    speak: speechText(`${title}. ${text} ${asks.length > 0 ? `${uiString(ui, "tryAsking")} ${asks.join(". ")}` : ""}`),
    title,
    parties: owners.map((o) => ({ label: partyLabel(o, ui), style: partyStyles[o] })),
    hasExamples: asks.length > 0,
    examples: asks.map((q) => ({ title: cardText(q, 80), data: askPayload(q, locale) })),
    browse: browsePayload(locale),
  };
}

/** Help (or the welcome when a user first meets the bot): what it answers plus three example questions. */
export function buildHelpCard(ui: UiLanguage, examples: string[], locale: string, welcome: boolean): BuiltCard {
  return { card: expandHelpCard(helpCardData(ui, examples, locale, welcome), ui), summary: uiString(ui, "summaryHelp") };
}
