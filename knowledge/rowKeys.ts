// Stable row keys across locales, and a cross-check that rows sharing a key mean the same thing.
import { parseMessages } from "./parseMessages";
import { pathWithoutLocale } from "./resolveLink";
import type { Diagnostic, Page, Party, Row } from "./types";

/**
 * Machine translations keep the table structure, so the same table party and the same position
 * is the same row in every locale: "microsoft-3" is the third row of Microsoft's table.
 * The ordinal counts rows of that party's tables, so two tables of one party cannot collide.
 */
export function rowKey(party: Party, ordinal: number): string {
  return `${party}-${ordinal}`;
}

function linkTargets(row: Row): Set<string> {
  return new Set(row.links.map((link) => pathWithoutLocale(link.url)));
}

/**
 * Position is a guess that a reordered or edited translation would break. Links are the one part
 * of a row that translation leaves alone, so two rows with the same key whose links point to
 * entirely different pages are flagged (rows without links cannot be checked and are not).
 */
export function crossCheckKeys(pages: readonly Page[]): Diagnostic[] {
  const first = new Map<string, Row>();
  const warnings: Diagnostic[] = [];
  for (const page of pages) {
    // Only translations of one article are compared: same URL once the locale is taken out.
    const article = pathWithoutLocale(page.articleUrl);
    for (const row of page.tables.flatMap((t) => t.rows)) {
      const earlier = first.get(`${article} ${row.key}`);
      if (!earlier) {
        first.set(`${article} ${row.key}`, row);
        continue;
      }
      const mine = linkTargets(row);
      const theirs = linkTargets(earlier);
      if (!mine.size || !theirs.size || [...mine].some((target) => theirs.has(target))) continue;
      warnings.push({
        file: row.citation.file,
        line: row.citation.line,
        message: parseMessages.keyMismatch(row.key, earlier.citation.file, earlier.citation.line),
      });
    }
  }
  return warnings;
}
