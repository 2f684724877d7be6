// The one module of knowledge/ that reads the file system: source pages in, a knowledge base out.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parseMessages } from "./parseMessages";
import { parsePage, type ParseOptions } from "./parsePage";
import { crossCheckKeys } from "./rowKeys";
import type { Diagnostic, KnowledgeBase, Page } from "./types";

/** Absolute path of knowledge/sources, where the published pages live. */
export const defaultSourcesDir = resolve(__dirname, "sources");

function readPage(path: string, options: ParseOptions): { page?: Page; error?: Diagnostic; warnings: Diagnostic[] } {
  const file = basename(path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: { file, line: 1, message: parseMessages.unreadable(reason) }, warnings: [] };
  }
  const result = parsePage(text, file, options);
  return result.ok ? { page: result.page, warnings: result.warnings } : { error: result.error, warnings: result.warnings };
}

/** Parses the given files; a file that fails becomes an entry in `errors` and the others still load. */
export function loadPageFiles(paths: readonly string[], options: ParseOptions = {}): KnowledgeBase {
  const pages: Page[] = [];
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  for (const path of paths) {
    const read = readPage(path, options);
    if (read.page) pages.push(read.page);
    if (read.error) errors.push(read.error);
    warnings.push(...read.warnings);
  }
  const crossLocale = crossCheckKeys(pages);
  for (const warning of crossLocale) pages.find((p) => p.file === warning.file)?.warnings.push(warning);
  return { pages, errors, warnings: [...warnings, ...crossLocale] };
}

/** Loads every *.md file of a folder, sorted by name. */
export function loadKnowledgeBase(dir: string = defaultSourcesDir, options: ParseOptions = {}): KnowledgeBase {
  const names = readdirSync(dir).filter((name) => name.toLowerCase().endsWith(".md")).sort();
  return loadPageFiles(names.map((name) => join(dir, name)), options);
}
