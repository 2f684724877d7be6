// Every card in every UI language: the real template filled, nothing left unbound, valid for the
// adaptivecards library, schema 1.5, with fallback text, speech and a summary.
import assert from "node:assert/strict";
import { buildAnswerCard, buildChoiceCard, buildHelpCard, buildListCard, buildNoAnswerCard, buildSplitCard, type BuiltCard, type UiLanguage } from "../../cards/index";
import { previewCards } from "../../cards/previewCards";
import { uiLanguages } from "../../cards/strings";
import { sampleAnswers, sampleRows } from "../helpers/sampleAnswers";
import { parseCard, renderedStrings } from "./cardHelpers";
import { createRealEngine } from "../helpers/realEngine";

const rows = sampleRows();
const answers = sampleAnswers(rows);

const cases: { name: string; build: (ui: UiLanguage) => BuiltCard }[] = [
  { name: "answer", build: (ui) => buildAnswerCard(answers.single, ui) },
  { name: "answer on a shared row", build: (ui) => buildAnswerCard(answers.shared, ui) },
  { name: "answer with bullets", build: (ui) => buildAnswerCard(answers.bullets, ui) },
  { name: "split (shared row)", build: (ui) => buildSplitCard(answers.shared, ui) },
  { name: "split (depends)", build: (ui) => buildSplitCard(answers.depends, ui) },
  { name: "choice", build: (ui) => buildChoiceCard(answers.choice, ui) },
  { name: "no answer", build: (ui) => buildNoAnswerCard(answers.none.question, rows.slice(0, 2), ui, "sv-SE") },
  { name: "no answer without related rows", build: (ui) => buildNoAnswerCard(answers.none.question, [], ui, "sv-SE") },
  { name: "help", build: (ui) => buildHelpCard(ui, ["Vem ansvarar för säkerhet?", "Vem hanterar uppdateringar?", "Vem skapar användarkonton?"], "sv-SE", false) },
  { name: "welcome", build: (ui) => buildHelpCard(ui, ["Who handles updates?"], "en-US", true) },
  { name: "list", build: (ui) => buildListCard(rows, ui, "sv-SE") },
];

describe("cards: every card in every UI language", () => {
  for (const c of cases) {
    for (const ui of uiLanguages) {
      it(`${c.name} (${ui}) expands fully and parses as a valid 1.5 card`, () => {
        const built = c.build(ui);
        const leftovers = renderedStrings(built.card).filter((s) => s.includes("${"));
        assert.deepEqual(leftovers, [], "unbound template expressions");
        const parsed = parseCard(built.card);
        assert.deepEqual(parsed.problems, []);
        assert.equal(parsed.card.version?.toString(), "1.5");
        assert.equal(built.card.version, "1.5");
        assert.equal(built.card.lang, ui);
        assert.ok(built.card.fallbackText.trim().length > 20, "fallbackText");
        assert.ok(built.card.speak.trim().length > 10, "speak");
        assert.ok(built.summary.trim().length > 5 && !built.summary.includes("\n"), "one-line summary");
        assert.ok(JSON.stringify(built.card).length < 28_000, "fits Teams' card size limit");
      });
    }
  }

  it("a card differs between UI languages (the strings are really used)", () => {
    const texts = uiLanguages.map((ui) => buildAnswerCard(answers.single, ui).card.fallbackText);
    assert.equal(new Set(texts).size, 3);
  });
});

describe("cards: the preview set, from real questions through the real engine", () => {
  it("builds every preview card and each parses cleanly", () => {
    const engine = createRealEngine();
    const previews = previewCards(engine);
    assert.deepEqual(
      previews.map((p) => p.name.split("-")[0]),
      ["answer", "answer", "answer", "answer", "answer", "answer", "answer", "answer", "split", "split", "choice", "no", "help", "welcome", "list"],
    );
    for (const p of previews) {
      assert.deepEqual(parseCard(p.built.card).problems, [], p.name);
      assert.deepEqual(renderedStrings(p.built.card).filter((s) => s.includes("${")), [], p.name);
    }
  });
});
