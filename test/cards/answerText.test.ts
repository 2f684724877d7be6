import assert from "node:assert/strict";
import { formatAnswerText } from "../../cards/index";
import { rowByKey, sampleAnswers, sampleKeys, sampleRows } from "../helpers/sampleAnswers";

const rows = sampleRows();
const answers = sampleAnswers(rows);
const markdown = /\*\*|__|\]\(|^#|^\s*[-*+] |`|^>/m;

describe("show as text", () => {
  it("has party, title, statement, citation and URL, and no markdown", () => {
    const text = formatAnswerText(answers.single, "en");
    const top = answers.single.results[0]!;
    assert.ok(text.includes("Responsible: Microsoft"));
    assert.ok(text.includes(`Responsibility: ${top.title}`));
    assert.ok(text.includes(top.statement));
    assert.ok(text.includes("Source: Roller och ansvar för Microsoft Hanterat skrivbord, table 1, row 4, page date 30 July 2020 (machine translated page)"));
    assert.ok(text.split("\n").includes(top.row.citation.url));
    assert.ok(text.startsWith(`Question: ${answers.single.question}`));
    assert.doesNotMatch(text, markdown);
  });

  it("a shared row lists what each party does; bullets stay plain", () => {
    const text = formatAnswerText(answers.shared, "sv");
    assert.ok(text.includes("Ansvarig: Delat: Microsoft och din organisation"));
    assert.ok(text.includes("Det här gör Microsoft:") && text.includes("Det här gör din organisation:"));
    for (const s of rowByKey(rows, sampleKeys.change).segments) assert.ok(text.includes(s.text));
    assert.doesNotMatch(formatAnswerText(answers.bullets, "en"), markdown);
  });

  it("it depends: both parties' rows with their sources", () => {
    const text = formatAnswerText(answers.depends, "nl");
    assert.ok(text.includes("Het hangt ervan af"));
    for (const r of answers.depends.results) {
      assert.ok(text.includes(`Verantwoordelijkheid: ${r.title}`));
      assert.ok(text.includes(r.row.citation.url));
    }
    assert.ok(text.includes("Verantwoordelijk: Microsoft") && text.includes("Verantwoordelijk: Uw organisatie"));
  });

  it("no answer says so", () => {
    assert.equal(formatAnswerText(answers.none, "en"), `Question: ${answers.none.question}\n\nI could not find that on the page`);
  });
});
