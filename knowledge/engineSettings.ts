// The answer engine's settings: one frozen object of defaults, spread over by options (as Fuse's config).
import { defaultSearchSettings, type SearchSettings } from "./searchIndex";

export interface EngineSettings extends SearchSettings {
  /**
   * The answer threshold: a row answers only when its score (the share of the question's weight it
   * carries, 0..1) reaches this. Below it the engine says it does not know.
   */
  answerThreshold: number;
  /** Rows whose scores are within this of the best and that carry another party make it "it depends". */
  dependsMargin: number;
  /** A row of another party whose title the question names as well as the best row's, within this margin, makes it "it depends". */
  splitTitleMargin: number;
  /** ...provided both titles carry at least this share of the question. */
  splitTitleCoverage: number;
  /** Rows within this of the best (same party) make the answer ambiguous: the bot offers a choice. */
  ambiguityMargin: number;
  /** ...unless the best row's title carries this much more of the question than the other's. */
  namedTitleLead: number;
  /** How much of a row's score comes from the whole row rather than its best title or statement. */
  rowShare: number;
  /** Locale whose page answers when neither the question nor the asker's locale has a page. */
  defaultLocale: string;
  /** Weight of a same-language synonym from the lexicon. */
  synonymWeight: number;
  /** Weight of a translation from the lexicon. */
  translationWeight: number;
  /** Results returned when the caller does not say. */
  limit: number;
}

export const defaultEngineSettings: Readonly<EngineSettings> = Object.freeze({
  ...defaultSearchSettings,
  answerThreshold: 0.5,
  dependsMargin: 0.04,
  splitTitleMargin: 0.2,
  splitTitleCoverage: 0.6,
  ambiguityMargin: 0.03,
  namedTitleLead: 0.5,
  rowShare: 0.35,
  defaultLocale: "en-US",
  synonymWeight: 0.8,
  translationWeight: 0.95,
  limit: 3,
});
