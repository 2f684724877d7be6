// Which language a short question is written in, among the languages the bot can read.
import { foldText, tokenize } from "./text/normalize";

export interface LanguageProfile {
  language: string;
  stopWords: ReadonlySet<string>;
  /** Folded words that occur in this language's pages or lexicon. */
  vocabulary: ReadonlySet<string>;
}

// Letters that occur in one candidate language and not the others; a weak hint, never decisive alone.
const letterHints: Readonly<Record<string, RegExp>> = Object.freeze({
  sv: /[åäö]/,
  nl: /ij|[ëï]/,
  de: /[ßü]/,
  da: /[æø]/,
  no: /[æø]/,
  fr: /[çèêàù]/,
  es: /[ñ¿¡]/,
});

export interface DetectedLanguage {
  language: string | undefined;
  /** Score margin of the winner over the runner-up; 0 when undecided. */
  margin: number;
}

/** Scores each profile by stop words and known words; ties are left undecided. */
export function detectLanguage(question: string, profiles: readonly LanguageProfile[]): DetectedLanguage {
  const words = tokenize(question);
  const foldedWords = words.map(foldText);
  const scores = profiles.map((profile) => {
    let score = 0;
    for (const folded of foldedWords) {
      if (profile.stopWords.has(folded)) score += 1;
      else if (profile.vocabulary.has(folded)) score += 1.5;
    }
    const hint = letterHints[profile.language];
    if (hint) for (const word of words) if (hint.test(word)) score += 0.75;
    return { language: profile.language, score };
  });
  scores.sort((a, b) => b.score - a.score);
  const [first, second] = scores;
  if (!first || first.score === 0) return { language: undefined, margin: 0 };
  const margin = first.score - (second?.score ?? 0);
  return margin > 0 ? { language: first.language, margin } : { language: undefined, margin: 0 };
}
