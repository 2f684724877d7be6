// The domain lexicon: words that mean the same thing in this domain, across languages.
import lexiconData from "./lexicon/domainLexicon.json";
import { tokenize } from "./text/normalize";

export interface LexiconConcept {
  concept: string;
  /** Words and short phrases per language subtag. */
  words: Readonly<Record<string, readonly string[]>>;
}

export interface Lexicon {
  concepts: readonly LexiconConcept[];
  /** Concepts that a word or phrase (lower case) of a language belongs to, matched on stems. */
  conceptsOf(language: string, stems: readonly string[]): readonly LexiconConcept[];
}

type Stem = (language: string, word: string) => string;

const phraseKey = (stems: readonly string[]) => stems.join(" ");

/** Builds lookups over the lexicon; `stem` is the same stemming the index uses. */
export function createLexicon(stem: Stem, concepts: readonly LexiconConcept[] = bundledConcepts()): Lexicon {
  const byLanguage = new Map<string, Map<string, LexiconConcept[]>>();
  for (const concept of concepts) {
    for (const [language, words] of Object.entries(concept.words)) {
      let index = byLanguage.get(language);
      if (!index) byLanguage.set(language, (index = new Map()));
      for (const word of words) {
        const key = phraseKey(tokenize(word).map((t) => stem(language, t)));
        const list = index.get(key) ?? [];
        if (!list.includes(concept)) list.push(concept);
        index.set(key, list);
      }
    }
  }
  return {
    concepts,
    conceptsOf: (language, stems) => byLanguage.get(language)?.get(phraseKey(stems)) ?? [],
  };
}

function bundledConcepts(): LexiconConcept[] {
  return lexiconData.concepts.map(({ concept, ...words }) => ({ concept, words }));
}
