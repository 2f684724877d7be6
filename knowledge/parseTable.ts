// Markdown pipe tables: recognised by their separator line, not by header words (headers have typos).

export interface RawRow {
  /** 1-based line of the row. */
  line: number;
  cells: string[];
}

export interface RawTable {
  /** 1-based line of the header row. */
  line: number;
  /** 0-based index of the last line of the table. */
  end: number;
  rows: RawRow[];
}

const separator = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;
// A description that stops at a line break continues on the next line (seen in published files).
const openEnd = /(?:<br\s*\/?>|<(?:ul|ol|li|p)(?:\s[^>]*)?>)\s*$/i;

/** Splits a table line at unescaped pipes (as GFM does, even inside code); leading and trailing pipes are optional. */
function splitCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === "\\" && line[i + 1] === "|") {
      cell += "|";
      i++;
    } else if (char === "|") {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  const trimmed = cells.map((c) => c.trim());
  if (trimmed.length > 1 && trimmed[0] === "" && /^\s*\|/.test(line)) trimmed.shift();
  if (trimmed.length > 1 && trimmed[trimmed.length - 1] === "" && /(?<!\\)\|\s*$/.test(line)) trimmed.pop();
  return trimmed;
}

export function hasPipe(line: string): boolean {
  return /(?<!\\)\|/.test(line);
}

function isSeparator(line: string): boolean {
  return separator.test(line) && (line.match(/-/g)?.length ?? 0) >= 3;
}

/** Reads the table whose header is at lines[index] (its separator follows it). */
export function readTable(lines: readonly string[], index: number): RawTable {
  const rows: RawRow[] = [];
  let i = index + 2;
  for (; i < lines.length; i++) {
    const text = lines[i] ?? "";
    if (!text.trim() || /^\s{0,3}#/.test(text)) break;
    const last = rows[rows.length - 1];
    if (!hasPipe(text)) {
      const lastCell = last?.cells[last.cells.length - 1];
      if (!last || lastCell === undefined || !openEnd.test(lastCell)) break;
      last.cells[last.cells.length - 1] = `${lastCell} ${text.trim()}`;
      continue;
    }
    rows.push({ line: i + 1, cells: splitCells(text) });
  }
  return { line: index + 1, end: i - 1, rows };
}

/** True when lines[index] is a table header: it has a pipe and the next line is a separator. */
export function isTableStart(lines: readonly string[], index: number): boolean {
  return hasPipe(lines[index] ?? "") && isSeparator(lines[index + 1] ?? "");
}
