// Text normalisation shared by indexing and querying: both sides must fold text the same way.

const special: Readonly<Record<string, string>> = Object.freeze({
  ß: "ss", æ: "ae", ø: "o", œ: "oe", ð: "d", þ: "th", ł: "l", đ: "d", ı: "i",
});

// Plain ASCII is unchanged by every normalisation step below, so lower case alone folds it.
const plainAscii = /^[\x00-\x7f]*$/;

/** NFKC (full-width forms, ligatures), lower case, diacritics removed: "Användare" -> "anvandare". */
export function foldText(text: string): string {
  if (plainAscii.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[ßæøœðþłđı]/g, (c) => special[c] ?? c)
    .normalize("NFC");
}

/** Lower case and NFKC, diacritics kept: what the stemmers expect. */
function lowerText(text: string): string {
  return plainAscii.test(text) ? text.toLowerCase() : text.normalize("NFKC").toLowerCase();
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const cjkPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether the text holds a Chinese, Japanese or Korean character (scripts written without spaces). */
export const isCjk = (text: string): boolean => cjkPattern.test(text);

/**
 * Splits text into words (lower case, diacritics kept). Hyphenated words yield their parts;
 * CJK runs, which have no spaces, yield overlapping character pairs.
 */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  for (const match of lowerText(text).matchAll(wordPattern)) {
    const word = match[0].replace(/['’].*$/, "");
    if (isCjk(word)) words.push(...cjkBigrams(word));
    else words.push(word);
  }
  return words;
}

function cjkBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

/** Character trigrams of a folded word with boundary marks, for typo candidates. */
export function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}
