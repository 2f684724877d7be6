// A question is user text: markdown and template expressions in it must never change a card.
import assert from "node:assert/strict";
import { buildAnswerCard, buildChoiceCard, buildNoAnswerCard, buildSplitCard, type BuiltCard } from "../../cards/index";
import { parseCardAction } from "../../cards/actions";
import { sampleAnswers, sampleRows } from "../helpers/sampleAnswers";
import { actionsOf, parseCard, renderedStrings, structureOf, submitData, textBlockTexts, visibleTexts } from "./cardHelpers";

const rows = sampleRows();
const answers = sampleAnswers(rows);
const benign = "Who monitors security";
const hostile = "**x** [a](http://evil) ${$root.secret} ${title} ${badge.label} # h\n- item";

const cases: { name: string; build: (q: string) => BuiltCard }[] = [
  { name: "answer", build: (q) => buildAnswerCard({ ...answers.single, question: q }, "en") },
  { name: "split", build: (q) => buildSplitCard({ ...answers.depends, question: q }, "en") },
  { name: "choice", build: (q) => buildChoiceCard({ ...answers.choice, question: q }, "en") },
  { name: "no answer", build: (q) => buildNoAnswerCard(q, rows.slice(0, 2), "en", "en-US") },
];

describe("cards: a hostile question", () => {
  for (const c of cases) {
    it(`${c.name}: same structure as a benign question, shown literally, never evaluated`, () => {
      const safe = c.build(benign);
      const evil = c.build(hostile);
      assert.deepEqual(structureOf(evil.card), structureOf(safe.card));
      assert.deepEqual(parseCard(evil.card).problems, []);
      assert.deepEqual(renderedStrings(evil.card).filter((s) => s.includes("${")), []);
      const shown = hostile.replace(/\s+/g, " ");
      assert.ok(visibleTexts(evil.card).includes(shown), "the question appears literally in a TextRun");
      assert.ok(!textBlockTexts(evil.card).some((t) => t.includes("http://evil")), "never in a markdown TextBlock");
      const top = c.name === "no answer" ? undefined : answers.single.results[0]!.title;
      if (top) assert.ok(!visibleTexts(evil.card).includes(shown.replace("${title}", top)), "${title} was not evaluated");
      assert.ok(!JSON.stringify(evil.card).includes('"url":"http://evil"'), "no link made from the question");
      for (const data of submitData(actionsOf(evil.card)).map(parseCardAction)) {
        if (data && "q" in data) assert.equal(data.q, hostile, "the bot gets the question back exactly");
      }
      assert.ok(!evil.card.speak.includes("${"));
    });
  }
});
