import assert from "node:assert/strict";
import { partyLabel, uiLanguageFor, uiString } from "../../cards/index";
import { formatPageDate } from "../../cards/cardParts";
import { uiLanguages, uiStrings } from "../../cards/strings";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI strings", () => {
  it("en, sv and nl have the same keys, none empty", () => {
    const keys = Object.keys(uiStrings.en).sort();
    assert.ok(keys.length > 40);
    for (const ui of uiLanguages) {
      assert.deepEqual(Object.keys(uiStrings[ui]).sort(), keys, ui);
      for (const k of keys) assert.ok(uiStrings[ui][k as keyof typeof uiStrings.en].trim().length > 0, `${ui}.${k}`);
    }
  });

  it("each key has the same placeholders in every language", () => {
    for (const [key, text] of Object.entries(uiStrings.en)) {
      for (const ui of uiLanguages) assert.deepEqual(placeholders(uiStrings[ui][key as keyof typeof uiStrings.en]), placeholders(text), `${ui}.${key}`);
    }
  });

  it("sv and nl are translated, not copies of en (apart from names)", () => {
    const same = (ui: "sv" | "nl") => Object.entries(uiStrings.en).filter(([k, v]) => uiStrings[ui][k as keyof typeof uiStrings.en] === v).map(([k]) => k);
    assert.deepEqual(same("sv"), ["partyMicrosoft", "groupCount", "summaryAnswer"]);
    assert.deepEqual(same("nl"), ["partyMicrosoft", "groupCount", "summaryAnswer"]);
  });

  it("no UI string carries markdown (they go into TextBlocks)", () => {
    for (const ui of uiLanguages) for (const [k, v] of Object.entries(uiStrings[ui])) assert.doesNotMatch(v, /\*\*|__|\]\(|^#|`|\$\{/, `${ui}.${k}`);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    assert.equal(uiString("sv", "exampleQuestion", { topic: "uppdateringar" }), "Vem ansvarar för uppdateringar?");
    assert.equal(uiString("nl", "tableRow", { table: "2" }), "tabel 2, rij {row}");
  });

  it("writes a page date in the UI language, the same on every call, and nothing for a bad one", () => {
    for (let i = 0; i < 2; i++) {
      assert.equal(formatPageDate("2018-09-24", "sv"), "24 september 2018");
      assert.equal(formatPageDate("2018-09-24", "nl"), "24 september 2018");
      assert.equal(formatPageDate("2018-09-24", "en"), "24 September 2018");
      assert.equal(formatPageDate("2020-07-30", "en"), "30 July 2020");
      for (const bad of ["2018-13-45", "24/09/2018", "", null]) assert.equal(formatPageDate(bad, "en"), undefined, String(bad));
    }
  });

  const cases: { language?: string; locale?: string; ui: string }[] = [
    { language: "sv", locale: "en-US", ui: "sv" },
    { language: "nl", ui: "nl" },
    { language: "de", locale: "nl-BE", ui: "nl" },
    { language: "de", locale: "fr-FR", ui: "en" },
    { locale: "sv_SE", ui: "sv" },
    { locale: "EN-gb", ui: "en" },
    { ui: "en" },
  ];
  for (const c of cases) {
    it(`uiLanguageFor(${c.language}, ${c.locale}) is ${c.ui}`, () => assert.equal(uiLanguageFor(c.language, c.locale), c.ui));
  }

  it("party labels are words in each language", () => {
    assert.deepEqual(["microsoft", "customer", "shared"].map((o) => partyLabel(o as "microsoft", "en")), ["Microsoft", "Your organisation", "Shared: Microsoft and your organisation"]);
    assert.equal(partyLabel("customer", "sv"), "Din organisation");
    assert.equal(partyLabel("shared", "nl"), "Gedeeld: Microsoft en uw organisatie");
  });
});
