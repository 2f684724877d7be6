// The search index over the rows of one language: each row's title and each of its statements is a
// unit, so a match on a statement answers with that statement's party.
import type { Owner, Page, Row } from "./types";
import { createCompoundSplitter } from "./text/compounds";
import type { LanguageTools } from "./text/languages";
import { foldText, tokenize } from "./text/normalize";
import { createTypoCorrector, defaultTypoSettings, type Correction, type TypoSettings } from "./typoCorrector";

export interface IndexedUnit {
  row: Row;
  page: Page;
  /** -1 for the row title, else the index of the statement in row.segments. */
  segment: number;
  owner: Owner;
  /** Stem -> weight: 1 for a word of the text, less for a part of a compound. */
  terms: ReadonlyMap<string, number>;
}

/** One word of the question and the stems that may stand for it, each with a weight (0..1]. */
export interface QueryGroup {
  word: string;
  alternatives: ReadonlyMap<string, number>;
}

/**
 * A row the question touches, with what its units carry. A unit's coverage is the share of the question's
 * weight it carries (0..1); its focus the share of its own weight the question touches (a title named in
 * full has focus 1).
 */
export interface RowMatch {
  row: Row;
  page: Page;
  /** Per word group, the most of it any unit of the row carries, weighted and summed over the groups: 0..1. */
  pooled: number;
  /** The best unit by coverage × (1 − focusShare + focusShare × focus). */
  focused: number;
  /** Coverage of the row's title unit (0 when the title does not match). */
  titleCoverage: number;
  /** The unit that carries most of the question; the title wins a tie, then the earlier statement. */
  top: IndexedUnit;
  /** The statement that carries most of the question, to quote when the title is the top unit. */
  bestStatement: IndexedUnit | undefined;
}

export interface SearchSettings extends TypoSettings {
  /** A compound part stands for its compound with this weight. */
  compoundPartWeight: number;
  /** Shortest stem that may match longer stems by prefix or suffix. */
  minAffixLength: number;
  /** Weight of a word that matches nothing, as a share of the rarest word's weight. */
  unknownWordWeight: number;
  /** Groups whose best weight is below this share of the question's strongest group only rescore candidates. */
  candidateGroupShare: number;
  /** Rows whose best unit's coverage is below this share of the best unit's are left out of ranking. */
  keepShare: number;
  /** How much a unit's score depends on its focus (the share of its own words the question names). */
  focusShare: number;
}

/** A word of a multi-word phrase counts for a little less than a single-word match. */
const phraseWordWeight = 0.85;

/** Words of a question beyond this many are ignored (a question, not a document). */
const maxGroups = 24;

export const defaultSearchSettings: Readonly<SearchSettings> = Object.freeze({
  compoundPartWeight: 0.9,
  minAffixLength: 4,
  ...defaultTypoSettings,
  unknownWordWeight: 0.8,
  candidateGroupShare: 0.35,
  keepShare: 0.5,
  focusShare: 0.1,
});

export interface SearchIndex {
  language: string;
  tools: LanguageTools;
  /** Folded words of the indexed text (for language detection and typo repair). */
  vocabulary: ReadonlySet<string>;
  /** Stems with their weights for one word of text in this language (the word, or its compound parts). */
  stemsOf(word: string): Map<string, number>;
  /**
   * Stems of a list of words and short phrases (a lexicon entry) in this language, each with 1, or less
   * for a word of a longer phrase. Cached per list: the lexicon's lists are read on every question.
   */
  phraseStems(phrases: readonly string[]): ReadonlyMap<string, number>;
  /** Whether a stem occurs in the index as it is. */
  hasStem(stem: string): boolean;
  /** Whether a stem occurs in the index, as it is or as the start or end of a longer stem. */
  matchesStem(stem: string): boolean;
  /** Words of the vocabulary close to a misspelt word, with a similarity 0..1. */
  correct(word: string): readonly Correction[];
  search(groups: readonly QueryGroup[]): SearchOutcome;
}

export interface SearchOutcome {
  /** The rows that can be the answer, in the order the search reached them. */
  rows: RowMatch[];
}

/** A group's terms in the index with the weight each carries for it, and the group's idf weight. */
interface GroupHits {
  hits: ReadonlyMap<string, number>;
  weight: number;
}

interface TermHit {
  term: string;
  similarity: number;
}

/**
 * `knownWords` are words of the language known from elsewhere (the lexicon): they help cut
 * compounds whose parts the pages never use alone ("veiligheids|bewaking").
 */
export function createSearchIndex(
  pages: readonly Page[],
  tools: LanguageTools,
  settings: Readonly<SearchSettings> = defaultSearchSettings,
  knownWords: Iterable<string> = [],
): SearchIndex {
  const lowerWords = new Set<string>();
  const stemSet = new Set<string>();
  const rowTexts: Array<{ page: Page; row: Row }> = pages.flatMap((page) => page.tables.flatMap((t) => t.rows.map((row) => ({ page, row }))));
  /** The words of a text that can carry meaning: two letters or more, not stop words. */
  const contentWords = (text: string) => tokenize(text).filter((word) => word.length >= 2 && !tools.isStop(word));
  for (const { row } of rowTexts) {
    for (const word of contentWords(`${row.title} ${row.text}`)) {
      lowerWords.add(word);
      stemSet.add(tools.stem(word));
    }
  }
  const partWords = new Set(lowerWords);
  const partStems = new Set(stemSet);
  for (const word of knownWords) {
    partWords.add(word);
    partStems.add(tools.stem(word));
  }
  const isWord = (part: string) =>
    part.length >= 3 && !tools.isStop(part) && (partWords.has(part) || partStems.has(tools.stem(part)));
  const splitter = createCompoundSplitter(isWord, tools.linkers);

  const stemsOf = (word: string): Map<string, number> => {
    const stems = new Map<string, number>([[tools.stem(word), 1]]);
    for (const part of splitter.split(word) ?? []) {
      const stem = tools.stem(part);
      if (!stems.has(stem)) stems.set(stem, settings.compoundPartWeight);
    }
    return stems;
  };

  const unitTerms = (text: string): Map<string, number> => {
    const terms = new Map<string, number>();
    for (const word of contentWords(text)) {
      for (const [stem, weight] of stemsOf(word)) terms.set(stem, Math.max(terms.get(stem) ?? 0, weight));
    }
    return terms;
  };

  const units: IndexedUnit[] = [];
  /** Per unit: the ordinal of its row, so that whole rows can be kept or left out together. */
  const unitRows: number[] = [];
  /** Per unit: the idf mass of its own terms, to tell a focused match from a passing mention. */
  const mass: number[] = [];
  rowTexts.forEach(({ page, row }, ordinal) => {
    units.push({ row, page, segment: -1, owner: row.owner, terms: unitTerms(row.title) });
    row.segments.forEach((segment, i) => units.push({ row, page, segment: i, owner: segment.owner, terms: unitTerms(segment.text) }));
    while (unitRows.length < units.length) unitRows.push(ordinal);
  });

  const postings = new Map<string, number[]>();
  const weightLists = new Map<string, number[]>();
  units.forEach((unit, id) => {
    for (const [term, weight] of unit.terms) {
      const list = postings.get(term);
      if (list) {
        list.push(id);
        weightLists.get(term)!.push(weight);
      } else {
        postings.set(term, [id]);
        weightLists.set(term, [weight]);
      }
    }
  });
  const postingWeights = new Map<string, Float64Array>();
  for (const [term, list] of weightLists) postingWeights.set(term, Float64Array.from(list));
  const idf = new Map<string, number>();
  for (const [term, list] of postings) idf.set(term, Math.log(1 + units.length / list.length));
  for (const unit of units) {
    let sum = 0;
    for (const [term, weight] of unit.terms) sum += weight * (idf.get(term) ?? 0);
    mass.push(sum);
  }
  const maxIdf = Math.log(1 + units.length);
  const sortedStems = [...postings.keys()].sort();
  const reversedStems = sortedStems.map(reverse).sort();

  const vocabulary = new Set([...lowerWords].map(foldText));
  const corrector = createTypoCorrector(lowerWords, settings);

  // The index never changes, so what a stem matches never does: remember it (bounded).
  const hitCache = new Map<string, readonly TermHit[]>();
  const hitsFor = (stem: string): readonly TermHit[] => {
    const known = hitCache.get(stem);
    if (known) return known;
    const hits = findHits(stem);
    if (hitCache.size < 50_000) hitCache.set(stem, hits);
    return hits;
  };

  const findHits = (stem: string): TermHit[] => {
    const hits: TermHit[] = [];
    if (postings.has(stem)) hits.push({ term: stem, similarity: 1 });
    if (stem.length >= settings.minAffixLength) {
      // Longer words that start with the stem: inflections the stemmer missed, compound modifiers.
      for (let i = lowerBound(sortedStems, stem); i < sortedStems.length && sortedStems[i]!.startsWith(stem); i++) {
        const term = sortedStems[i]!;
        if (term !== stem) hits.push({ term, similarity: prefixSimilarity(stem, term) });
      }
    }
    // Shorter stems that start the stem: inflections the stemmer left longer ("konferensrumm").
    for (let k = stem.length - 1; k >= Math.max(6, Math.ceil(stem.length * 0.75)); k--) {
      const term = stem.slice(0, k);
      if (postings.has(term)) hits.push({ term, similarity: 0.5 + 0.45 * (k / stem.length) });
    }
    if (stem.length >= settings.minAffixLength + 1) {
      // Longer words that end with the stem: the head of a compound carries its meaning.
      const reversed = reverse(stem);
      for (let i = lowerBound(reversedStems, reversed); i < reversedStems.length && reversedStems[i]!.startsWith(reversed); i++) {
        const term = reverse(reversedStems[i]!);
        if (term !== stem) hits.push({ term, similarity: 0.5 + 0.4 * (stem.length / term.length) });
      }
    }
    return hits;
  };

  // Scratch space reused by every search (one search runs at a time). Units and rows the search reaches get
  // dense local numbers in the order it reaches them, so what it keeps per unit and group (the share of the
  // group the unit carries, the idf mass of the term that carried it) and per row sits close together.
  const seen = new Int32Array(units.length);
  const unitLocal = new Int32Array(units.length);
  const rowSeen = new Int32Array(rowTexts.length);
  const rowLocal = new Int32Array(rowTexts.length);
  const keptRows = new Int32Array(rowTexts.length);
  let shares = new Float64Array(1024);
  let masses = new Float64Array(1024);
  let coverages = new Float64Array(256);
  // Per reached row: the most of each group, the best focused value, the title's coverage, and the top
  // unit and best statement (local unit numbers, into the units reached; -1: none yet).
  let rowGroupMax = new Float64Array(1024);
  let rowFocused = new Float64Array(256);
  let rowTitle = new Float64Array(256);
  let rowTop = new Int32Array(256);
  let rowStatement = new Int32Array(256);
  let searchStamp = 0;
  const unitSegment = Int32Array.from(units, (unit) => unit.segment);

  /** The array itself when it holds `size`, else a larger copy. */
  function room<T extends Float64Array | Int32Array>(array: T, size: number): T {
    if (size <= array.length) return array;
    const larger = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
    larger.set(array);
    return larger;
  }

  /** A group's terms and weight, once per group object: word groups are shared between questions (buildQuery). */
  const groupHitCache = new WeakMap<QueryGroup, GroupHits>();
  const groupHitsFor = (group: QueryGroup): GroupHits => {
    let found = groupHitCache.get(group);
    if (!found) groupHitCache.set(group, (found = findGroupHits(group)));
    return found;
  };
  const findGroupHits = (group: QueryGroup): GroupHits => {
    const hits = new Map<string, number>();
    for (const [stem, altWeight] of group.alternatives) {
      for (const hit of hitsFor(stem)) {
        const value = altWeight * hit.similarity;
        if (value > (hits.get(hit.term) ?? 0)) hits.set(hit.term, value);
      }
    }
    // A word weighs its own rarity: the idf over the units that its best matches occur in.
    let quality = 0;
    for (const value of hits.values()) quality = Math.max(quality, value);
    let df = 0;
    for (const [term, value] of hits) if (value >= quality - 0.15) df += postings.get(term)?.length ?? 0;
    const weight = hits.size > 0 ? Math.log(1 + units.length / Math.min(units.length, df)) : maxIdf * settings.unknownWordWeight;
    return { hits, weight };
  };

  const search = (allGroups: readonly QueryGroup[]): SearchOutcome => {
    const groups = allGroups.slice(0, maxGroups);
    const groupHits = groups.map(groupHitsFor);
    const weights = groupHits.map((g) => g.weight);
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (total === 0) return { rows: [] };
    const strongest = Math.max(...groupHits.filter((g) => g.hits.size > 0).map((g) => g.weight), 0);

    // Term at a time over the posting lists. Only informative words bring in candidates; common
    // words only add to the units already in (they would otherwise touch most of the corpus).
    const stamp = ++searchStamp;
    const width = groups.length;
    const touched: number[] = [];
    const order = groupHits.map((g, i) => ({ g, i, brings: g.hits.size > 0 && g.weight >= strongest * settings.candidateGroupShare }));
    order.sort((a, b) => Number(b.brings) - Number(a.brings));
    for (const { g, i, brings } of order) {
      for (const [term, value] of g.hits) {
        const list = postings.get(term);
        const termWeights = postingWeights.get(term);
        if (!list || !termWeights) continue;
        const termIdf = idf.get(term) ?? 0;
        for (let k = 0; k < list.length; k++) {
          const id = list[k]!;
          let base: number;
          if (seen[id] === stamp) base = unitLocal[id]! * width;
          else {
            if (!brings) continue;
            seen[id] = stamp;
            unitLocal[id] = touched.length;
            base = touched.length * width;
            touched.push(id);
            shares = room(shares, base + width);
            masses = room(masses, base + width);
            for (let slot = base; slot < base + width; slot++) {
              shares[slot] = 0;
              masses[slot] = 0;
            }
          }
          const share = value * termWeights[k]!;
          if (share > shares[base + i]!) {
            shares[base + i] = share;
            masses[base + i] = termWeights[k]! * termIdf;
          }
        }
      }
    }

    coverages = room(coverages, touched.length);
    let best = 0;
    for (let n = 0; n < touched.length; n++) {
      let carried = 0;
      for (let g = 0; g < width; g++) carried += shares[n * width + g]! * weights[g]!;
      const coverage = carried / total;
      coverages[n] = coverage;
      if (coverage > best) best = coverage;
    }
    // Rows whose best unit is far below the best cannot become the answer: leave them out of ranking.
    // A row that stays keeps all its units, weak ones too: they add to what the whole row carries.
    const keep = best * settings.keepShare;
    for (let n = 0; n < touched.length; n++) if (coverages[n]! >= keep) keptRows[unitRows[touched[n]!]!] = stamp;

    const focusShare = settings.focusShare;
    const reached: number[] = [];
    for (let n = 0; n < touched.length; n++) {
      const id = touched[n]!;
      const r = unitRows[id]!;
      if (keptRows[r] !== stamp) continue;
      const coverage = coverages[n]!;
      let row: number;
      if (rowSeen[r] === stamp) row = rowLocal[r]!;
      else {
        rowSeen[r] = stamp;
        row = rowLocal[r] = reached.length;
        reached.push(r);
        rowGroupMax = room(rowGroupMax, (row + 1) * width);
        rowFocused = room(rowFocused, row + 1);
        rowTitle = room(rowTitle, row + 1);
        rowTop = room(rowTop, row + 1);
        rowStatement = room(rowStatement, row + 1);
        for (let slot = row * width; slot < (row + 1) * width; slot++) rowGroupMax[slot] = 0;
        rowFocused[row] = 0;
        rowTitle[row] = 0;
        rowTop[row] = n;
        rowStatement[row] = -1;
      }
      let matchedMass = 0;
      for (let g = 0; g < width; g++) {
        const share = shares[n * width + g]!;
        if (share > rowGroupMax[row * width + g]!) rowGroupMax[row * width + g] = share;
        matchedMass += masses[n * width + g]!;
      }
      const focus = mass[id]! > 0 ? Math.min(1, matchedMass / mass[id]!) : 0;
      const focused = coverage * (1 - focusShare + focusShare * focus);
      if (focused > rowFocused[row]!) rowFocused[row] = focused;
      // rowTop and rowStatement hold local unit numbers (into touched and coverages).
      const segment = unitSegment[id]!;
      if (segment < 0) rowTitle[row] = coverage;
      else if (rowStatement[row]! < 0 || coverage > coverages[rowStatement[row]!]!) rowStatement[row] = n;
      const top = rowTop[row]!;
      const d = coverage - coverages[top]!;
      if (d > 1e-9 || (Math.abs(d) <= 1e-9 && segment < unitSegment[touched[top]!]!)) rowTop[row] = n;
    }

    const rows = reached.map((r, row): RowMatch => {
      let pooled = 0;
      for (let g = 0; g < width; g++) pooled += weights[g]! * rowGroupMax[row * width + g]!;
      const { row: found, page } = rowTexts[r]!;
      const statement = rowStatement[row]!;
      return {
        row: found,
        page,
        pooled: pooled / total,
        focused: rowFocused[row]!,
        titleCoverage: rowTitle[row]!,
        top: units[touched[rowTop[row]!]!]!,
        bestStatement: statement < 0 ? undefined : units[touched[statement]!],
      };
    });
    return { rows };
  };

  const phraseStemCache = new WeakMap<readonly string[], ReadonlyMap<string, number>>();
  const phraseStems = (phrases: readonly string[]): ReadonlyMap<string, number> => {
    let stems = phraseStemCache.get(phrases);
    if (!stems) {
      const built = new Map<string, number>();
      for (const phrase of phrases) {
        const words = tokenize(phrase).filter((w) => !tools.isStop(w));
        const weight = words.length > 1 ? phraseWordWeight : 1;
        for (const word of words) built.set(tools.stem(word), Math.max(built.get(tools.stem(word)) ?? 0, weight));
      }
      phraseStemCache.set(phrases, (stems = built));
    }
    return stems;
  };

  return {
    language: tools.language,
    phraseStems,
    tools,
    vocabulary,
    stemsOf,
    hasStem: (stem) => postings.has(stem),
    matchesStem: (stem) => postings.has(stem) || hitsFor(stem).length > 0,
    correct: corrector.correct,
    search,
  };

  function reverse(s: string): string {
    return [...s].reverse().join("");
  }
}

/** A long shared start is no coincidence; a short one ("säker" in "säkerställa") may be. */
function prefixSimilarity(stem: string, term: string): number {
  const ratio = stem.length / term.length;
  return 0.5 + 0.45 * (stem.length >= 8 ? Math.sqrt(ratio) : ratio);
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
