import assert from "node:assert/strict";
import { parseCardAction } from "../../cards/actions";
import { buildChoiceCard, buildHelpCard, buildListCard, buildNoAnswerCard, buildSplitCard, previewFor } from "../../cards/index";
import { answerOf, resultFor, rowByKey, sampleAnswers, sampleKeys, sampleRows } from "../helpers/sampleAnswers";
import { actionsOf, openUrls, submitData, visibleTexts } from "./cardHelpers";

const rows = sampleRows();
const answers = sampleAnswers(rows);

describe("split card", () => {
  it("a shared row: what Microsoft does and what your organisation does, from the row's segments", () => {
    const { card, summary } = buildSplitCard(answers.shared, "en");
    const texts = visibleTexts(card);
    const change = rowByKey(rows, sampleKeys.change);
    assert.ok(texts.includes("Shared: Microsoft and your organisation"));
    assert.ok(texts.indexOf("What Microsoft does") < texts.indexOf("What your organisation does"));
    for (const s of change.segments) assert.ok(texts.includes(s.text), s.text);
    assert.ok(texts.includes(change.title));
    assert.ok(openUrls(actionsOf(card)).includes(change.citation.url));
    assert.equal(summary, "Shared: Förändringsledning");
  });

  it("it depends: the top result of each party, each with its title, place and link", () => {
    const { card } = buildSplitCard(answers.depends, "sv");
    const texts = visibleTexts(card);
    assert.ok(texts.includes("Det beror på: Microsoft och din organisation gör var sin del"));
    assert.ok(texts.includes("Det här gör Microsoft") && texts.includes("Det här gör din organisation"));
    const [support, security] = answers.depends.results;
    assert.ok(texts.includes(support!.title) && texts.includes(security!.title));
    assert.ok(texts.some((t) => t.includes("tabell 2, rad 4")) && texts.some((t) => t.includes("tabell 1, rad 4")));
    const urls = openUrls(actionsOf(card));
    assert.ok(urls.includes(security!.row.citation.url) && urls.includes(support!.row.citation.url));
    const data = submitData(actionsOf(card)).map(parseCardAction);
    assert.deepEqual(data[0], { mmd: "feedback", helpful: true, row: support!.key, q: answers.depends.question, locale: "sv-SE" });
  });
});

describe("split card: it depends with a long shared row", () => {
  it("shows only the matched statement of a row, not all its segments", () => {
    const apps = rowByKey(rows, "customer-5");
    const support = rowByKey(rows, "microsoft-2");
    const depends = answerOf("support", [resultFor(support, 0.9), resultFor(apps, 0.88, "customer")], { kind: "depends" });
    const texts = visibleTexts(buildSplitCard(depends, "en").card);
    assert.ok(texts.includes(apps.segments[0]!.text));
    assert.ok(!texts.some((t) => t.includes("Ladda upp appar till Microsoft Intune")), "the rest of the Apps row stays out");
    assert.ok(texts.includes(support.segments[0]!.text));
  });
});

describe("choice card", () => {
  it("offers each close row as a pick with the party in words", () => {
    const { card, summary } = buildChoiceCard(answers.choice, "en");
    const picks = actionsOf(card).filter((a) => a.type === "Action.Submit");
    assert.deepEqual(
      picks.map((a) => parseCardAction(a.data)),
      [
        { mmd: "pick", row: sampleKeys.security, q: "övervakning", locale: "sv-SE" },
        { mmd: "pick", row: sampleKeys.updates, q: "övervakning", locale: "sv-SE" },
        { mmd: "browse", locale: "sv-SE" },
      ],
    );
    assert.deepEqual(picks.slice(0, 2).map((a) => a.title), answers.choice.results.map((r) => r.title));
    assert.equal(visibleTexts(card).filter((t) => t === "Microsoft").length, 2);
    assert.equal(summary, "Did you mean: Övervakning av säkerhet, Uppdatera övervakning och hantering?");
  });

  it("offers at most four choices", () => {
    const many = answerOf("q", rows.map((r) => resultFor(r)), { ambiguous: true });
    const picks = submitData(actionsOf(buildChoiceCard(many, "nl").card)).map(parseCardAction).filter((a) => a?.mmd === "pick");
    assert.equal(picks.length, 4);
  });
});

describe("no-answer card", () => {
  it("says so, offers related rows as picks for the same question, and browse", () => {
    const related = rows.slice(0, 2);
    const { card, summary } = buildNoAnswerCard("Vem bakar kakorna?", related, "sv", "sv-SE");
    const texts = visibleTexts(card);
    assert.ok(texts.includes("Jag hittade inte det på sidan"));
    assert.ok(texts.includes("Vem bakar kakorna?"));
    assert.deepEqual(submitData(actionsOf(card)).map(parseCardAction), [
      { mmd: "pick", row: related[0]!.key, q: "Vem bakar kakorna?", locale: "sv-SE" },
      { mmd: "pick", row: related[1]!.key, q: "Vem bakar kakorna?", locale: "sv-SE" },
      { mmd: "browse", locale: "sv-SE" },
    ]);
    assert.equal(summary, "Inget svar hittades på sidan");
  });

  it("without related rows has no 'perhaps' heading, only browse", () => {
    const { card } = buildNoAnswerCard("x", [], "en", "en-US");
    assert.ok(!visibleTexts(card).includes("Perhaps one of these:"));
    assert.deepEqual(submitData(actionsOf(card)), [{ mmd: "browse", locale: "en-US" }]);
  });
});

describe("help and welcome cards", () => {
  it("explain what the bot answers and offer three example questions as ask buttons", () => {
    const examples = ["Wie beheert updates?", "Wie maakt gebruikersaccounts?", "Wie bewaakt de beveiliging?", "a fourth"];
    const { card } = buildHelpCard("nl", examples, "nl-NL", false);
    const texts = visibleTexts(card);
    assert.ok(texts.includes("Waar ik antwoord op geef"));
    assert.ok(texts.includes("Microsoft") && texts.includes("Uw organisatie") && texts.includes("Gedeeld: Microsoft en uw organisatie"));
    assert.deepEqual(submitData(actionsOf(card)).map(parseCardAction), [
      ...examples.slice(0, 3).map((q) => ({ mmd: "ask", q, locale: "nl-NL" })),
      { mmd: "browse", locale: "nl-NL" },
    ]);
  });

  it("the welcome has its own title", () => {
    assert.ok(visibleTexts(buildHelpCard("en", [], "en-US", true).card).includes("Welcome! I tell you who is responsible for what"));
    assert.ok(!visibleTexts(buildHelpCard("en", [], "en-US", false).card).includes("Welcome! I tell you who is responsible for what"));
  });
});

describe("list card", () => {
  it("groups every row by party, in words, each row a pick", () => {
    const { card } = buildListCard(rows, "en", "sv-SE");
    const texts = visibleTexts(card);
    assert.ok(texts.includes("Microsoft (6)"));
    assert.ok(texts.includes("Your organisation (6)"));
    assert.ok(texts.includes("Shared: Microsoft and your organisation (3)"));
    const picks = submitData(actionsOf(card)).map(parseCardAction);
    assert.equal(picks.length, rows.length);
    assert.deepEqual(picks[0], { mmd: "pick", row: "microsoft-1", q: "Hantering av MDM-policy", locale: "sv-SE" });
    const shared = texts.indexOf("Shared: Microsoft and your organisation (3)");
    assert.deepEqual(texts.slice(shared + 1), ["Förändringsledning", "Microsoft 365 Apps för företagskonfiguration och företagshantering", "Apps", "This page is machine translated by Microsoft. If in doubt, the English original decides."]);
    assert.ok(texts.some((t) => t.includes("machine translated")));
  });
});

describe("message-extension preview", () => {
  it("is the party in words and the row title, with the statement as text", () => {
    const preview = previewFor(resultFor(rowByKey(rows, sampleKeys.identity)), "sv");
    assert.equal(preview.title, "Din organisation: Identitetshantering");
    assert.ok(preview.text.startsWith("Kunden ansvarar"));
  });
});
