// A CardKit stand-in whose cards say which builder made them (summary "answer:<key>" etc.), so dialog
// tests can assert the dialog's choice of card without depending on card wording.
import type { BuiltCard, CardKit, UiLanguage } from "../../bot/cardKit";
import type { Answer } from "../../knowledge/types";

const built = (summary: string): BuiltCard => ({
  card: { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: summary }], fallbackText: summary, speak: summary },
  summary,
});

const keys = (answer: Answer) => answer.results.map((r) => r.key).join(",");

export function createFakeCardKit(): CardKit {
  return {
    uiLanguageFor: (language, locale): UiLanguage => {
      const l = (language ?? locale ?? "").slice(0, 2);
      return l === "sv" || l === "nl" ? l : "en";
    },
    buildAnswerCard: (answer, ui) => built(`answer:${keys(answer)}:${ui}`),
    buildSplitCard: (answer, ui) => built(`split:${keys(answer)}:${ui}`),
    buildChoiceCard: (answer, ui) => built(`choice:${keys(answer)}:${ui}`),
    buildNoAnswerCard: (question, related, ui) => built(`none:${related.map((r) => r.key).join(",")}:${ui}:${question}`),
    buildHelpCard: (ui, examples, locale, welcome) => built(`${welcome ? "welcome" : "help"}:${ui}:${locale}:${examples.join("|")}`),
    buildListCard: (rows, ui, locale) => built(`list:${rows.length}:${ui}:${locale}`),
    formatAnswerText: (answer, ui) => `text:${keys(answer)}:${ui}`,
    previewFor: (result) => ({ title: result.title, text: result.statement }),
    uiString: (ui, key, vars) => `${ui}.${key}${vars ? `(${Object.values(vars).join(",")})` : ""}`,
    partyLabel: (owner) => owner,
  };
}
