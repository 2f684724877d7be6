// The YAML front matter between the opening and closing "---" lines, read with a real YAML parser.
import { parseDocument } from "yaml";
import { parseMessages } from "./parseMessages";

export type FrontMatterResult =
  | { ok: true; data: Record<string, unknown>; present: boolean; bodyStart: number }
  | { ok: false; line: number; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads the front matter of a page split into lines; bodyStart is the 0-based index of the first body line. */
export function parseFrontMatter(lines: readonly string[]): FrontMatterResult {
  if (lines[0]?.trim() !== "---") return { ok: true, data: {}, present: false, bodyStart: 0 };
  const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  if (close < 0) return { ok: false, line: 1, message: parseMessages.frontMatterNotClosed };
  const doc = parseDocument(lines.slice(1, close).join("\n"), { uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const line = (error.linePos?.[0]?.line ?? 1) + 1;
    return { ok: false, line, message: parseMessages.frontMatterYaml((error.message.split("\n")[0] ?? error.code).replace(/\s+at line \d+, column \d+:?$/, "")) };
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { ok: true, data: {}, present: true, bodyStart: close + 1 };
  if (!isRecord(data)) return { ok: false, line: 2, message: parseMessages.frontMatterNotMapping };
  return { ok: true, data, present: true, bodyStart: close + 1 };
}

/** A front matter value as text: strings as they are, lists joined, numbers and dates printed. */
export function frontMatterText(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(String).join(", ") || undefined;
  return undefined;
}

/** Published files write dates as MM/DD/YYYY; some as YYYY-MM-DD. Returns yyyy-mm-dd, or null when it is neither. */
export function toIsoDate(value: string): string | null {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(value.trim());
  const [year, month, day] = us ? [us[3], us[1], us[2]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return date.toISOString().slice(0, 10);
}
