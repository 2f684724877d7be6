// Domain data -> the template data shared by several cards: party badge, citation, statements, links.
import type { AnswerResult, Citation, Link, Owner, Party, Row, Segment } from "../knowledge/types";
import { cardText, safeUrl, truncate } from "./escape";
import { uiLocale, uiString, type UiLanguage } from "./strings";

/** Container styles of schema 1.5; the words in the badge carry the meaning, the colour only helps. */
export type ContainerStyle = "default" | "emphasis" | "good" | "attention" | "warning" | "accent";

export const partyStyles: Readonly<Record<Owner, ContainerStyle>> = Object.freeze({
  microsoft: "accent",
  customer: "good",
  shared: "warning",
});

/**
 * What a card derives from a row alone (cleaned statements, the citation, the whole row) is derived once
 * per row object and variant (UI language). Rows are values: the knowledge base is never changed once
 * built, and a reload builds new rows, so the old entries go with the old rows.
 */
export function derivedOnce<K extends object, V>(derive: (key: K, variant: string) => V): (key: K, variant: string) => V {
  const derived = new WeakMap<K, Map<string, V>>();
  return (key, variant) => {
    let variants = derived.get(key);
    if (!variants) derived.set(key, (variants = new Map()));
    let value = variants.get(variant);
    if (value === undefined) variants.set(variant, (value = derive(key, variant)));
    return value;
  };
}

export const limits = Object.freeze({ links: 4, choices: 4, related: 3, examples: 3, entriesPerSide: 2, entryStatements: 4, snippet: 180, question: 300 });

export function partyLabel(owner: Owner, ui: UiLanguage): string {
  switch (owner) {
    case "microsoft":
      return uiString(ui, "partyMicrosoft");
    case "customer":
      return uiString(ui, "partyCustomer");
    case "shared":
      return uiString(ui, "partyShared");
  }
}

export interface BadgeData {
  label: string;
  style: ContainerStyle;
}

export function badgeData(owner: Owner, ui: UiLanguage): BadgeData {
  return { label: partyLabel(owner, ui), style: partyStyles[owner] };
}

/** A page date (ISO yyyy-mm-dd) in the UI language, e.g. "24 september 2018"; undefined when absent or bad. */
// Built once: a DateTimeFormat is costly to make and is used on every answer.
const dateFormats: Readonly<Record<UiLanguage, Intl.DateTimeFormat>> = Object.freeze({
  en: new Intl.DateTimeFormat(uiLocale.en, { dateStyle: "long", timeZone: "UTC" }),
  sv: new Intl.DateTimeFormat(uiLocale.sv, { dateStyle: "long", timeZone: "UTC" }),
  nl: new Intl.DateTimeFormat(uiLocale.nl, { dateStyle: "long", timeZone: "UTC" }),
});

// Formatting is the costly part, and pages have few dates: each is formatted once per language.
const formattedDates = new Map<string, string | undefined>();
const maxFormattedDates = 1_000;

export function formatPageDate(date: string | null, ui: UiLanguage): string | undefined {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const key = `${ui} ${date}`;
  if (formattedDates.has(key)) return formattedDates.get(key);
  const parsed = new Date(`${date}T00:00:00Z`);
  const text = Number.isNaN(parsed.getTime()) ? undefined : dateFormats[ui].format(parsed);
  if (formattedDates.size >= maxFormattedDates) formattedDates.clear();
  formattedDates.set(key, text);
  return text;
}

export const placeText = (citation: Pick<Citation, "table" | "row">, ui: UiLanguage): string =>
  uiString(ui, "tableRow", { table: String(citation.table), row: String(citation.row) });

export const dateText = (citation: Citation, ui: UiLanguage): string => {
  const date = formatPageDate(citation.date, ui);
  return date ? uiString(ui, "pageDate", { date }) : uiString(ui, "noPageDate");
};

export interface CitationData {
  pageTitle: string;
  /** Section heading, table and row, page date. */
  details: string;
  machineTranslated: boolean;
}

const citations = derivedOnce((citation: Citation, variant: string): CitationData => {
  const [ui, pageOnly] = variant.split(":") as [UiLanguage, string];
  const details = pageOnly ? [dateText(citation, ui)] : [citation.heading, placeText(citation, ui), dateText(citation, ui)];
  return Object.freeze({
    pageTitle: cardText(citation.pageTitle, 200),
    details: cardText(details.filter(Boolean).join(" · "), 300),
    machineTranslated: citation.machineTranslated,
  });
});

/** pageOnly: the card cites several rows (each shows its own place), so the footer names only the page. */
export const citationData = (citation: Citation, ui: UiLanguage, pageOnly = false): CitationData => citations(citation, pageOnly ? `${ui}:page` : ui);

export interface StatementData {
  text: string;
}

const statements = derivedOnce((segment: Segment): StatementData => Object.freeze({ text: cardText(segment.kind === "bullet" ? `• ${segment.text}` : segment.text) }));

/** Bullets keep a visible bullet; TextRuns cannot carry markdown lists. */
export const statementData = (segment: Segment): StatementData => statements(segment, "");

export const segmentsOf = (row: Row, party: Party): Segment[] => row.segments.filter((s) => s.owner === party);

export const doesHeading = (party: Party, ui: UiLanguage): string => uiString(ui, party === "microsoft" ? "microsoftDoes" : "customerDoes");

/** Both tables' parties, Microsoft first. */
export const parties: readonly Party[] = Object.freeze(["microsoft", "customer"]);

/** Who can answer for a row, in the order cards and the tab list them. */
export const owners: readonly Owner[] = Object.freeze(["microsoft", "customer", "shared"]);

export interface LinkData {
  title: string;
  url: string;
}

/** One button per linked article: http(s) only, no duplicates, not the cited page itself, at most limits.links. */
export function linkData(links: readonly Link[], except: readonly string[] = []): LinkData[] {
  const seen = new Set(except.map((u) => safeUrl(u) ?? u));
  const out: LinkData[] = [];
  for (const link of links) {
    const url = safeUrl(link.url);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    out.push({ title: cardText(link.text.replace(/[.:]+$/, "") || url, 60), url });
    if (out.length >= limits.links) break;
  }
  return out;
}

export const snippet = (text: string): string => cardText(truncate(text, limits.snippet));

/** The question as shown on a card: literal, never markdown, never a template expression. */
export interface AskedData {
  text: string;
  show: boolean;
}

export const askedData = (question: string): AskedData => ({
  text: cardText(question.replace(/\s+/g, " "), limits.question),
  show: question.trim().length > 0,
});

/** The party a card names for a result: the row's owner (a one-party row never shows as "shared"). */
export const ownerOf = (result: AnswerResult): Owner => result.row.owner;

const maxLeadBullets = 8;

/**
 * The matched statement as segments of its row; a lead-in that ends in ":" brings the bullets that
 * follow it, since "The customer supports:" alone says nothing. Falls back to the statement text.
 */
export function matchedSegments(result: AnswerResult): Segment[] {
  const statement = result.statement.trim();
  const segments = result.row.segments;
  const at = segments.findIndex((s) => s.text.trim() === statement);
  const first = segments[at];
  if (!first) return [{ owner: result.owner === "shared" ? "customer" : result.owner, text: statement, kind: "paragraph" }];
  const out = [first];
  if (first.text.trim().endsWith(":")) {
    for (const next of segments.slice(at + 1)) {
      if (next.kind !== "bullet" || next.owner !== first.owner || out.length > maxLeadBullets) break;
      out.push(next);
    }
  }
  return out;
}
