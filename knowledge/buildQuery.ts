// Reads a question into word groups for the index of the answering language: each content word
// becomes a group of stems that may stand for it (its own stem, its compound parts, lexicon synonyms
// or translations, spelling repairs), each with a weight.
import type { Lexicon, LexiconConcept } from "./lexicon";
import type { QueryGroup, SearchIndex } from "./searchIndex";
import type { LanguageTools } from "./text/languages";
import { tokenize } from "./text/normalize";
import type { TypoCorrector } from "./typoCorrector";

export interface QueryContext {
  /** Tools of the language the question is written in. */
  asked: LanguageTools;
  /** Index of the language that answers. */
  index: SearchIndex;
  lexicon: Lexicon;
  /** Spelling repair in the question's language when it has no index of its own (English over a Swedish page). */
  corrector: TypoCorrector | undefined;
  /** Spelling repair towards the question language's stop words. */
  stopCorrector: TypoCorrector | undefined;
  synonymWeight: number;
  translationWeight: number;
  /**
   * What each word read as, for this pair of question and answer language: a word's groups depend only
   * on the word and the tools above, and askers use the same words again and again. Shared, never changed.
   */
  wordCache?: Map<string, readonly QueryGroup[]>;
}

const longestPhrase = 3;
/**
 * Words remembered per language pair before the cache starts over: about 1.4 KB each with what the index keeps
 * for them, so a flood of made-up words costs a few MB per pair at most.
 */
const maxCachedWords = 2_000;

export function buildQuery(question: string, context: QueryContext): QueryGroup[] {
  const { asked } = context;
  const words = tokenize(question).filter((w) => w.length >= 2 || /\p{N}/u.test(w));
  const isStop = asked.isStop;
  joinSeparableVerbs(words, context);
  const groups: QueryGroup[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = findPhrase(words, i, context, isStop);
    if (phrase) {
      // Each word of the phrase must be there, as itself or through what the phrase means.
      const meaning = expandConcepts(phrase.concepts, context);
      for (const w of phrase.words) if (!isStop(w)) groups.push({ word: w, alternatives: merge(ownStems(w, context), meaning) });
      i += phrase.words.length;
      continue;
    }
    const word = words[i++]!;
    if (!isStop(word)) groups.push(...cachedWordGroups(word, context));
  }
  return groups;
}

/**
 * Dutch and German split verbs in a sentence: "wie wijst gebruikers toe" asks about "toewijzen".
 * A particle joins the verb before it when the joined word is a word of the page or the lexicon; the particle goes.
 */
function joinSeparableVerbs(words: string[], context: QueryContext): void {
  const { index, asked } = context;
  if (asked.language !== index.language || asked.particles.size === 0) return;
  for (let p = words.length - 1; p > 0; p--) {
    if (!asked.particles.has(words[p]!)) continue;
    for (let v = p - 1; v >= 0; v--) {
      const joined = words[p]! + words[v]!;
      const stem = index.tools.stem(joined);
      if (index.hasStem(stem) || context.lexicon.conceptsOf(asked.language, [asked.stem(joined)]).length > 0) {
        words[v] = joined;
        words.splice(p, 1);
        break;
      }
    }
  }
}

function findPhrase(words: readonly string[], start: number, context: QueryContext, isStop: (w: string) => boolean) {
  for (let n = longestPhrase; n >= 2; n--) {
    const span = words.slice(start, start + n);
    if (span.length < n || isStop(span[0]!) || isStop(span[n - 1]!)) continue;
    const concepts = context.lexicon.conceptsOf(context.asked.language, span.map((w) => context.asked.stem(w)));
    if (concepts.length > 0) return { words: span, concepts };
  }
  return undefined;
}

function cachedWordGroups(word: string, context: QueryContext): readonly QueryGroup[] {
  const cache = context.wordCache;
  if (!cache) return wordGroups(word, context);
  let groups = cache.get(word);
  if (!groups) {
    groups = Object.freeze(wordGroups(word, context).map((group) => Object.freeze(group)));
    if (cache.size >= maxCachedWords) cache.clear();
    cache.set(word, groups);
  }
  return groups;
}

function wordGroups(word: string, context: QueryContext): QueryGroup[] {
  const { index, asked, lexicon } = context;
  const sameLanguage = asked.language === index.language;
  const own = ownStems(word, context);
  const full = index.tools.stem(word);
  const parts = sameLanguage ? [...index.stemsOf(word)].filter(([stem, weight]) => stem !== full && weight < 1).map(([stem]) => stem) : [];

  const shared = expandConcepts(lexicon.conceptsOf(asked.language, [asked.stem(word)]), context);
  if (!matchesAny(own, index) && !matchesAny(shared, index)) {
    const repaired = repairSpelling(word, context);
    if (repaired.size === 0 && (context.stopCorrector?.correct(word).length ?? 0) > 0) return [];
    for (const [stem, weight] of repaired) shared.set(stem, Math.max(shared.get(stem) ?? 0, weight));
  }

  if (parts.length < 2 || index.matchesStem(full)) return [{ word, alternatives: merge(own, shared) }];
  // A compound the page does not use asks for each of its parts: "säkerhetsövervakning" wants "säkerhet" and
  // "övervakning". Each part also stands for what the lexicon says it means ("internetverbinding": a connection).
  return parts.map((part) => ({
    word: `${word}:${part}`,
    alternatives: merge(merge(new Map([[part, 1], ...own]), shared), expandConcepts(lexicon.conceptsOf(asked.language, [part]), context)),
  }));
}

/** The word's own stem in the answering language: always when the languages agree, else when the index has it ("Intune", "VPN"). */
function ownStems(word: string, context: QueryContext): Map<string, number> {
  const { index, asked } = context;
  const full = index.tools.stem(word);
  return asked.language === index.language || index.matchesStem(full) ? new Map([[full, 1]]) : new Map();
}

function repairSpelling(word: string, context: QueryContext): Map<string, number> {
  const { index, asked, lexicon } = context;
  const repaired = new Map<string, number>();
  const add = (stem: string, weight: number) => repaired.set(stem, Math.max(repaired.get(stem) ?? 0, weight));
  for (const { word: fixed, similarity } of index.correct(word)) {
    for (const [stem, weight] of index.stemsOf(fixed)) add(stem, weight * similarity);
    for (const [stem, weight] of expandConcepts(lexicon.conceptsOf(index.language, [index.tools.stem(fixed)]), context)) add(stem, weight * similarity);
  }
  for (const { word: fixed, similarity } of context.corrector?.correct(word) ?? []) {
    for (const [stem, weight] of expandConcepts(lexicon.conceptsOf(asked.language, [asked.stem(fixed)]), context)) add(stem, weight * similarity);
  }
  return repaired;
}

/** The words of the answering language that the concepts stand for, as stems with weights. */
function expandConcepts(concepts: readonly LexiconConcept[], context: QueryContext): Map<string, number> {
  const { index } = context;
  const weight = context.asked.language === index.language ? context.synonymWeight : context.translationWeight;
  const stems = new Map<string, number>();
  for (const concept of concepts) {
    for (const [stem, share] of index.phraseStems(concept.words[index.language] ?? [])) {
      stems.set(stem, Math.max(stems.get(stem) ?? 0, weight * share));
    }
  }
  return stems;
}

function matchesAny(stems: ReadonlyMap<string, number>, index: SearchIndex): boolean {
  for (const stem of stems.keys()) if (index.matchesStem(stem)) return true;
  return false;
}

function merge(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const merged = new Map(a);
  for (const [stem, weight] of b) merged.set(stem, Math.max(merged.get(stem) ?? 0, weight));
  return merged;
}
