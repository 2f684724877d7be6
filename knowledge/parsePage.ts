// A published "Roles and responsibilities" page to typed data. Pure: text in, data and warnings out.
import { primaryLanguage } from "./text/locale";
import { cleanInline, normalizeSource } from "./cleanText";
import { frontMatterText, parseFrontMatter, toIsoDate } from "./parseFrontMatter";
import { parseCell } from "./parseCell";
import { parseMessages } from "./parseMessages";
import { anchorParty, headingParty, wordsFor } from "./parties";
import { buildArticleUrl, learnDefaults } from "./resolveLink";
import { rowKey } from "./rowKeys";
import { isTableStart, readTable, type RawTable } from "./parseTable";
import type { Diagnostic, Page, ParseResult, Party, Row, Section, Table } from "./types";

export interface ParseOptions {
  /** Folder of the product docs the page is published in (default "intro"). */
  pageDir?: string;
}

const parseDefaults = Object.freeze({
  pageDir: learnDefaults.pageDir,
  /** Locale assumed when neither the front matter nor the file name has one. */
  fallbackLocale: "en-US",
});

const controlCharacter = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
const headingLine = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const anchorTag = /<a\s+(?:name|id)\s*=\s*["']([^"']+)["'][^>]*>\s*(?:<\/a\s*>)?/i;
const anchorAttribute = /\s*\{#([^}\s]+)\}\s*$/;
const localeInName = /\.([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\.md$/i;

function canonicalLocale(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? null;
  } catch {
    return null;
  }
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split(/\r\n?|\n/).length;
}

function parseHeading(line: string, index: number): Section | null {
  const match = headingLine.exec(line);
  if (!match) return null;
  const raw = match[2] ?? "";
  const anchor = anchorTag.exec(raw)?.[1] ?? anchorAttribute.exec(raw)?.[1] ?? null;
  const heading = cleanInline(raw.replace(anchorTag, "").replace(anchorAttribute, ""));
  return { level: match[1]?.length ?? 1, heading, anchor, line: index + 1 };
}

interface Located {
  raw: RawTable;
  section: Section | undefined;
}

/** Sections and tables of the body, skipping fenced code. */
function scanBody(lines: readonly string[], start: number): { sections: Section[]; tables: Located[] } {
  const sections: Section[] = [];
  const tables: Located[] = [];
  let fence: string | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark && (!fence || fenceMark.startsWith(fence))) {
      fence = fence ? null : fenceMark;
      continue;
    }
    if (fence) continue;
    const section = parseHeading(line, i);
    if (section) {
      sections.push(section);
      continue;
    }
    if (isTableStart(lines, i)) {
      const raw = readTable(lines, i);
      tables.push({ raw, section: sections[sections.length - 1] });
      i = raw.end;
    }
  }
  return { sections, tables };
}

/** Parses one page. `file` is the base name used in diagnostics and citations. */
export function parsePage(text: string, file: string, options: ParseOptions = {}): ParseResult {
  const settings = { ...parseDefaults, ...options };
  const warnings: Diagnostic[] = [];
  const warn = (line: number, message: string) => warnings.push({ file, line, message });
  const fail = (line: number, message: string): ParseResult => ({ ok: false, error: { file, line, message }, warnings });

  const control = controlCharacter.exec(text);
  if (control) return fail(lineOf(text, control.index), parseMessages.binary);
  const lines = normalizeSource(text).split("\n");
  const front = parseFrontMatter(lines);
  if (!front.ok) return fail(front.line, front.message);
  const meta = front.data;
  if (!front.present) warn(1, parseMessages.noFrontMatter);

  const nameLocale = localeInName.exec(file)?.[1];
  const declared = frontMatterText(meta, "ms.contentlocale");
  let locale = (declared && canonicalLocale(declared)) ?? (nameLocale && canonicalLocale(nameLocale)) ?? null;
  if (!locale) {
    locale = settings.fallbackLocale;
    warn(1, parseMessages.noLocale(locale));
  }
  const language = primaryLanguage(locale) || "en";
  const slug = file.replace(/^.*[\\/]/, "").replace(localeInName, "").replace(/\.md$/i, "");
  const articleUrl = buildArticleUrl(locale, slug, settings.pageDir);

  const rawDate = frontMatterText(meta, "ms.date") ?? frontMatterText(meta, "ms.lasthandoff");
  const date = rawDate ? toIsoDate(rawDate) : null;
  if (rawDate && !date) warn(1, parseMessages.badDate(rawDate));
  const machineTranslated = frontMatterText(meta, "ms.translationtype")?.toUpperCase() === "MT";

  const { sections, tables: located } = scanBody(lines, front.bodyStart);
  if (!located.length) return fail(front.bodyStart + 1, parseMessages.noTable);
  const h1 = sections.find((s) => s.level === 1)?.heading;
  const fmTitle = frontMatterText(meta, "title");
  const title = h1 || (fmTitle && cleanInline(fmTitle)) || slug;
  if (!h1 && !fmTitle) warn(1, parseMessages.noTitle);
  if (!wordsFor(language)) warn(1, parseMessages.unknownLanguage(language));

  const ordinals: Record<Party, number> = { microsoft: 0, customer: 0 };
  const tables: Table[] = [];
  located.forEach(({ raw, section }, index) => {
    const heading = section?.heading ?? title;
    const anchor = section?.anchor ?? null;
    let party = (anchor && anchorParty(anchor)) || headingParty(heading, language);
    if (!party) {
      party = index === 0 ? "microsoft" : "customer";
      warn(raw.line, parseMessages.partyFromOrder(party));
    }
    const tableNumber = tables.length + 1;
    const rows: Row[] = [];
    for (const rawRow of raw.rows) {
      const [titleCell = "", description = "", ...extra] = rawRow.cells;
      if (rawRow.cells.length < 2 || !description.trim()) {
        warn(rawRow.line, parseMessages.rowWithoutDescription);
        continue;
      }
      const rowTitle = cleanInline(titleCell);
      if (!rowTitle) {
        warn(rawRow.line, parseMessages.rowWithoutTitle);
        continue;
      }
      const spill = extra.filter((cell) => cell.trim());
      if (spill.length) warn(rawRow.line, parseMessages.extraCells(rawRow.cells.length));
      const cell = parseCell([description, ...spill].join(" | "), { articleUrl, locale, language, tableParty: party });
      for (const href of cell.badLinks) warn(rawRow.line, parseMessages.badLink(href));
      const parties = new Set(cell.segments.map((s) => s.owner));
      ordinals[party] += 1;
      rows.push({
        key: rowKey(party, ordinals[party]),
        title: rowTitle,
        owner: parties.size > 1 ? "shared" : (cell.segments[0]?.owner ?? party),
        text: cell.text,
        segments: cell.segments,
        links: cell.links,
        citation: {
          file,
          locale,
          table: tableNumber,
          row: rows.length + 1,
          line: rawRow.line,
          heading,
          url: anchor ? `${articleUrl}#${anchor}` : articleUrl,
          date,
          pageTitle: title,
          machineTranslated,
        },
      });
    }
    if (!rows.length) {
      warn(raw.line, parseMessages.tableWithoutRows);
      return;
    }
    tables.push({ owner: party, heading, anchor, line: raw.line, rows });
  });
  if (!tables.length) return fail(located[0]?.raw.line ?? 1, parseMessages.noTable);

  const page: Page = {
    file,
    locale,
    language,
    title,
    description: cleanInline(frontMatterText(meta, "description") ?? ""),
    articleUrl,
    date,
    machineTranslated,
    frontMatter: meta,
    sections,
    tables,
    warnings,
  };
  return { ok: true, page, warnings };
}
