// Source normalisation and inline-markup removal: the text a person would read, nothing else.
import { decodeHtmlEntities } from "./htmlEntities";

// Invisible direction marks and zero-width characters: they break matching and mean nothing in text.
const invisible = /[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// No-break spaces of all widths (French pages use narrow ones before ":" and "?").
const noBreakSpaces = /[\u00a0\u2007\u202f]/g;

/** Whole-file normalisation that keeps line numbers: NFC, LF line ends, no BOM or direction marks, plain spaces. */
export function normalizeSource(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .replace(invisible, "")
    .replace(noBreakSpaces, " ")
    .replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ""));
}

const tag = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;

/** Inline markdown and HTML to plain text: emphasis, code, tags, escapes and entities removed, spaces collapsed. */
export function cleanInline(text: string): string {
  const plain = text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, "$1")
    .replace(/__(?=\S)([\s\S]*?\S)__/g, "$1")
    .replace(/(?<![\p{L}\p{N}*\\])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, "$1")
    .replace(/(?<![\p{L}\p{N}_\\])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, "$1")
    .replace(/`+([^`]*)`+/g, "$1")
    .replace(tag, " ")
    .replace(/\*\*/g, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, "$1");
  return decodeHtmlEntities(plain).replace(noBreakSpaces, " ").replace(invisible, "").replace(/\s+/g, " ").trim();
}
