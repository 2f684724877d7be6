// One description cell: markup in, clean text, statements with their party, and absolute links out.
import { cleanInline } from "./cleanText";
import { isCjk } from "./text/normalize";
import { boldParty, findParty } from "./parties";
import { resolveLink } from "./resolveLink";
import type { Link, Party, Segment } from "./types";

export interface CellContext {
  articleUrl: string;
  locale: string;
  language: string;
  /** The party of the table: statements that name nobody and have no lead-in carry it. */
  tableParty: Party;
}

export interface ParsedCell {
  text: string;
  segments: Segment[];
  links: Link[];
  /** Link targets that could not be resolved. */
  badLinks: string[];
}

interface RawStatement {
  kind: Segment["kind"];
  markup: string;
}

const markdownLink = /(?<!!)\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*(<[^>]*>|[^()\s]*(?:\([^()]*\)[^()\s]*)*)(?:\s+["'][^"']*["'])?\s*\)/g;
const htmlLink = /<a\s[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a\s*>/gi;
const autoLink = /<(https?:\/\/[^<>\s]+)>/gi;
const gluedWord = /^[\p{L}\p{N}]/u;

/** Replaces links by their text (spaced from a glued next word) and collects them with absolute URLs. */
function extractLinks(markup: string, context: CellContext): { markup: string; links: Link[]; badLinks: string[] } {
  const links: Link[] = [];
  const badLinks: string[] = [];
  const replace = (text: string, href: string, offset: number, whole: string, source: string): string => {
    const url = resolveLink(href, context.articleUrl, context.locale);
    const clean = cleanInline(text);
    if (url) links.push({ text: clean || url, url });
    else badLinks.push(href);
    const next = source.slice(offset + whole.length, offset + whole.length + 1);
    const last = clean.slice(-1);
    const glued = clean && gluedWord.test(next) && !isCjk(next) && !isCjk(last);
    return glued ? `${text} ` : text;
  };
  const withoutHtml = markup
    .replace(htmlLink, (whole, href: string, text: string, offset: number, source: string) => replace(text, href, offset, whole, source))
    .replace(autoLink, (whole, href: string, offset: number, source: string) => replace(href, href, offset, whole, source));
  const plain = withoutHtml.replace(markdownLink, (whole, text: string, href: string, offset: number, source: string) =>
    replace(text, href, offset, whole, source),
  );
  return { markup: plain, links, badLinks };
}

const bulletMarker = /^(?:[-–—•]|\*(?=\s))\s*(?=\S)/u;

/** Cuts a cell into paragraphs (at <br><br> and <p>) and bullet items (<br>- , <br>-x, <br>– , <li>). */
function splitStatements(markup: string): RawStatement[] {
  let listDepth = 0;
  // Inside a list both <li> and </li> start an item (published cells have stray </li>); empty items drop out.
  const lined = markup.replace(/<br\s*\/?>|<(\/?)(p|div|ul|ol|li)(?:\s[^>]*)?>/gi, (tag, close: string | undefined, name: string | undefined) => {
    const element = name?.toLowerCase();
    if (!element) return "\n";
    if (element === "ul" || element === "ol") listDepth = Math.max(0, listDepth + (close ? -1 : 1));
    if (element === "li") return close && listDepth === 0 ? "\n" : "\n\n- ";
    return "\n\n";
  });
  const statements: RawStatement[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) statements.push({ kind: "paragraph", markup: paragraph.join(" ") });
    paragraph = [];
  };
  for (const line of lined.split("\n")) {
    const text = line.trim();
    if (/^[-–—•*]$/u.test(text)) continue;
    if (!text) {
      flush();
      continue;
    }
    const bullet = bulletMarker.exec(text);
    if (bullet && !text.startsWith("**")) {
      flush();
      statements.push({ kind: "bullet", markup: text.slice(bullet[0].length) });
    } else paragraph.push(text);
  }
  flush();
  return statements;
}

const boldSpan = /\*\*(?=\S)([\s\S]*?\S)\*\*|__(?=\S)([\s\S]*?\S)__|<(?:b|strong)>([\s\S]*?)<\/(?:b|strong)>/gi;

interface BoldMention {
  index: number;
  party: Party;
}

function boldMentions(markup: string, language: string): BoldMention[] {
  const found: BoldMention[] = [];
  for (const match of markup.matchAll(boldSpan)) {
    const party = boldParty(cleanInline(match[1] ?? match[2] ?? match[3] ?? ""), language);
    if (party) found.push({ index: match.index, party });
  }
  return found;
}

/**
 * A paragraph whose sentences name different parties in bold ("**Microsoft** provides ... **You** must ...")
 * is two statements: the bold word marks the subject explicitly. Other paragraphs are never cut into sentences.
 */
function splitAtBoldParties(statement: RawStatement, language: string): RawStatement[] {
  const bold = boldMentions(statement.markup, language);
  if (statement.kind !== "paragraph" || new Set(bold.map((b) => b.party)).size < 2) return [statement];
  const cuts: number[] = [];
  let party = bold[0]!.party;
  for (const mention of bold.slice(1)) {
    if (mention.party === party) continue;
    party = mention.party;
    const before = statement.markup.slice(0, mention.index);
    const stops = [...before.matchAll(/[.!?。！？]\s*/gu)];
    const stop = stops[stops.length - 1];
    const cut = stop ? stop.index + stop[0].length : 0;
    if (cut > (cuts[cuts.length - 1] ?? 0)) cuts.push(cut);
  }
  const bounds = [0, ...cuts, statement.markup.length];
  return bounds.slice(0, -1).map((start, i) => ({ kind: "paragraph", markup: statement.markup.slice(start, bounds[i + 1]) }));
}

/** The party of one statement: a bold party word, else the first party it names, else null. */
function statementParty(markup: string, text: string, language: string): Party | null {
  return boldMentions(markup, language)[0]?.party ?? findParty(text, language);
}

/** Parses a description cell into clean text, statements with their party, and links. */
export function parseCell(markup: string, context: CellContext): ParsedCell {
  const { markup: unlinked, links, badLinks } = extractLinks(markup, context);
  const segments: Segment[] = [];
  let leadIn: Party | null = null;
  for (const statement of splitStatements(unlinked).flatMap((s) => splitAtBoldParties(s, context.language))) {
    const text = cleanInline(statement.markup);
    if (!text) continue;
    const named = statementParty(statement.markup, text, context.language);
    const owner: Party = named ?? (statement.kind === "bullet" ? leadIn : null) ?? context.tableParty;
    if (statement.kind === "paragraph") leadIn = owner;
    segments.push({ owner, text, kind: statement.kind });
  }
  const text = segments.map((s) => (s.kind === "bullet" ? `• ${s.text}` : s.text)).join("\n");
  return { text, segments, links, badLinks };
}
