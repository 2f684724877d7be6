// Who is the subject of a statement: the party words of each language the page is published in.
import type { Party } from "./types";

interface PartyWords {
  /** Words and phrases that name the customer (whole words, case-insensitive). */
  customer: readonly string[];
  /** Pronouns with which Microsoft speaks of itself ("we"). */
  microsoft: readonly string[];
  /** Possessives that mark the customer's section heading ("your roles"). */
  possessive: readonly string[];
  /** Entries of the lists above that count only with exactly this case (German "Sie", not "sie"). */
  exactCase?: readonly string[];
}

const partyWords: Readonly<Record<string, PartyWords>> = Object.freeze({
  en: { customer: ["the customer", "customer", "customers", "you", "your organization", "your organisation"], microsoft: ["we"], possessive: ["your", "customer's"] },
  sv: { customer: ["kunden", "du", "ni", "din organisation", "er organisation"], microsoft: ["vi"], possessive: ["din", "dina", "ditt", "era", "kundens"] },
  nl: { customer: ["de klant", "klant", "u", "jij", "uw organisatie"], microsoft: ["wij", "we"], possessive: ["uw", "jouw"] },
  de: { customer: ["der Kunde", "Kunde", "Kunden", "Sie", "Ihre Organisation"], microsoft: ["wir"], possessive: ["Ihre", "Ihr"], exactCase: ["Sie", "Ihre", "Ihr"] },
  fr: { customer: ["le client", "client", "vous", "votre organisation"], microsoft: ["nous"], possessive: ["vos", "votre"] },
  es: { customer: ["el cliente", "cliente", "usted", "ustedes", "su organización"], microsoft: ["nosotros"], possessive: ["sus", "su"] },
  it: { customer: ["il cliente", "cliente", "voi", "la tua organizzazione", "la vostra organizzazione"], microsoft: ["noi"], possessive: ["tuoi", "vostri", "tue", "vostre"] },
  pt: { customer: ["o cliente", "cliente", "você", "vocês", "sua organização"], microsoft: ["nós"], possessive: ["suas", "seus", "sua"] },
  da: { customer: ["kunden", "du", "din organisation"], microsoft: ["vi"], possessive: ["dine", "din", "jeres"] },
  nb: { customer: ["kunden", "du", "organisasjonen din"], microsoft: ["vi"], possessive: ["dine", "din", "deres"] },
  fi: { customer: ["asiakas", "asiakkaan", "sinä", "organisaatiosi"], microsoft: ["me"], possessive: ["sinun", "asiakkaan"] },
  pl: { customer: ["klient", "klienta", "ty", "twoja organizacja"], microsoft: ["my"], possessive: ["twoje", "wasze", "klienta"] },
  cs: { customer: ["zákazník", "vy", "vaše organizace"], microsoft: ["my"], possessive: ["vaše", "vaše"] },
  tr: { customer: ["müşteri", "siz", "kuruluşunuz"], microsoft: ["biz"], possessive: ["sizin"] },
  ru: { customer: ["клиент", "вы", "ваша организация"], microsoft: ["мы"], possessive: ["ваши", "ваша", "ваш"] },
  ar: { customer: ["العميل", "أنت", "مؤسستك"], microsoft: ["نحن"], possessive: ["الخاصة بك"] },
  he: { customer: ["הלקוח", "אתה", "הארגון שלך"], microsoft: ["אנחנו"], possessive: ["שלך"] },
  ja: { customer: ["お客様", "顧客", "あなた"], microsoft: ["弊社"], possessive: ["お客様", "あなた"] },
  zh: { customer: ["客户", "客戶", "您", "你"], microsoft: ["我们", "我們"], possessive: ["您", "你"] },
  ko: { customer: ["고객", "귀하"], microsoft: ["저희"], possessive: ["고객", "귀하"] },
});

/** Languages written without spaces between words: party words match anywhere. */
const unspaced = new Set(["ja", "zh", "ko"]);

/** Names of Microsoft in any script; matched in every language. */
const microsoftNames = ["Microsoft", "マイクロソフト", "微软", "微軟", "마이크로소프트", "مايكروسوفت", "מיקרוסופט", "Майкрософт"];

/** Prefixes that negate a following "-Microsoft" ("non-Microsoft devices" are not Microsoft's). */
const negations = ["non", "icke", "niet", "nicht", "ikke", "ei", "não", "no", "nie", "ne", "не", "غير", "nem", "ej"];

/** "Microsoft" followed by one of these is a product name, not the party. */
const productWords = [
  "managed desktop", "365", "intune", "windows", "office", "defender", "teams", "azure", "endpoint", "entra", "edge",
  "store", "exchange", "sharepoint", "word", "excel", "powerpoint", "outlook", "onenote", "publisher", "access",
  "skype", "autopilot", "graph", "purview", "learn", "hanterat", "hanterade", "beheerd", "beheerde", "verwaltet",
];

/** Near "Microsoft Managed Desktop", these make it the Microsoft team that acts, not the product. */
const teamWords = /team(?!s\b)|operation|équipe|equipo|equipe|squadra|zespół|tiimi|ekip|команд|チーム|团队|團隊|팀|فريق|צוות/iu;

const letter = "[\\p{L}\\p{M}\\p{N}]";
const latin = "[\\p{Script=Latin}\\p{N}]";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function phrasePattern(phrase: string, spaced: boolean, exact: boolean): RegExp {
  const body = escapeRegExp(phrase).replace(/ /g, "\\s+");
  return new RegExp(spaced ? `(?<!${letter})${body}(?!${letter})` : body, exact ? "gu" : "giu");
}

const microsoftPattern = new RegExp(
  `(?<!(?:${negations.join("|")})[-–]|${latin})(?:${microsoftNames.join("|")})(?:s(?=\\s))?(?!${latin})`,
  "giu",
);
const productPattern = new RegExp(`^[\\s-]*(?:${productWords.map(escapeRegExp).map((w) => w.replace(/ /g, "\\s+")).join("|")})(?!${latin})`, "iu");
const managedDesktopPattern = /^[\s-]*(?:managed\s+desktop|hanterat\s+skrivbord)/iu;
const sentenceStop = /[.;:!?。；：！？]/u;

function clipBefore(text: string): string {
  const parts = text.split(sentenceStop);
  return parts[parts.length - 1] ?? "";
}

/** Position of each Microsoft mention: the company, or its Managed Desktop team; never a product or a negation. */
function microsoftMentions(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(microsoftPattern)) {
    const start = match.index;
    const rest = text.slice(start + match[0].length);
    if (!productPattern.test(rest)) {
      found.push(start);
      continue;
    }
    const product = managedDesktopPattern.exec(rest);
    if (!product) continue;
    const after = rest.slice(product[0].length, product[0].length + 30).split(sentenceStop)[0] ?? "";
    const before = clipBefore(text.slice(Math.max(0, start - 30), start));
    if (teamWords.test(after) || teamWords.test(before)) found.push(start);
  }
  return found;
}

export function wordsFor(language: string): PartyWords | undefined {
  return partyWords[language];
}

function firstMatch(text: string, phrases: readonly string[], words: PartyWords, language: string): number {
  const spaced = !unspaced.has(language);
  let first = -1;
  for (const phrase of phrases) {
    const match = phrasePattern(phrase, spaced, words.exactCase?.includes(phrase) ?? false).exec(text);
    if (match && (first < 0 || match.index < first)) first = match.index;
  }
  return first;
}

/** The party words of a language, English for a language without its own. */
const wordsOrEnglish = (language: string): PartyWords => partyWords[language] ?? partyWords.en!;

/** The party named first, given where each is first named (-1: not named); null when neither is. */
function firstParty(microsoft: number, customer: number): Party | null {
  if (microsoft < 0) return customer < 0 ? null : "customer";
  return customer >= 0 && customer < microsoft ? "customer" : "microsoft";
}

/** The party a statement names first, or null when it names none. */
export function findParty(text: string, language: string): Party | null {
  const words = wordsOrEnglish(language);
  const microsoft = [...microsoftMentions(text), firstMatch(text, words.microsoft, words, language)].filter((i) => i >= 0);
  return firstParty(microsoft.length ? Math.min(...microsoft) : -1, firstMatch(text, words.customer, words, language));
}

/** The party a bold phrase names when it is nothing but a party word ("**Microsoft**", "**Du**"). */
export function boldParty(bold: string, language: string): Party | null {
  const text = bold.trim();
  const words = wordsOrEnglish(language);
  const whole = (phrase: string) => (words.exactCase?.includes(phrase) ? text === phrase : text.toLowerCase() === phrase.toLowerCase());
  if (microsoftNames.some((name) => text.toLowerCase() === name.toLowerCase()) || words.microsoft.some(whole)) return "microsoft";
  if (words.customer.some(whole)) return "customer";
  return null;
}

// "Microsoft", "Microsoft's", "Microsofts" as a word of its own.
const microsoftGenitive = new RegExp(`(?<!${latin})(?:${microsoftNames.join("|")})(?:['’]?s)?(?!${latin})`, "iu");

/** The party a section heading is about: "Microsoft's roles" or "Your roles". */
export function headingParty(heading: string, language: string): Party | null {
  const words = wordsOrEnglish(language);
  const customer = firstMatch(heading, [...words.possessive, ...words.customer], words, language);
  const genitive = microsoftGenitive.exec(heading);
  const microsoft = genitive && !productPattern.test(heading.slice(genitive.index + genitive[0].length)) ? genitive.index : -1;
  return firstParty(microsoft, customer);
}

/** The party an English anchor slug names: "microsofts-roles-..." or "your-roles-...". */
export function anchorParty(anchor: string): Party | null {
  const slug = anchor.toLowerCase();
  if (/(?:^|-)microsoft/.test(slug)) return "microsoft";
  if (/(?:^|-)(?:your|customer|customers)(?:-|$)/.test(slug)) return "customer";
  return null;
}
