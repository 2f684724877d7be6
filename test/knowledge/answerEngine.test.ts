import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createAnswerEngine, defaultEngineSettings } from "../../knowledge/answerEngine";
import { defaultSourcesDir, loadKnowledgeBase, loadPageFiles } from "../../knowledge/loadSources";
import type { AnswerEngine, KnowledgeBase } from "../../knowledge/types";
import { loadQuestions, type Question } from "../bench/benchQuestions";
import { buildSyntheticCorpus } from "../bench/syntheticCorpus";

/** "M3" is table 1 row 3 (Microsoft's), "C5" table 2 row 5 (the customer's). */
const code = (source: { table: number; row: number }) => `${source.table === 1 ? "M" : "C"}${source.row}`;

describe("answer engine over the published pages", () => {
  let knowledge: KnowledgeBase;
  let engine: AnswerEngine;
  before(() => {
    knowledge = loadKnowledgeBase();
    engine = createAnswerEngine(knowledge);
  });

  // One or more of each kind of question; none of these is in the shared dev set.
  const cases = [
    { kind: "direct", q: "Vem ansvarar för utskrift?", locale: "sv-SE", rows: ["C9"], owner: "customer" },
    { kind: "direct", q: "Wie is verantwoordelijk voor identiteitsbeheer?", locale: "nl-NL", rows: ["C2"], owner: "customer" },
    { kind: "paraphrase", q: "Vem köper licenser för appar?", locale: "sv-SE", rows: ["C5"], owner: "customer" },
    { kind: "paraphrase", q: "Mogen we de apparaatgroepen wijzigen?", locale: "nl-NL", rows: ["M6"], owner: "microsoft" },
    { kind: "statement inside a row", q: "Vem paketerar appar för Intune?", locale: "sv-SE", rows: ["C5"], owner: "customer" },
    { kind: "statement inside a row", q: "Wie levert de Intune-implementatietools?", locale: "nl-NL", rows: ["C5"], owner: "microsoft" },
    { kind: "statement inside a row", q: "Wie isoleert het apparaat bij een bedreiging?", locale: "nl-NL", rows: ["M4"], owner: "microsoft" },
    { kind: "typo", q: "utskirft", locale: "sv-SE", rows: ["C9"], owner: "customer" },
    { kind: "typo", q: "Wie beheert de printres?", locale: "nl-NL", rows: ["C9", "C4"], owner: "customer" },
    { kind: "no diacritics", q: "sakerhetsovervakning", locale: "sv-SE", rows: ["M4"], owner: "microsoft" },
    { kind: "no diacritics", q: "vem haller metadata uppdaterade", locale: "sv-SE", rows: ["C2"], owner: "customer" },
    { kind: "keywords", q: "skrivarköer", locale: "sv-SE", rows: ["C9"], owner: "customer" },
    { kind: "keywords", q: "netwerkinfrastructuur", locale: "nl-NL", rows: ["C8"], owner: "customer" },
    { kind: "English", q: "Who creates user accounts?", locale: "en-US", rows: ["C2"], owner: "customer" },
    { kind: "English", q: "Who isolates a device when a threat is detected?", locale: "en-US", rows: ["M4"], owner: "microsoft" },
    { kind: "English on a Swedish locale", q: "Who packages our apps?", locale: "sv-SE", rows: ["C5"], owner: "customer" },
    { kind: "English with words a translated page keeps", q: "Who keeps Windows up to date?", locale: "en-US", rows: ["M5"], owner: "microsoft" },
    { kind: "English, a verb of the question's frame", q: "Who decides the MDM settings on our laptops?", locale: "en-US", rows: ["M1"], owner: "microsoft" },
    { kind: "compound whose parts the page says otherwise", q: "Wie regelt de internetverbinding?", locale: "nl-NL", rows: ["C8", "C4"], owner: "customer" },
    { kind: "split responsibility", q: "Vem ger support till slutanvändare?", locale: "sv-SE", rows: ["M2", "C4"], owner: "shared" },
    { kind: "split responsibility", q: "Who provides end-user support?", locale: "en-US", rows: ["M2", "C4"], owner: "shared" },
  ];
  for (const c of cases) {
    it(`${c.kind}: "${c.q}" -> ${c.rows.join("|")} (${c.owner})`, () => {
      const answer = engine.ask(c.q, { locale: c.locale });
      assert.ok(answer.answered, `no answer (confidence ${answer.confidence})`);
      const first = answer.results[0]!;
      assert.ok(c.rows.includes(code(first.source)), `got ${code(first.source)}`);
      assert.equal(first.owner, c.owner);
    });
  }

  const outOfScope = [
    { q: "Vilken dag är det idag?", locale: "sv-SE" },
    { q: "Wat eten we vanavond?", locale: "nl-NL" },
    { q: "Who cleans the kitchen?", locale: "en-US" },
    { q: "Who repairs the coffee machine?", locale: "en-US" },
    { q: "", locale: "sv-SE" },
    { q: "?!…", locale: "nl-NL" },
  ];
  for (const c of outOfScope) {
    it(`out of scope: "${c.q}" gets no answer`, () => {
      const answer = engine.ask(c.q, { locale: c.locale });
      assert.equal(answer.answered, false);
      assert.equal(answer.kind, "none");
      assert.ok(answer.confidence < defaultEngineSettings.answerThreshold);
    });
  }

  it("says it depends when the top rows carry different parties, and lists both", () => {
    const answer = engine.ask("Vem ger support till slutanvändare?", { locale: "sv-SE" });
    assert.equal(answer.kind, "depends");
    const parties = new Set(answer.results.slice(0, 2).map((r) => r.row.owner));
    assert.deepEqual([...parties].sort(), ["customer", "microsoft"]);
  });

  it("answers from the page in the question's language, else the asker's locale, else the default", () => {
    assert.equal(engine.ask("Wie beheert de printers?", { locale: "sv-SE" }).locale, "nl-NL");
    assert.equal(engine.ask("Vem hanterar skrivare?", { locale: "nl-NL" }).locale, "sv-SE");
    assert.equal(engine.ask("Who manages the printers?", { locale: "sv-SE" }).locale, "sv-SE");
    assert.equal(engine.ask("Who manages the printers?", { locale: "nl-NL" }).locale, "nl-NL");
    const fallback = createAnswerEngine(knowledge, { defaultLocale: "sv-SE" });
    assert.equal(fallback.ask("Who manages the printers?", { locale: "fr-FR" }).locale, "sv-SE");
  });

  it("cites the source row with file, table, row, line and URL", () => {
    const first = engine.ask("Vem ansvarar för utskrift?", { locale: "sv-SE" }).results[0]!;
    assert.equal(first.source.file, "roles-and-responsibilities.sv-SE.md");
    assert.equal(first.source.table, 2);
    assert.equal(first.source.row, 9);
    assert.equal(first.title, "Utskrift");
    const line = readFileSync(join(defaultSourcesDir, first.source.file), "utf8").split("\n")[first.source.line - 1];
    assert.ok(line?.startsWith("Utskrift |"), `line ${first.source.line} is "${line}"`);
    assert.match(first.source.url, /^https:\/\/learn\.microsoft\.com\/sv-se\/.+#your-roles-and-responsibilities$/);
  });

  it("quotes the statement that matched, with that statement's party", () => {
    const first = engine.ask("Wie levert de Intune-implementatietools?", { locale: "nl-NL" }).results[0]!;
    assert.match(first.statement, /Intune-implementatietools/);
    assert.equal(first.owner, "microsoft");
    assert.equal(first.row.owner, "shared");
  });

  it("flags a close call between rows of the same party as ambiguous", () => {
    const answers = ["Vem distribuerar Office-program?", "Wie beheert de proxy?", "Vem testar appar?"].map((q) => engine.ask(q, { locale: "sv-SE" }));
    for (const a of answers) if (a.ambiguous) assert.ok(a.results[1] && a.results[0]!.score - a.results[1].score <= defaultEngineSettings.ambiguityMargin + 1e-9);
  });

  it("the answer threshold is a setting: raising it turns answers into 'don't know'", () => {
    const strict = createAnswerEngine(knowledge, { answerThreshold: 1.01 });
    assert.equal(strict.ask("Vem ansvarar för utskrift?", { locale: "sv-SE" }).answered, false);
  });

  it("builds an answer around a chosen row, in the asker's language", () => {
    const answer = engine.answerFor("customer-9", "printing", { locale: "nl-NL" });
    assert.equal(answer?.results[0]?.title, "Afdrukken");
    assert.equal(engine.answerFor("no-such-row", "x"), undefined);
  });

  it("finds the same row in each language by key", () => {
    assert.equal(engine.rowByKey("customer-9", "sv-SE")?.title, "Utskrift");
    assert.equal(engine.rowByKey("customer-9", "nl-NL")?.title, "Afdrukken");
    assert.equal(engine.listRows("nl-NL").length, 15);
    assert.deepEqual(engine.locales(), ["nl-NL", "sv-SE"]);
  });

  it("answers the same when its word caches are warm as when they are cold, whatever was asked in between", () => {
    const questions = loadQuestions();
    const plain = (engine: AnswerEngine, q: Question) => JSON.stringify(engine.ask(q.q, { locale: q.locale }));
    const warm = createAnswerEngine(knowledge);
    const first = questions.map((q) => plain(warm, q));
    const again = [...questions].reverse().map((q) => plain(warm, q)).reverse();
    assert.deepEqual(again, first);
    // Each question on an engine that has seen nothing else.
    for (const [i, q] of questions.entries()) if (i % 7 === 0) assert.equal(plain(createAnswerEngine(knowledge), q), first[i], q.q);
  });

  it("keeps one result per row when many versions of a page are loaded", () => {
    const big = createAnswerEngine(buildSyntheticCorpus(knowledge, 600));
    const answer = big.ask("Vem ansvarar för utskrift?", { locale: "sv-SE" });
    assert.equal(code(answer.results[0]!.source), "C9");
    const keys = answer.results.map((r) => r.key);
    assert.equal(new Set(keys).size, keys.length);
  });
});

describe("answer engine with a page dropped in for another language", () => {
  let engine: AnswerEngine;
  before(() => {
    const base = loadKnowledgeBase();
    const english = loadPageFiles([join(__dirname, "../fixtures/engine/roles-and-responsibilities.en-US.md")]);
    assert.deepEqual(english.errors, []);
    engine = createAnswerEngine({ pages: [...base.pages, ...english.pages], errors: [], warnings: [] });
  });

  const cases = [
    { q: "Who is responsible for printing?", locale: "en-US", row: "C9", pageLocale: "en-US" },
    { q: "Who installs print queues?", locale: "sv-SE", row: "C9", pageLocale: "en-US" },
    { q: "Who monitors security threats?", locale: "en-GB", row: "M4", pageLocale: "en-US" },
    { q: "Vem ansvarar för utskrift?", locale: "en-US", row: "C9", pageLocale: "sv-SE" },
  ];
  for (const c of cases) {
    it(`"${c.q}" (${c.locale}) is answered from the ${c.pageLocale} page`, () => {
      const answer = engine.ask(c.q, { locale: c.locale });
      assert.equal(answer.locale, c.pageLocale);
      assert.equal(code(answer.results[0]!.source), c.row);
    });
  }

  it("shows the same row in each language under one key", () => {
    assert.equal(engine.rowByKey("customer-9", "en-US")?.title, "Printing");
    assert.equal(engine.rowByKey("customer-9", "nl-NL")?.title, "Afdrukken");
  });
});
