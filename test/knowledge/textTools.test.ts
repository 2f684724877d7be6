import assert from "node:assert/strict";
import { detectLanguage } from "../../knowledge/detectLanguage";
import { createLexicon } from "../../knowledge/lexicon";
import { createTypoCorrector } from "../../knowledge/typoCorrector";
import { createCompoundSplitter } from "../../knowledge/text/compounds";
import { allowedTypos, editDistance } from "../../knowledge/text/editDistance";
import { createLanguageTools } from "../../knowledge/text/languages";
import { foldText, tokenize } from "../../knowledge/text/normalize";

describe("text normalisation", () => {
  const cases = [
    { name: "case and diacritics", input: "Säkerhetsövervakning", folded: "sakerhetsovervakning" },
    { name: "full-width forms", input: "ＶＰＮ", folded: "vpn" },
    { name: "decomposed input", input: "ge\u0301i\u0308nstalleerd", folded: "geinstalleerd" },
    { name: "letters without a decomposition", input: "Straße Ørsted", folded: "strasse orsted" },
  ];
  for (const c of cases) it(`folds ${c.name}`, () => assert.equal(foldText(c.input), c.folded));

  it("folds every ASCII character as the full Unicode path does", () => {
    const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join("");
    const fullPath = (text: string) => text.normalize("NFKC").toLowerCase().normalize("NFD").replace(/\p{M}+/gu, "").normalize("NFC");
    assert.equal(foldText(ascii), fullPath(ascii));
    assert.equal(foldText("Who patches Windows?"), "who patches windows?");
  });

  it("splits words at punctuation and hyphens, keeping diacritics for the stemmer", () => {
    assert.deepEqual(tokenize("MDM-policy, e-post & användar- och enhetsgrupper!"), ["mdm", "policy", "e", "post", "användar", "och", "enhetsgrupper"]);
  });

  it("cuts CJK runs into overlapping pairs", () => {
    assert.deepEqual(tokenize("印刷管理"), ["印刷", "刷管", "管理"]);
  });
});

describe("stemming", () => {
  const cases = [
    { language: "sv", a: "säkerhets", b: "säkerhet" },
    { language: "sv", a: "användarna", b: "användare" },
    { language: "nl", a: "beheert", b: "beheer" },
    { language: "nl", a: "toewijst", b: "toewijzen" },
    { language: "en", a: "printers", b: "printer" },
  ];
  for (const c of cases) {
    it(`${c.language}: "${c.a}" and "${c.b}" share a stem`, () => {
      const tools = createLanguageTools(c.language);
      assert.equal(tools.stem(c.a), tools.stem(c.b));
    });
  }

  it("knows the words that frame a question as stop words", () => {
    assert.ok(createLanguageTools("sv").stopWords.has("vem"));
    assert.ok(createLanguageTools("nl").stopWords.has("verantwoordelijk"));
    assert.ok(!createLanguageTools("sv").stopWords.has("utskrift"));
  });
});

describe("compound splitting", () => {
  const words = new Set(["säkerhet", "övervakning", "ändring", "hantering", "process"]);
  const splitter = createCompoundSplitter((w) => words.has(w), ["s", "e"]);
  const cases = [
    { word: "säkerhetsövervakning", parts: ["säkerhet", "övervakning"] },
    { word: "ändringshanteringsprocess", parts: ["ändring", "hantering", "process"] },
    { word: "övervakning", parts: undefined },
    { word: "kaffemaskin", parts: undefined },
  ];
  for (const c of cases) it(`splits ${c.word}`, () => assert.deepEqual(splitter.split(c.word), c.parts));
});

describe("typo repair", () => {
  it("measures edits, with transpositions as one", () => {
    assert.equal(editDistance("utskrfit", "utskrift"), 1);
    assert.equal(editDistance("printer", "printre"), 1);
    assert.equal(editDistance("kök", "lunch"), 5);
    assert.equal(allowedTypos(4), 1);
  });

  it("finds the intended word and refuses far-off ones", () => {
    const corrector = createTypoCorrector(["utskrift", "skrivare", "övervakning", "defender"]);
    assert.equal(corrector.correct("utskrfit")[0]?.word, "utskrift");
    assert.equal(corrector.correct("overvakninng")[0]?.word, "övervakning");
    assert.deepEqual(corrector.correct("vänder"), []);
  });

  it("gives the same repair for the same word, in any case or accents, and it cannot be changed", () => {
    const corrector = createTypoCorrector(["utskrift", "skrivare", "övervakning"]);
    const first = corrector.correct("Overvakninng");
    assert.equal(first[0]?.word, "övervakning");
    assert.deepEqual(corrector.correct("övervakninng"), first);
    assert.ok(Object.isFrozen(first) && Object.isFrozen(first[0]));
  });
});

describe("language detection", () => {
  const profile = (language: string, vocabulary: string[]) => ({ language, stopWords: createLanguageTools(language).stopWords, vocabulary: new Set(vocabulary) });
  const profiles = [profile("sv", ["utskrift", "skrivare"]), profile("nl", ["afdrukken", "printers"]), profile("en", ["printer", "printing"])];
  const cases = [
    { q: "Vem ansvarar för utskrift?", language: "sv" },
    { q: "Wie is verantwoordelijk voor afdrukken?", language: "nl" },
    { q: "Who is responsible for printing?", language: "en" },
    { q: "VPN", language: undefined },
  ];
  for (const c of cases) it(`reads "${c.q}" as ${c.language ?? "undecided"}`, () => assert.equal(detectLanguage(c.q, profiles).language, c.language));
});

describe("language detection with words several languages know", () => {
  it("counts a word known in several languages only in part for each", () => {
    // A translated page keeps English words ("up", "to", "date"); the English question must not read as Dutch.
    const en = { language: "en", stopWords: createLanguageTools("en").stopWords, vocabulary: new Set(["keeps", "windows"]) };
    const nl = { language: "nl", stopWords: createLanguageTools("nl").stopWords, vocabulary: new Set(["windows", "up", "to", "date"]) };
    assert.equal(detectLanguage("Who keeps Windows up to date?", [en, nl]).language, "en");
    assert.equal(detectLanguage("Windows", [en, nl]).language, undefined);
  });
});

describe("domain lexicon", () => {
  it("maps English words and phrases to concepts with words in Swedish and Dutch", () => {
    const stem = (language: string, word: string) => createLanguageTools(language).stem(word);
    const lexicon = createLexicon(stem);
    const printer = lexicon.conceptsOf("en", [stem("en", "printers")]);
    assert.ok(printer.some((c) => c.words.sv?.includes("skrivare") && c.words.nl?.includes("afdrukken")));
    assert.ok(lexicon.conceptsOf("en", ["end", "user"].map((w) => stem("en", w))).length > 0);
    assert.deepEqual(lexicon.conceptsOf("en", [stem("en", "kitchen")]), []);
  });
});
