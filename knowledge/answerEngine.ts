// From a question to an answer: pick the language, read the question into weighted word groups,
// search the index of that language, rank rows, and decide: answer, "it depends", or no answer.
import { detectLanguage, type LanguageProfile } from "./detectLanguage";
import { buildQuery, type QueryContext } from "./buildQuery";
import { createLexicon, type Lexicon } from "./lexicon";
import { defaultEngineSettings, type EngineSettings } from "./engineSettings";
import { createSearchIndex, type QueryGroup, type SearchIndex } from "./searchIndex";
import { createLanguageTools, type LanguageTools } from "./text/languages";
import { primaryLanguage } from "./text/locale";
import { foldText, tokenize } from "./text/normalize";
import { createTypoCorrector, type TypoCorrector } from "./typoCorrector";
import type { Answer, AnswerEngine, AnswerResult, AskOptions, KnowledgeBase, Owner, Page, Row } from "./types";

export { defaultEngineSettings, type EngineSettings } from "./engineSettings";

interface RankedRow {
  row: Row;
  page: Page;
  score: number;
  owner: Owner;
  statement: string;
  /** How much of the question the row's title carries. */
  titleCoverage: number;
}

export function createAnswerEngine(knowledge: KnowledgeBase, options: Partial<EngineSettings> = {}): AnswerEngine {
  const settings: Readonly<EngineSettings> = Object.freeze({ ...defaultEngineSettings, ...options });
  const tools = new Map<string, LanguageTools>();
  const toolsFor = (language: string): LanguageTools => {
    let t = tools.get(language);
    if (!t) tools.set(language, (t = createLanguageTools(language)));
    return t;
  };
  const lexicon: Lexicon = createLexicon((language, word) => toolsFor(language).stem(word));

  const pagesByLanguage = new Map<string, Page[]>();
  for (const page of knowledge.pages) {
    const list = pagesByLanguage.get(page.language) ?? [];
    list.push(page);
    pagesByLanguage.set(page.language, list);
  }
  const lexiconWords = (language: string) => lexicon.concepts.flatMap((c) => c.words[language] ?? []).flatMap(tokenize);
  const indexes = new Map<string, SearchIndex>();
  for (const [language, pages] of pagesByLanguage) {
    indexes.set(language, createSearchIndex(pages, toolsFor(language), settings, lexiconWords(language)));
  }

  // Languages a question may be in: those of the pages and those the lexicon can translate from.
  const lexiconLanguages = [...new Set(lexicon.concepts.flatMap((c) => Object.keys(c.words)))];
  const correctors = new Map<string, TypoCorrector>();
  const stopCorrectors = new Map<string, TypoCorrector>();
  const profiles: LanguageProfile[] = [...new Set([...indexes.keys(), ...lexiconLanguages])].map((language) => {
    const words = lexiconWords(language);
    if (!indexes.has(language)) correctors.set(language, createTypoCorrector(words, settings));
    // Long stop words only: a misspelt "handels" is "handles", not a topic.
    stopCorrectors.set(language, createTypoCorrector([...toolsFor(language).stopWords].filter((w) => w.length >= 5), settings));
    return {
      language,
      stopWords: toolsFor(language).stopWords,
      vocabulary: new Set([...(indexes.get(language)?.vocabulary ?? []), ...words.map(foldText)]),
    };
  });

  const locales: readonly string[] = Object.freeze([...new Set(knowledge.pages.map((p) => p.locale))].sort());

  /** Pages of a language, the asker's own locale first, then the newest; with each page's rank. */
  const pageOrders = new Map<string, { pages: Page[]; rank: Map<Page, number> }>();
  const pageOrder = (language: string, locale: string | undefined) => {
    const cacheKey = `${language}|${locale?.toLowerCase() ?? ""}`;
    let order = pageOrders.get(cacheKey);
    if (!order) {
      const pages = [...(pagesByLanguage.get(language) ?? [])].sort(
        (a, b) =>
          Number(sameLocale(b.locale, locale)) - Number(sameLocale(a.locale, locale)) ||
          (b.date ?? "").localeCompare(a.date ?? "") ||
          a.file.localeCompare(b.file),
      );
      order = { pages, rank: new Map(pages.map((p, i) => [p, i])) };
      if (pageOrders.size < 1_000) pageOrders.set(cacheKey, order);
    }
    return order;
  };
  const preferredPages = (language: string, locale: string | undefined): Page[] => pageOrder(language, locale).pages;

  /**
   * The page language that answers: the question's, else the asker's, else the default. `open` when
   * none of these has a page: then every translation is searched and the most confident answers.
   */
  const firstLanguage = [...pagesByLanguage.keys()].sort()[0] ?? "";
  const readable = new Set(profiles.map((p) => p.language));
  /** The page language of the asker's locale, else of the default locale; undefined when neither has pages. */
  const preferredLanguage = (locale: string | undefined) =>
    [primaryLanguage(locale), primaryLanguage(settings.defaultLocale)].find((l) => pagesByLanguage.has(l));
  /** The page language that answers when the question says nothing. */
  const localeLanguage = (locale: string | undefined) => preferredLanguage(locale) ?? firstLanguage;

  const chooseLanguages = (question: string, locale: string | undefined): { asked: string; answer: string; open: boolean } => {
    const detected = detectLanguage(question, profiles).language;
    const preferred = preferredLanguage(locale);
    const fallback = preferred ?? firstLanguage;
    // Undecided: the asker's language when the bot can read it (its pages or the lexicon), else the fallback.
    const asked = detected ?? (readable.has(primaryLanguage(locale)) ? primaryLanguage(locale) : fallback);
    if (pagesByLanguage.has(asked)) return { asked, answer: asked, open: false };
    return { asked, answer: fallback, open: preferred === undefined };
  };

  const wordCaches = new Map<string, Map<string, readonly QueryGroup[]>>();
  const wordCacheFor = (asked: string, answerLanguage: string) => {
    const key = `${asked}|${answerLanguage}`;
    let cache = wordCaches.get(key);
    if (!cache) wordCaches.set(key, (cache = new Map()));
    return cache;
  };

  const rank = (question: string, asked: string, answerLanguage: string, locale: string | undefined): RankedRow[] => {
    const index = indexes.get(answerLanguage);
    if (!index) return [];
    const context: QueryContext = {
      wordCache: wordCacheFor(asked, answerLanguage),
      asked: toolsFor(asked),
      index,
      lexicon,
      corrector: correctors.get(asked),
      stopCorrector: stopCorrectors.get(asked),
      synonymWeight: settings.synonymWeight,
      translationWeight: settings.translationWeight,
    };
    const groups = buildQuery(question, context);
    if (groups.length === 0) return [];
    const { rows } = index.search(groups);
    const { rank: pageRank } = pageOrder(answerLanguage, locale);

    const best = new Map<string, RankedRow>();
    for (const { row, page, pooled, focused, titleCoverage, top, bestStatement } of rows) {
      const score = (1 - settings.rowShare) * focused + settings.rowShare * pooled;
      // The unit that carries most of the question speaks for the row (a question that names a shared row
      // gets the whole row); when that is the title, the best statement is quoted.
      const quoted = top.segment >= 0 ? top : bestStatement;
      const statement = row.segments[quoted?.segment ?? 0]?.text ?? row.text;
      const held = best.get(row.key);
      if (!held || score > held.score + 1e-9 || (Math.abs(score - held.score) <= 1e-9 && (pageRank.get(page) ?? 0) < (pageRank.get(held.page) ?? 0))) {
        best.set(row.key, { row, page, score, owner: top.owner, statement, titleCoverage });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.row.citation.table - b.row.citation.table || a.row.citation.row - b.row.citation.row);
  };

  const toResult = (ranked: RankedRow): AnswerResult => ({
    key: ranked.row.key,
    owner: ranked.owner,
    score: round(ranked.score),
    title: ranked.row.title,
    statement: ranked.statement,
    source: {
      file: ranked.row.citation.file,
      locale: ranked.row.citation.locale,
      table: ranked.row.citation.table,
      row: ranked.row.citation.row,
      line: ranked.row.citation.line,
      url: ranked.row.citation.url,
    },
    links: ranked.row.links,
    row: ranked.row,
  });

  const ask = (question: string, askOptions: AskOptions = {}): Answer => {
    const limit = askOptions.limit ?? settings.limit;
    const choice = chooseLanguages(question, askOptions.locale);
    const { asked } = choice;
    let language = choice.answer;
    let ranked = rank(question, asked, language, askOptions.locale);
    if (choice.open) {
      for (const other of pagesByLanguage.keys()) {
        if (other === language) continue;
        const alternative = rank(question, asked, other, askOptions.locale);
        if ((alternative[0]?.score ?? 0) > (ranked[0]?.score ?? 0) + 1e-9) {
          ranked = alternative;
          language = other;
        }
      }
    }
    const [first, ...rest] = ranked;
    if (!first || first.score < settings.answerThreshold) {
      return {
        question,
        answered: false,
        kind: "none",
        language,
        locale: preferredPages(language, askOptions.locale)[0]?.locale ?? "",
        confidence: first ? round(first.score) : 0,
        ambiguous: false,
        results: ranked.slice(0, limit).map(toResult),
      };
    }

    // Another party close behind, or a row of the other table that the question names just as well by
    // its title (both tables have "end-user support"): the honest answer is "it depends".
    const rival = rest.find(
      (r) =>
        differentParties(first.owner, r.owner) &&
        (first.score - r.score <= settings.dependsMargin ||
          (first.score - r.score <= settings.splitTitleMargin &&
            Math.min(first.titleCoverage, r.titleCoverage) >= settings.splitTitleCoverage &&
            Math.abs(first.titleCoverage - r.titleCoverage) <= 0.05)),
    );
    // Close rows call for a choice, unless the question names the best row by its title and not the other.
    const close = rest.find(
      (r) => first.score - r.score <= settings.ambiguityMargin && first.titleCoverage - r.titleCoverage < settings.namedTitleLead,
    );
    const results = (rival ? [first, rival, ...rest.filter((r) => r !== rival)] : ranked).slice(0, limit).map(toResult);
    if (rival && results[0]) results[0] = { ...results[0], owner: "shared" };
    return {
      question,
      answered: true,
      kind: rival ? "depends" : "answer",
      language,
      locale: first.page.locale,
      confidence: round(first.score),
      ambiguous: !rival && close !== undefined,
      results,
    };
  };

  /** The row with this key on the best page of a language that has it. */
  const findRow = (key: string, language: string, locale: string | undefined): { row: Row; page: Page } | undefined => {
    for (const page of preferredPages(language, locale)) {
      const row = rowsOf(page).find((r) => r.key === key);
      if (row) return { row, page };
    }
    return undefined;
  };

  return {
    ask,
    listRows: (locale) => {
      const page = preferredPages(localeLanguage(locale), locale)[0];
      return page ? rowsOf(page) : [];
    },
    rowByKey: (key, locale) => findRow(key, localeLanguage(locale), locale)?.row,
    answerFor(key, question, askOptions = {}) {
      const { asked, answer: language } = chooseLanguages(question, askOptions.locale);
      const found = findRow(key, language, askOptions.locale);
      if (!found) return undefined;
      // Ranking the question tells which statement of the chosen row it asked about.
      const ranked = rank(question, asked, language, askOptions.locale).find((r) => r.row.key === key);
      const chosen: RankedRow = ranked ?? {
        ...found,
        score: 0,
        owner: found.row.owner,
        statement: found.row.segments[0]?.text ?? found.row.text,
        titleCoverage: 0,
      };
      return {
        question,
        answered: true,
        kind: "answer",
        language,
        locale: chosen.page.locale,
        confidence: round(chosen.score),
        ambiguous: false,
        results: [toResult(chosen)],
      };
    },
    locales: () => [...locales],
  };
}

function rowsOf(page: Page): Row[] {
  return page.tables.flatMap((t) => t.rows);
}

function differentParties(a: Owner, b: Owner): boolean {
  return a !== "shared" && b !== "shared" && a !== b;
}

function sameLocale(a: string, b: string | undefined): boolean {
  return b !== undefined && a.toLowerCase() === b.toLowerCase();
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
