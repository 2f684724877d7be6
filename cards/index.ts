// The cards API the bot codes against. Plain Adaptive Card JSON out; the bot wraps it with CardFactory.
import type { AnswerResult } from "../knowledge/types";
import { limits, ownerOf, partyLabel } from "./cardParts";
import { stripControls, truncate } from "./escape";
import type { UiLanguage } from "./strings";

export { buildAnswerCard } from "./answerCard";
export { buildSplitCard } from "./splitCard";
export { buildChoiceCard } from "./choiceCard";
export { buildNoAnswerCard } from "./noAnswerCard";
export { buildHelpCard } from "./helpCard";
export { buildListCard } from "./listCard";
export { formatAnswerText } from "./answerText";
export { owners, partyLabel } from "./cardParts";
export { uiLanguageFor, uiString, type UiLanguage, type UiStringKey } from "./strings";
export type { AdaptiveCardJson, BuiltCard } from "./expandTemplate";
export { escapeMarkdown } from "./escape";

/** For the message-extension preview (a thumbnail card): party word + row title. */
export function previewFor(result: AnswerResult, ui: UiLanguage): { title: string; text: string } {
  const owner = ownerOf(result);
  return {
    title: `${partyLabel(owner, ui)}: ${result.title.trim()}`,
    text: truncate(stripControls(result.statement).trim(), limits.snippet),
  };
}
