// What the bot uses of cards/: handed in through constructors so dialog tests can use a stand-in.
import type { UiLanguage, UiStringKey } from "../cards/strings";
import type { Answer, AnswerResult, Owner, Row } from "../knowledge/types";

export type { UiLanguage, UiStringKey };

export interface BuiltCard {
  card: { type: "AdaptiveCard"; version: "1.5"; body: unknown[]; fallbackText: string; speak: string; [key: string]: unknown };
  summary: string;
}

export interface CardKit {
  uiLanguageFor(language?: string, locale?: string): UiLanguage;
  buildAnswerCard(answer: Answer, ui: UiLanguage): BuiltCard;
  buildSplitCard(answer: Answer, ui: UiLanguage): BuiltCard;
  buildChoiceCard(answer: Answer, ui: UiLanguage): BuiltCard;
  buildNoAnswerCard(question: string, related: Row[], ui: UiLanguage, locale: string): BuiltCard;
  buildHelpCard(ui: UiLanguage, examples: string[], locale: string, welcome: boolean): BuiltCard;
  buildListCard(rows: Row[], ui: UiLanguage, locale: string): BuiltCard;
  formatAnswerText(answer: Answer, ui: UiLanguage): string;
  previewFor(result: AnswerResult, ui: UiLanguage): { title: string; text: string };
  uiString(ui: UiLanguage, key: UiStringKey, vars?: Record<string, string>): string;
  partyLabel(owner: Owner, ui: UiLanguage): string;
}
