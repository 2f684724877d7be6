// A large corpus built from the real pages: the same page in many locales and versions, as an
// organisation that keeps every published version of every translation would have.
import type { KnowledgeBase, Page, Row } from "../../knowledge/types";

const regions: Readonly<Record<string, readonly string[]>> = Object.freeze({
  sv: ["SE", "FI", "AX"],
  nl: ["NL", "BE", "SR", "AW", "CW"],
});

/** Copies of the pages until the corpus holds at least `rows` rows; each copy is another locale or version. */
export function buildSyntheticCorpus(base: KnowledgeBase, rows: number): KnowledgeBase {
  const pages: Page[] = [];
  let count = 0;
  for (let version = 0; count < rows; version++) {
    for (const page of base.pages) {
      if (count >= rows) break;
      const region = regions[page.language]?.[version % (regions[page.language]?.length ?? 1)] ?? "XX";
      const locale = `${page.language}-${region}`;
      const year = 2018 + Math.floor(version / 5);
      const copy = copyPage(page, locale, `${year}-0${1 + (version % 9)}-15`, version, rows - count);
      pages.push(copy);
      count += copy.tables.reduce((n, t) => n + t.rows.length, 0);
    }
  }
  return { pages, errors: [], warnings: [] };
}

function copyPage(page: Page, locale: string, date: string, version: number, room: number): Page {
  const file = page.file.replace(/\.[^.]+\.md$/, `.${locale}.v${version}.md`);
  let left = room;
  const tables = page.tables.map((table) => {
    const rows = table.rows.slice(0, Math.max(0, left)).map((row) => copyRow(row, file, locale, date, version));
    left -= rows.length;
    return { ...table, rows };
  });
  return { ...page, file, locale, date, tables };
}

// Later versions reword a little: statements rotate so that no two versions index identically.
function copyRow(row: Row, file: string, locale: string, date: string, version: number): Row {
  const shift = version % Math.max(1, row.segments.length);
  const segments = [...row.segments.slice(shift), ...row.segments.slice(0, shift)];
  return { ...row, segments, citation: { ...row.citation, file, locale, date } };
}
