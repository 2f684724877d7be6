// What cards derive from a row alone is derived once per row and language, and stays the same.
import assert from "node:assert/strict";
import { citationData, derivedOnce, statementData } from "../../cards/cardParts";
import { uiString } from "../../cards/strings";
import type { Citation, Segment } from "../../knowledge/types";

describe("card parts derived from a row", () => {
  it("derives once per object and variant", () => {
    let calls = 0;
    const length = derivedOnce((segment: Segment, variant: string) => `${variant}:${++calls}:${segment.text.length}`);
    const a: Segment = { owner: "customer", text: "abc", kind: "paragraph" };
    const b: Segment = { ...a };
    assert.equal(length(a, "sv"), "sv:1:3");
    assert.equal(length(a, "sv"), "sv:1:3");
    assert.equal(length(a, "nl"), "nl:2:3");
    assert.equal(length(b, "sv"), "sv:3:3", "an equal but other object is its own key");
  });

  it("gives the same escaped statement and citation each time, frozen so no card can change it for the next", () => {
    const segment: Segment = { owner: "microsoft", text: "Patchar ${x} Windows", kind: "bullet" };
    const first = statementData(segment);
    assert.equal(first.text.replace(/\u2060/g, ""), "• Patchar ${x} Windows");
    assert.equal(statementData(segment), first);
    assert.ok(Object.isFrozen(first));
    const citation: Citation = { file: "f.md", locale: "sv-SE", table: 1, row: 4, line: 30, heading: "Roller", url: "https://learn.microsoft.com/x#y", date: "2020-07-30", pageTitle: "Sida", machineTranslated: true };
    const row = citationData(citation, "sv");
    assert.equal(row.details, "Roller · tabell 1, rad 4 · sidans datum 30 juli 2020");
    assert.equal(citationData(citation, "sv"), row);
    assert.equal(citationData(citation, "sv", true).details, "sidans datum 30 juli 2020");
    assert.equal(citationData(citation, "en").details, "Roller · table 1, row 4 · page date 30 July 2020");
  });

  it("fills every placeholder of a UI string, each time", () => {
    for (let i = 0; i < 2; i++) {
      assert.equal(uiString("en", "textSource", { page: "P", place: "table 1, row 2", date: "page date 1 May 2020" }), "Source: P, table 1, row 2, page date 1 May 2020");
      assert.equal(uiString("sv", "tableRow", { table: "1", row: "$&" }), "tabell 1, rad $&");
    }
  });
});
