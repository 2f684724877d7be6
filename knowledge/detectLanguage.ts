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
}

/**
 * Scores each profile by stop words and known words; ties are left undecided. A word known in several
 * languages ("Windows", or English words a translated page keeps) counts for each of them only in part.
 */
export function detectLanguage(question: string, profiles: readonly LanguageProfile[]): DetectedLanguage {
  const words = tokenize(question);
  const foldedWords = words.map(foldText);
  const evidence = (profile: LanguageProfile, folded: string) => (profile.stopWords.has(folded) ? 1 : profile.vocabulary.has(folded) ? 1.5 : 0);
  const sharedBy = foldedWords.map((folded) => profiles.reduce((n, profile) => n + (evidence(profile, folded) > 0 ? 1 : 0), 0));
  const scores = profiles.map((profile) => {
    let score = 0;
    foldedWords.forEach((folded, i) => {
      score += evidence(profile, folded) / Math.max(1, sharedBy[i]!);
    });
    const hint = letterHints[profile.language];
    if (hint) for (const word of words) if (hint.test(word)) score += 0.75;
    return { language: profile.language, score };
  });
  scores.sort((a, b) => b.score - a.score);
  const [first, second] = scores;
  if (!first || first.score === 0) return { language: undefined };
  return first.score > (second?.score ?? 0) ? { language: first.language } : { language: undefined };
}
