// UI strings of every card and of the bot's own plain messages, in English, Swedish and Dutch.
// Placeholders are {name}; uiString fills them. A test checks that the three tables have the same keys.
import { primaryLanguage } from "../knowledge/text/locale";

export type UiLanguage = "en" | "sv" | "nl";

export const uiLanguages: readonly UiLanguage[] = ["en", "sv", "nl"];

const en = {
  appName: "Who does what in Microsoft Managed Desktop",
  partyMicrosoft: "Microsoft",
  partyCustomer: "Your organisation",
  partyShared: "Shared: Microsoft and your organisation",
  responsibleCaption: "Who is responsible",
  dependsBadge: "It depends: Microsoft and your organisation each do part",
  microsoftDoes: "What Microsoft does",
  customerDoes: "What your organisation does",
  youAsked: "You asked: ",
  statementHeading: "What the page says",
  wholeRowToggle: "Show or hide the whole row",
  wholeRowHeading: "The whole row",
  source: "Source: ",
  tableRow: "table {table}, row {row}",
  pageDate: "page date {date}",
  noPageDate: "the page has no date",
  machineTranslated: "This page is machine translated by Microsoft. If in doubt, the English original decides.",
  openArticle: "Open in the article",
  relatedArticles: "Read more",
  helpful: "Helpful",
  notHelpful: "Not helpful",
  showAsText: "Show as text",
  splitIntroShared: "This responsibility is shared. Each party does its own part:",
  splitTitleDepends: "It depends on what exactly you mean",
  splitIntroDepends: "The closest rows on the page give this to different parties:",
  choiceTitle: "Did you mean ...?",
  choiceIntro: "Several responsibilities fit your question. Choose the one you mean:",
  noAnswerTitle: "I could not find that on the page",
  noAnswerText: "The roles and responsibilities page has no row that answers this. Try other words, or browse all responsibilities.",
  relatedRows: "Perhaps one of these:",
  browse: "Browse all responsibilities",
  welcomeTitle: "Welcome! I tell you who is responsible for what",
  helpTitle: "What I can answer",
  helpText: "Ask me who is responsible for something in Microsoft Managed Desktop: Microsoft, your organisation, or both. I answer from the published Roles and responsibilities page and show the row I used, with a link to it.",
  tryAsking: "Try asking:",
  listTitle: "All responsibilities",
  listIntro: "{count} responsibilities from the page {page}. Select one to see what the page says.",
  groupCount: "{party} ({count})",
  summaryAnswer: "{party}: {title}",
  summarySplit: "Shared: {title}",
  summaryDepends: "It depends: Microsoft and your organisation each do part",
  summaryChoice: "Did you mean: {titles}?",
  summaryNoAnswer: "No answer found on the page",
  summaryHelp: "Ask who is responsible for what in Microsoft Managed Desktop",
  summaryList: "All responsibilities, grouped by party",
  speakAnswer: "{title}. Responsible: {party}. {statement}",
  textQuestion: "Question: {question}",
  textResponsible: "Responsible: {party}",
  textResponsibility: "Responsibility: {title}",
  textStatement: "The page says: {statement}",
  textSource: "Source: {page}, {place}, {date}",
  textMachineTranslated: "(machine translated page)",
  feedbackThanks: "Thank you for the feedback.",
  feedbackThanksNegative: "Thank you. I will use this to improve my answers.",
  rateLimited: "You are asking faster than I can answer. Please wait a moment and try again.",
  error: "Something went wrong on my side. Please try again.",
  emptyQuestion: "Ask me who is responsible for something, for example: {example}",
  rowNotFound: "That responsibility is no longer on the page.",
  exampleQuestion: "Who is responsible for {topic}?",
} as const;

export type UiStringKey = keyof typeof en;
export type UiStrings = Readonly<Record<UiStringKey, string>>;

const sv: UiStrings = {
  appName: "Vem gör vad i Microsoft Managed Desktop",
  partyMicrosoft: "Microsoft",
  partyCustomer: "Din organisation",
  partyShared: "Delat: Microsoft och din organisation",
  responsibleCaption: "Vem som ansvarar",
  dependsBadge: "Det beror på: Microsoft och din organisation gör var sin del",
  microsoftDoes: "Det här gör Microsoft",
  customerDoes: "Det här gör din organisation",
  youAsked: "Du frågade: ",
  statementHeading: "Det här står på sidan",
  wholeRowToggle: "Visa eller dölj hela raden",
  wholeRowHeading: "Hela raden",
  source: "Källa: ",
  tableRow: "tabell {table}, rad {row}",
  pageDate: "sidans datum {date}",
  noPageDate: "sidan har inget datum",
  machineTranslated: "Sidan är maskinöversatt av Microsoft. Vid tveksamhet gäller det engelska originalet.",
  openArticle: "Öppna i artikeln",
  relatedArticles: "Läs mer",
  helpful: "Till hjälp",
  notHelpful: "Inte till hjälp",
  showAsText: "Visa som text",
  splitIntroShared: "Ansvaret är delat. Var part gör sin egen del:",
  splitTitleDepends: "Det beror på vad du menar",
  splitIntroDepends: "De rader på sidan som passar bäst ger ansvaret till olika parter:",
  choiceTitle: "Menade du ...?",
  choiceIntro: "Flera ansvarsområden passar din fråga. Välj det du menar:",
  noAnswerTitle: "Jag hittade inte det på sidan",
  noAnswerText: "Sidan om roller och ansvar har ingen rad som svarar på det här. Försök med andra ord eller bläddra bland alla ansvarsområden.",
  relatedRows: "Kanske något av de här:",
  browse: "Bläddra bland alla ansvarsområden",
  welcomeTitle: "Välkommen! Jag berättar vem som ansvarar för vad",
  helpTitle: "Det här kan jag svara på",
  helpText: "Fråga mig vem som ansvarar för något i Microsoft Managed Desktop: Microsoft, din organisation eller båda. Jag svarar utifrån den publicerade sidan om roller och ansvar och visar raden jag använde, med en länk till den.",
  tryAsking: "Prova att fråga:",
  listTitle: "Alla ansvarsområden",
  listIntro: "{count} ansvarsområden från sidan {page}. Välj ett för att se vad sidan säger.",
  groupCount: "{party} ({count})",
  summaryAnswer: "{party}: {title}",
  summarySplit: "Delat: {title}",
  summaryDepends: "Det beror på: Microsoft och din organisation gör var sin del",
  summaryChoice: "Menade du: {titles}?",
  summaryNoAnswer: "Inget svar hittades på sidan",
  summaryHelp: "Fråga vem som ansvarar för vad i Microsoft Managed Desktop",
  summaryList: "Alla ansvarsområden, ordnade efter part",
  speakAnswer: "{title}. Ansvarig: {party}. {statement}",
  textQuestion: "Fråga: {question}",
  textResponsible: "Ansvarig: {party}",
  textResponsibility: "Ansvarsområde: {title}",
  textStatement: "Sidan säger: {statement}",
  textSource: "Källa: {page}, {place}, {date}",
  textMachineTranslated: "(maskinöversatt sida)",
  feedbackThanks: "Tack för din återkoppling.",
  feedbackThanksNegative: "Tack. Jag använder det för att förbättra mina svar.",
  rateLimited: "Du frågar snabbare än jag hinner svara. Vänta en stund och försök igen.",
  error: "Något gick fel hos mig. Försök igen.",
  emptyQuestion: "Fråga mig vem som ansvarar för något, till exempel: {example}",
  rowNotFound: "Det ansvarsområdet finns inte längre på sidan.",
  exampleQuestion: "Vem ansvarar för {topic}?",
};

const nl: UiStrings = {
  appName: "Wie doet wat in Microsoft Managed Desktop",
  partyMicrosoft: "Microsoft",
  partyCustomer: "Uw organisatie",
  partyShared: "Gedeeld: Microsoft en uw organisatie",
  responsibleCaption: "Wie is verantwoordelijk",
  dependsBadge: "Het hangt ervan af: Microsoft en uw organisatie doen elk een deel",
  microsoftDoes: "Wat Microsoft doet",
  customerDoes: "Wat uw organisatie doet",
  youAsked: "Uw vraag: ",
  statementHeading: "Dit staat op de pagina",
  wholeRowToggle: "De hele rij tonen of verbergen",
  wholeRowHeading: "De hele rij",
  source: "Bron: ",
  tableRow: "tabel {table}, rij {row}",
  pageDate: "paginadatum {date}",
  noPageDate: "de pagina heeft geen datum",
  machineTranslated: "Deze pagina is machinaal vertaald door Microsoft. Bij twijfel geldt het Engelse origineel.",
  openArticle: "Openen in het artikel",
  relatedArticles: "Meer lezen",
  helpful: "Nuttig",
  notHelpful: "Niet nuttig",
  showAsText: "Als tekst tonen",
  splitIntroShared: "Deze verantwoordelijkheid is gedeeld. Elke partij doet haar eigen deel:",
  splitTitleDepends: "Het hangt ervan af wat u precies bedoelt",
  splitIntroDepends: "De best passende rijen op de pagina leggen dit bij verschillende partijen:",
  choiceTitle: "Bedoelde u ...?",
  choiceIntro: "Meerdere verantwoordelijkheden passen bij uw vraag. Kies de juiste:",
  noAnswerTitle: "Ik kon dat niet vinden op de pagina",
  noAnswerText: "De pagina over rollen en verantwoordelijkheden heeft geen rij die dit beantwoordt. Probeer andere woorden of blader door alle verantwoordelijkheden.",
  relatedRows: "Misschien een van deze:",
  browse: "Door alle verantwoordelijkheden bladeren",
  welcomeTitle: "Welkom! Ik vertel u wie waarvoor verantwoordelijk is",
  helpTitle: "Waar ik antwoord op geef",
  helpText: "Vraag mij wie verantwoordelijk is voor iets in Microsoft Managed Desktop: Microsoft, uw organisatie of beide. Ik antwoord vanuit de gepubliceerde pagina over rollen en verantwoordelijkheden en toon de rij die ik gebruikte, met een link ernaartoe.",
  tryAsking: "Probeer bijvoorbeeld:",
  listTitle: "Alle verantwoordelijkheden",
  listIntro: "{count} verantwoordelijkheden van de pagina {page}. Kies er een om te zien wat de pagina zegt.",
  groupCount: "{party} ({count})",
  summaryAnswer: "{party}: {title}",
  summarySplit: "Gedeeld: {title}",
  summaryDepends: "Het hangt ervan af: Microsoft en uw organisatie doen elk een deel",
  summaryChoice: "Bedoelde u: {titles}?",
  summaryNoAnswer: "Geen antwoord gevonden op de pagina",
  summaryHelp: "Vraag wie waarvoor verantwoordelijk is in Microsoft Managed Desktop",
  summaryList: "Alle verantwoordelijkheden, per partij",
  speakAnswer: "{title}. Verantwoordelijk: {party}. {statement}",
  textQuestion: "Vraag: {question}",
  textResponsible: "Verantwoordelijk: {party}",
  textResponsibility: "Verantwoordelijkheid: {title}",
  textStatement: "De pagina zegt: {statement}",
  textSource: "Bron: {page}, {place}, {date}",
  textMachineTranslated: "(machinaal vertaalde pagina)",
  feedbackThanks: "Bedankt voor uw feedback.",
  feedbackThanksNegative: "Bedankt. Ik gebruik dit om mijn antwoorden te verbeteren.",
  rateLimited: "U vraagt sneller dan ik kan antwoorden. Wacht even en probeer het opnieuw.",
  error: "Er ging bij mij iets mis. Probeer het opnieuw.",
  emptyQuestion: "Vraag mij wie verantwoordelijk is voor iets, bijvoorbeeld: {example}",
  rowNotFound: "Die verantwoordelijkheid staat niet meer op de pagina.",
  exampleQuestion: "Wie is verantwoordelijk voor {topic}?",
};

export const uiStrings: Readonly<Record<UiLanguage, UiStrings>> = Object.freeze({ en, sv, nl });

// Each string cut once at its placeholders: literal, name, literal, name, ..., literal.
const placeholderParts = new Map<string, readonly string[]>();

/** A UI string with its {placeholders} filled; an unknown placeholder stays as written. */
export function uiString(ui: UiLanguage, key: UiStringKey, vars: Record<string, string> = {}): string {
  const text = uiStrings[ui][key];
  if (!text.includes("{")) return text;
  let parts = placeholderParts.get(text);
  if (!parts) placeholderParts.set(text, (parts = text.split(/\{(\w+)\}/)));
  let out = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) out += (vars[parts[i]!] ?? `{${parts[i]}}`) + (parts[i + 1] ?? "");
  return out;
}

const isUiLanguage = (value: string): value is UiLanguage => (uiLanguages as readonly string[]).includes(value);


/** From the answer's page language if it is a UI language, else the Teams locale, else "en". */
export function uiLanguageFor(language?: string, locale?: string): UiLanguage {
  const fromLanguage = primaryLanguage(language);
  if (isUiLanguage(fromLanguage)) return fromLanguage;
  const fromLocale = primaryLanguage(locale);
  return isUiLanguage(fromLocale) ? fromLocale : "en";
}

/** BCP 47 tag for dates and the card's `lang`. */
export const uiLocale: Readonly<Record<UiLanguage, string>> = Object.freeze({ en: "en-GB", sv: "sv-SE", nl: "nl-NL" });
