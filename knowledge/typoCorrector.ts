// Spelling repair: trigrams narrow the vocabulary to a few candidates, Fuse scores them, and an
// edit-distance bound keeps short words from drifting. The only module besides the index that uses Fuse.
import Fuse from "fuse.js";
import { allowedTypos, editDistance } from "./text/editDistance";
import { foldText, trigrams } from "./text/normalize";

export interface TypoSettings {
  /** Fuse threshold for typo matches (0 exact .. 1 anything). */
  typoThreshold: number;
  /** Typo candidates must share at least this share of their trigrams with the word. */
  typoTrigramShare: number;
}

export const defaultTypoSettings: Readonly<TypoSettings> = Object.freeze({ typoThreshold: 0.34, typoTrigramShare: 0.3 });

export interface Correction {
  word: string;
  similarity: number;
}

export interface TypoCorrector {
  /** Words of the vocabulary close to a misspelt word (lower case, as in the vocabulary), best first. */
  correct(word: string): readonly Correction[];
}

/** Corrections remembered per corrector: askers misspell the same words, and the vocabulary is fixed. */
const maxRemembered = 2_000;

export function createTypoCorrector(words: Iterable<string>, settings: TypoSettings = defaultTypoSettings): TypoCorrector {
  const original = new Map<string, string>();
  for (const word of words) original.set(foldText(word), word);
  const byTrigram = new Map<string, string[]>();
  for (const folded of original.keys()) {
    for (const gram of new Set(trigrams(folded))) {
      const list = byTrigram.get(gram);
      if (list) list.push(folded);
      else byTrigram.set(gram, [folded]);
    }
  }
  const remembered = new Map<string, readonly Correction[]>();
  const search = (folded: string): readonly Correction[] => {
    const grams = new Set(trigrams(folded));
    const shared = new Map<string, number>();
    for (const gram of grams) for (const candidate of byTrigram.get(gram) ?? []) shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
    const candidates = [...shared]
      .filter(([candidate, count]) => count / Math.max(grams.size, candidate.length + 2) >= settings.typoTrigramShare)
      .map(([candidate]) => candidate);
    if (candidates.length === 0) return [];
    // Fuse (Bitap) ranks the candidates; an edit-distance bound keeps short words from drifting.
    const fuse = new Fuse(candidates, { includeScore: true, ignoreLocation: true, threshold: settings.typoThreshold, isCaseSensitive: true });
    return fuse
      .search(folded, { limit: 3 })
      .filter((r) => editDistance(r.item, folded) <= allowedTypos(folded.length))
      .map((r) => Object.freeze({ word: original.get(r.item) ?? r.item, similarity: 1 - (r.score ?? 1) }));
  };
  return {
    correct(word) {
      const folded = foldText(word);
      if (folded.length < 4) return [];
      let corrections = remembered.get(folded);
      if (corrections === undefined) {
        corrections = Object.freeze(search(folded));
        if (remembered.size >= maxRemembered) remembered.clear();
        remembered.set(folded, corrections);
      }
      return corrections;
    },
  };
}
