// Per-language resources from maintained packages: Snowball stemmers and stop-word lists (Orama).
import { stemmer as danishStem } from "@orama/stemmers/danish";
import { stemmer as dutchStem } from "@orama/stemmers/dutch";
import { stemmer as englishStem } from "@orama/stemmers/english";
import { stemmer as finnishStem } from "@orama/stemmers/finnish";
import { stemmer as frenchStem } from "@orama/stemmers/french";
import { stemmer as germanStem } from "@orama/stemmers/german";
import { stemmer as italianStem } from "@orama/stemmers/italian";
import { stemmer as norwegianStem } from "@orama/stemmers/norwegian";
import { stemmer as portugueseStem } from "@orama/stemmers/portuguese";
import { stemmer as russianStem } from "@orama/stemmers/russian";
import { stemmer as spanishStem } from "@orama/stemmers/spanish";
import { stemmer as swedishStem } from "@orama/stemmers/swedish";
import { stemmer as turkishStem } from "@orama/stemmers/turkish";
import { stopwords as danishStops } from "@orama/stopwords/danish";
import { stopwords as dutchStops } from "@orama/stopwords/dutch";
import { stopwords as englishStops } from "@orama/stopwords/english";
import { stopwords as finnishStops } from "@orama/stopwords/finnish";
import { stopwords as frenchStops } from "@orama/stopwords/french";
import { stopwords as germanStops } from "@orama/stopwords/german";
import { stopwords as italianStops } from "@orama/stopwords/italian";
import { stopwords as norwegianStops } from "@orama/stopwords/norwegian";
import { stopwords as portugueseStops } from "@orama/stopwords/portuguese";
import { stopwords as russianStops } from "@orama/stopwords/russian";
import { stopwords as spanishStops } from "@orama/stopwords/spanish";
import { stopwords as swedishStops } from "@orama/stopwords/swedish";
import { stopwords as turkishStops } from "@orama/stopwords/turkish";
import { foldText } from "./normalize";

export interface LanguageTools {
  language: string;
  /** Stem of a lower-case word, folded (no diacritics). */
  stem(word: string): string;
  /** Folded stop words, including the words every question about responsibility is framed with. */
  stopWords: ReadonlySet<string>;
  /** Whether a word (any case, diacritics or not) is one of the stop words. */
  isStop(word: string): boolean;
  /** Linking elements between the parts of a compound ("säkerhet-s-övervakning"). */
  linkers: readonly string[];
  /** Particles of separable verbs, written apart from their verb in a sentence ("wijst ... toe" = "toewijzen"). */
  particles: ReadonlySet<string>;
}

// Words that frame a question about who is responsible but say nothing about what; folded.
const questionFrame: Readonly<Record<string, readonly string[]>> = Object.freeze({
  en: ["who", "whom", "whose", "responsible", "responsibility", "responsibilities", "charge", "handles", "handle",
    "handling", "does", "takes", "care", "job", "task", "duty", "question", "please", "tell", "know", "want",
    "own", "owns", "owner", "owned", "accountable", "decides", "decide", "determines", "determine", "in", "we", "us", "our", "ours", "can", "could", "may", "might", "must", "should", "shall", "will", "would", "need", "needs"],
  sv: ["vem", "vems", "ansvarar", "ansvarig", "ansvariga", "ansvar", "ansvaret", "ansvarsomrade", "skoter", "sköter",
    "tar", "hand", "gor", "gör", "fraga", "fråga", "undrar", "vill", "veta", "snalla", "snälla", "hur", "vad",
    "äger", "äga", "ägare", "ägs", "bestämmer", "bestämma", "beslutar", "besluta", "avgör", "vi", "oss", "var", "vår", "vårt", "våra", "far", "får", "kan", "kunna", "maste", "måste", "ska", "skall", "bör", "behöver"],
  nl: ["wie", "wiens", "verantwoordelijk", "verantwoordelijke", "verantwoordelijkheid", "verantwoordelijkheden",
    "zorgt", "doet", "vraag", "graag", "weten", "wil", "welke", "wat", "hoe", "regelt",
    "eigenaar", "bezit", "beslist", "beslissen", "bepaalt", "bepalen", "we", "wij", "ons", "onze", "mogen", "mag", "kunnen", "kan", "moet", "moeten", "zal", "zullen", "hoeven", "nodig"],
  de: ["wer", "wem", "verantwortlich", "verantwortung", "zustandig", "zuständig", "kummert", "kümmert"],
  fr: ["qui", "responsable", "responsabilite", "responsabilité", "charge", "occupe"],
  es: ["quien", "quién", "responsable", "responsabilidad", "encarga"],
});

const linkers: Readonly<Record<string, readonly string[]>> = Object.freeze({
  sv: ["s", "e", "a", "u", "o"],
  nl: ["s", "en", "e", "n"],
  de: ["s", "es", "en", "n", "e"],
  da: ["s", "e"],
  no: ["s", "e"],
  nb: ["s", "e"],
  fi: [],
});

const separableParticles: Readonly<Record<string, readonly string[]>> = Object.freeze({
  nl: ["aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "terug", "toe", "uit", "vast", "voor", "weg"],
  de: ["ab", "an", "auf", "aus", "bei", "ein", "fest", "mit", "nach", "vor", "weg", "zu", "zurück"],
});

type Stemmer = (word: string) => string;

const stemmers: Readonly<Record<string, Stemmer>> = Object.freeze({
  da: danishStem, nl: dutchStem, en: englishStem, fi: finnishStem, fr: frenchStem, de: germanStem,
  it: italianStem, no: norwegianStem, nb: norwegianStem, nn: norwegianStem, pt: portugueseStem,
  ru: russianStem, es: spanishStem, sv: swedishStem, tr: turkishStem,
});

const stopLists: Readonly<Record<string, readonly string[]>> = Object.freeze({
  da: danishStops, nl: dutchStops, en: englishStops, fi: finnishStops, fr: frenchStops, de: germanStops,
  it: italianStops, no: norwegianStops, nb: norwegianStops, nn: norwegianStops, pt: portugueseStops,
  ru: russianStops, es: spanishStops, sv: swedishStops, tr: turkishStops,
});

/**
 * Dutch Snowball leaves verb endings and spelling alternations that split one word into several
 * stems ("beheer"/"beheert", "wijzen"/"wijst", "aanschaffen"/"aanschaft"): undouble vowels and a
 * final consonant, drop a final -t, and read z/v as s/f.
 */
function refineDutch(stem: string): string {
  let s = stem.replace(/([aeou])\1/g, "$1").replace(/([^aeiou])\1$/, "$1");
  if (s.length > 4 && s.endsWith("t") && !s.endsWith("tt")) s = s.slice(0, -1);
  return s.replace(/z$/, "s").replace(/v$/, "f");
}

/**
 * Swedish and Norwegian/Danish Snowball strip a genitive or linking -s and stop there, so
 * "säkerhets" stems to "säkerhet" while "säkerhet" stems to "säker": stem the word without the -s.
 */
function genitiveAware(stem: Stemmer): Stemmer {
  return (word) => {
    const first = stem(word);
    return word.length > 4 && word.endsWith("s") && first === word.slice(0, -1) ? stem(first) : first;
  };
}
const genitiveLanguages = new Set(["sv", "da", "no", "nb", "nn"]);

/** Tools for a language subtag; languages without a stemmer get identity stemming. */
export function createLanguageTools(language: string): LanguageTools {
  const base = stemmers[language];
  const stemmed = base ? (genitiveLanguages.has(language) ? genitiveAware(base) : base) : (w: string) => w;
  const refine = language === "nl" ? refineDutch : (s: string) => s;
  const stems = new Map<string, string>();
  const stopWords = new Set([...(stopLists[language] ?? []), ...(questionFrame[language] ?? [])].map(foldText));
  return {
    language,
    stem(word) {
      let s = stems.get(word);
      if (s === undefined) {
        s = foldText(refine(stemmed(word)));
        if (stems.size < 100_000) stems.set(word, s);
      }
      return s;
    },
    stopWords,
    isStop: (word) => stopWords.has(foldText(word)),
    linkers: linkers[language] ?? ["s"],
    particles: new Set(separableParticles[language] ?? []),
  };
}
