import assert from "node:assert/strict";
import { parseCardAction } from "../../cards/actions";
import { buildAnswerCard, partyLabel } from "../../cards/index";
import { uiLanguages } from "../../cards/strings";
import { answerOf, resultFor, rowByKey, sampleAnswers, sampleKeys, sampleRows } from "../helpers/sampleAnswers";
import { actionsOf, openUrls, submitData, visibleTexts } from "./cardHelpers";

const rows = sampleRows();
const answers = sampleAnswers(rows);

const hasText = (texts: readonly string[], needle: string) => texts.some((t) => t.includes(needle));

describe("answer card", () => {
  it("shows the party in words in the badge, the row title and the matching statement", () => {
    const { card } = buildAnswerCard(answers.single, "en");
    const texts = visibleTexts(card);
    const top = answers.single.results[0]!;
    assert.ok(texts.includes("Microsoft"), "party in words");
    assert.ok(texts.includes("Who is responsible"));
    assert.ok(texts.includes(top.title));
    assert.ok(texts.includes(top.statement));
  });

  for (const ui of uiLanguages) {
    it(`cites page title, table, row, page date and machine translation (${ui})`, () => {
      const { card } = buildAnswerCard(answers.single, ui);
      const texts = visibleTexts(card);
      const c = answers.single.results[0]!.row.citation;
      assert.ok(texts.includes(c.pageTitle));
      const expected = {
        en: ["table 1, row 4", "30 July 2020", "machine translated"],
        sv: ["tabell 1, rad 4", "30 juli 2020", "maskinöversatt"],
        nl: ["tabel 1, rij 4", "30 juli 2020", "machinaal vertaald"],
      }[ui];
      for (const e of expected) assert.ok(hasText(texts, e), `missing ${e}`);
      assert.ok(hasText(texts, c.heading), "section heading");
    });
  }

  it("leaves out the machine-translation note when the page is not machine translated, and says when a page has no date", () => {
    const row = rowByKey(rows, sampleKeys.identity);
    const human = { ...row, citation: { ...row.citation, machineTranslated: false, date: null } };
    const texts = visibleTexts(buildAnswerCard(answerOf("q", [resultFor(human)]), "en").card);
    assert.ok(!hasText(texts, "machine translated"));
    assert.ok(hasText(texts, "the page has no date"));
  });

  it("opens the row's section of the article and each linked article once, at most four", () => {
    const change = rowByKey(rows, sampleKeys.change);
    const many = { ...change, links: [...change.links, ...change.links, ...[1, 2, 3, 4].map((i) => ({ text: `Artikel ${i}`, url: `https://learn.microsoft.com/a${i}` })), { text: "bad", url: "javascript:alert(1)" }] };
    const { card } = buildAnswerCard(answerOf("q", [{ ...resultFor(many), links: many.links }]), "sv");
    const urls = openUrls(actionsOf(card));
    assert.equal(urls[urls.length - 1], change.citation.url, "card action opens the cited section");
    const links = urls.slice(0, -1);
    assert.deepEqual(links, [
      "https://learn.microsoft.com/sv-se/microsoft-365/managed-desktop/service-description/servicechanges",
      "https://learn.microsoft.com/sv-se/microsoft-365/managed-desktop/service-description/operations-and-monitoring",
      "https://learn.microsoft.com/a1",
      "https://learn.microsoft.com/a2",
    ]);
  });

  it("has no link section when the row links nowhere", () => {
    const { card } = buildAnswerCard(answerOf("q", [resultFor(rowByKey(rows, sampleKeys.identity))]), "en");
    assert.deepEqual(openUrls(actionsOf(card)), [rowByKey(rows, sampleKeys.identity).citation.url]);
    assert.ok(!visibleTexts(card).includes("Read more"));
  });

  it("sends feedback and show-as-text payloads that the bot's parser reads back", () => {
    const answer = answers.single;
    const data = submitData(actionsOf(buildAnswerCard(answer, "en").card));
    const base = { row: sampleKeys.security, q: answer.question, locale: "sv-SE" };
    assert.deepEqual(data.map(parseCardAction), [
      { mmd: "feedback", helpful: true, ...base },
      { mmd: "feedback", helpful: false, ...base },
      { mmd: "text", ...base },
    ]);
    const titles = actionsOf(buildAnswerCard(answer, "nl").card).filter((a) => a.type === "Action.Submit").map((a) => a.title);
    assert.deepEqual(titles, ["Nuttig", "Niet nuttig", "Als tekst tonen"]);
  });

  it("keeps the rest of a long row hidden behind a toggle that targets it", () => {
    const apps = rowByKey(rows, "customer-5");
    const { card } = buildAnswerCard(answerOf("appar", [resultFor(apps)]), "en");
    const toggle = actionsOf(card).find((a) => a.type === "Action.ToggleVisibility");
    assert.deepEqual(toggle?.targetElements, ["wholeRow"]);
    const hidden = card.body.find((e) => typeof e === "object" && e !== null && "id" in e && e.id === "wholeRow");
    assert.ok(hidden && typeof hidden === "object" && "isVisible" in hidden && hidden.isVisible === false);
    const hiddenTexts = visibleTexts(hidden);
    for (const s of apps.segments) assert.ok(hiddenTexts.includes(s.kind === "bullet" ? `• ${s.text}` : s.text), s.text);
    assert.ok(hiddenTexts.includes("What Microsoft does") && hiddenTexts.includes("What your organisation does"));
  });

  it("a lead-in ending in ':' brings its bullets; a one-statement row has no toggle", () => {
    const withBullets = buildAnswerCard(answers.bullets, "en").card;
    const texts = visibleTexts(withBullets);
    for (const s of rowByKey(rows, sampleKeys.support).segments.slice(1)) assert.ok(texts.includes(`• ${s.text}`));
    assert.ok(!actionsOf(withBullets).some((a) => a.type === "Action.ToggleVisibility"), "nothing more to show");
    assert.ok(!actionsOf(buildAnswerCard(answers.single, "en").card).some((a) => a.type === "Action.ToggleVisibility"));
  });

  it("names the row's owner even when the engine marks a one-party row's result as shared", () => {
    const security = rowByKey(rows, sampleKeys.security);
    const { card, summary } = buildAnswerCard(answerOf("q", [resultFor(security, 0.9, "shared")]), "en");
    assert.ok(visibleTexts(card).includes("Microsoft"));
    assert.ok(!visibleTexts(card).includes(partyLabel("shared", "en")));
    assert.equal(summary, "Microsoft: Övervakning av säkerhet");
  });

  it("on a shared row says 'shared' and also shows what the other party does", () => {
    const { card, summary } = buildAnswerCard(answers.shared, "en");
    const texts = visibleTexts(card);
    const change = rowByKey(rows, sampleKeys.change);
    assert.ok(texts.includes(partyLabel("shared", "en")));
    assert.ok(texts.includes("What your organisation does"), "the matched statement's party");
    assert.ok(texts.includes("What Microsoft does"), "the other party");
    const microsoftText = change.segments.find((s) => s.owner === "microsoft")!.text;
    assert.ok(texts.filter((t) => t === microsoftText).length >= 1);
    assert.equal(summary, "Shared: Microsoft and your organisation: Förändringsledning");
  });

  it("speaks the party and title, SSML-safe", () => {
    const row = rowByKey(rows, sampleKeys.identity);
    const odd = { ...row, title: "Identity & <access>" };
    const { card } = buildAnswerCard(answerOf("q", [resultFor(odd)]), "en");
    assert.ok(card.speak.startsWith("Identity &amp; &lt;access&gt;. Responsible: Your organisation."));
  });

  it("refuses an answer without results", () => {
    assert.throws(() => buildAnswerCard(answers.none, "en"), /at least one result/);
  });
});
