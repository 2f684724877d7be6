// What the bot uses of cards/: handed in through constructors so dialog tests can use a stand-in.
import type * as cards from "../cards";

export type { BuiltCard, UiLanguage, UiStringKey } from "../cards";

export type CardKit = Pick<
  typeof cards,
  | "uiLanguageFor"
  | "buildAnswerCard"
  | "buildSplitCard"
  | "buildChoiceCard"
  | "buildNoAnswerCard"
  | "buildHelpCard"
  | "buildListCard"
  | "formatAnswerText"
  | "previewFor"
  | "uiString"
  | "partyLabel"
>;
