// What `knowledge check` prints: the JSON document other tools read, and a summary people read.
import type { Diagnostic, KnowledgeBase, Page } from "../types";

export function toCheckJson(knowledge: KnowledgeBase) {
  return {
    files: knowledge.pages.map((page) => ({
      file: page.file,
      locale: page.locale,
      title: page.title,
      articleUrl: page.articleUrl,
      date: page.date,
      tables: page.tables.map((table) => ({
        owner: table.owner,
        heading: table.heading,
        rows: table.rows.map((row) => ({
          key: row.key,
          title: row.title,
          owner: row.owner,
          text: row.text,
          segments: row.segments.map((s) => ({ owner: s.owner, text: s.text })),
          links: row.links.map((l) => ({ text: l.text, url: l.url })),
          citation: row.citation,
        })),
      })),
      warnings: page.warnings,
    })),
    errors: knowledge.errors,
  };
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.message}`;
}

function formatPage(page: Page): string[] {
  const lines = [
    `${page.file}  ${page.locale}  ${page.date ?? "no date"}${page.machineTranslated ? "  machine translated" : ""}`,
    `  ${page.title}`,
    `  ${page.articleUrl}`,
  ];
  page.tables.forEach((table, i) => {
    lines.push(`  Table ${i + 1}: ${table.heading} (${table.owner}, ${table.rows.length} rows, line ${table.line})`);
    const width = Math.max(...table.rows.map((r) => r.key.length));
    for (const row of table.rows) {
      const links = row.links.length ? `  [${row.links.length} link${row.links.length > 1 ? "s" : ""}]` : "";
      lines.push(`    ${row.key.padEnd(width)}  ${row.owner.padEnd(9)}  ${row.title}${links}`);
    }
  });
  lines.push(page.warnings.length ? `  ${page.warnings.length} warning(s):` : "  no warnings");
  lines.push(...page.warnings.map((w) => `    ${formatDiagnostic(w)}`));
  return lines;
}

export function formatCheckSummary(knowledge: KnowledgeBase): string {
  const lines = knowledge.pages.flatMap((page) => [...formatPage(page), ""]);
  if (knowledge.errors.length) lines.push("Errors:", ...knowledge.errors.map((e) => `  ${formatDiagnostic(e)}`));
  const total = knowledge.pages.length + knowledge.errors.length;
  lines.push(`${knowledge.pages.length} of ${total} file(s) parsed`);
  return lines.join("\n");
}
