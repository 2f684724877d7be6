// The typed shape of a published "Roles and responsibilities" page and of the answers drawn from it.
// Pure data: nothing here knows about Teams, Bot Framework or the file system.

/** A party that carries a responsibility. */
export type Party = "microsoft" | "customer";

/** Who answers for a row or a result: one party, or both for different things. */
export type Owner = Party | "shared";

export interface Link {
  text: string;
  /** Absolute URL on learn.microsoft.com (or the original absolute URL), anchor kept. */
  url: string;
}

/** One statement of a row: a paragraph or a bullet item, with the party that carries it. */
export interface Segment {
  owner: Party;
  text: string;
  kind: "paragraph" | "bullet";
}

export interface Citation {
  /** Base name of the source file, e.g. "roles-and-responsibilities.sv-SE.md". */
  file: string;
  locale: string;
  /** Table number, from 1, in document order. */
  table: number;
  /** Row number within its table, from 1, in document order. */
  row: number;
  /** 1-based line of the row in the file. */
  line: number;
  /** Heading of the section that holds the table. */
  heading: string;
  /** Page URL with the section anchor, e.g. ".../roles-and-responsibilities#your-roles-and-responsibilities". */
  url: string;
  /** Page date as ISO yyyy-mm-dd (ms.date, else ms.lasthandoff), or null when the page has none. */
  date: string | null;
  /** Page title (the H1, else front matter title). */
  pageTitle: string;
  /** True when the front matter says the page is machine translated (ms.translationtype: MT). */
  machineTranslated: boolean;
}

export interface Row {
  /** Stable across locales: rows that mean the same thing share it. */
  key: string;
  /** Role title, the first cell, as published (markup removed). */
  title: string;
  owner: Owner;
  /** The description as clean text. */
  text: string;
  segments: Segment[];
  links: Link[];
  citation: Citation;
}

export interface Table {
  owner: Party;
  heading: string;
  anchor: string | null;
  /** 1-based line of the table's header row. */
  line: number;
  rows: Row[];
}

export interface Section {
  level: number;
  heading: string;
  anchor: string | null;
  line: number;
}

export interface Diagnostic {
  file: string;
  line: number;
  message: string;
}

export interface Page {
  file: string;
  locale: string;
  /** Primary language subtag, lower case: "sv", "nl", "en", "de", "ar", "ja", ... */
  language: string;
  title: string;
  description: string;
  /** The page's published URL, without anchor. */
  articleUrl: string;
  date: string | null;
  machineTranslated: boolean;
  /** The whole front matter as parsed YAML. */
  frontMatter: Record<string, unknown>;
  sections: Section[];
  tables: Table[];
  warnings: Diagnostic[];
}

export type ParseResult =
  | { ok: true; page: Page; warnings: Diagnostic[] }
  | { ok: false; error: Diagnostic; warnings: Diagnostic[] };

/** What the loader hands the rest of the product: every page that parsed, and what did not. */
export interface KnowledgeBase {
  pages: Page[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

// ---------------------------------------------------------------------------------------------
// Answers

export interface ResultSource {
  file: string;
  locale: string;
  table: number;
  row: number;
  line: number;
  url: string;
}

export interface AnswerResult {
  key: string;
  /** The party of the matched statement (or of the row when the title matched). */
  owner: Owner;
  /** Confidence of this result, 0..1, higher is better. */
  score: number;
  title: string;
  /** The statement that matched, or the row's first statement when the title matched. */
  statement: string;
  source: ResultSource;
  links: Link[];
  /** The whole row, for cards that show the rest of it on demand. */
  row: Row;
}

/** answer: one row answers; depends: the top rows carry different parties; none: nothing fits. */
export type AnswerKind = "answer" | "depends" | "none";

export interface Answer {
  question: string;
  answered: boolean;
  kind: AnswerKind;
  /** Language of the rows in the results (a page language such as "sv"). */
  language: string;
  /** Locale of the page the results come from, e.g. "sv-SE". */
  locale: string;
  /** Confidence of results[0], 0..1. */
  confidence: number;
  /** True when the top rows are too close to tell apart: ask the user to pick. */
  ambiguous: boolean;
  results: AnswerResult[];
}

export interface AskOptions {
  /** The asker's locale (Teams locale), e.g. "sv-SE"; used when the question's language is unclear. */
  locale?: string;
  /** How many results to return, default 3. */
  limit?: number;
}

/** What the bot sees of the answer engine. */
export interface AnswerEngine {
  ask(question: string, options?: AskOptions): Answer;
  /** All rows of one language (the closest page to the given locale), in document order. */
  listRows(locale?: string): Row[];
  /** The row with this key in the language closest to the locale. */
  rowByKey(key: string, locale?: string): Row | undefined;
  /** An answer built around one chosen row (a pick from a choice card, show-as-text, feedback). */
  answerFor(key: string, question: string, options?: AskOptions): Answer | undefined;
  /** Locales of the loaded pages, e.g. ["nl-NL", "sv-SE"]. */
  locales(): string[];
}
