// The tab's labels in English, Swedish and Dutch. Those the cards have too (and the party names) come from
// cards/strings.ts, so that both say the same.
import { uiStrings } from "../../cards/strings";
import type { UiLanguage } from "../cardKit";

const en = {
  intro: "Every responsibility on the published Roles and responsibilities page, grouped by who carries it.",
  searchLabel: "Search responsibilities",
  searchPlaceholder: "e.g. printers, updates, VPN",
  languageLabel: "Page language",
  columnTitle: "Responsibility",
  shown: "Showing {shown} of {total} responsibilities",
  noMatch: "No responsibility matches your search. Try other words.",
  source: "Source:",
  sharedNote: "Shared rows name the party of each statement.",
} as const;

type OwnStrings = Readonly<Record<keyof typeof en, string>>;

/** The card strings the tab shows as well. */
const fromCards = (ui: UiLanguage) => {
  const strings = uiStrings[ui];
  return { title: strings.appName, columnText: strings.statementHeading, pageDate: strings.pageDate, openRow: strings.openArticle, machineTranslated: strings.machineTranslated };
};

export type TabStrings = OwnStrings & Readonly<ReturnType<typeof fromCards>>;

const sv: OwnStrings = {
  intro: "Alla ansvarsområden på den publicerade sidan om roller och ansvar, ordnade efter vem som bär dem.",
  searchLabel: "Sök bland ansvarsområden",
  searchPlaceholder: "t.ex. skrivare, uppdateringar, VPN",
  languageLabel: "Sidans språk",
  columnTitle: "Ansvarsområde",
  shown: "Visar {shown} av {total} ansvarsområden",
  noMatch: "Inget ansvarsområde matchar din sökning. Försök med andra ord.",
  source: "Källa:",
  sharedNote: "Delade rader anger vilken part varje påstående gäller.",
};

const nl: OwnStrings = {
  intro: "Elke verantwoordelijkheid op de gepubliceerde pagina Rollen en verantwoordelijkheden, gegroepeerd naar wie ze draagt.",
  searchLabel: "Verantwoordelijkheden zoeken",
  searchPlaceholder: "bijv. printers, updates, VPN",
  languageLabel: "Taal van de pagina",
  columnTitle: "Verantwoordelijkheid",
  shown: "{shown} van {total} verantwoordelijkheden",
  noMatch: "Geen verantwoordelijkheid past bij uw zoekopdracht. Probeer andere woorden.",
  source: "Bron:",
  sharedNote: "Bij gedeelde rijen staat bij elke uitspraak welke partij het betreft.",
};

export const tabStrings: Readonly<Record<UiLanguage, TabStrings>> = Object.freeze({
  en: { ...fromCards("en"), ...en },
  sv: { ...fromCards("sv"), ...sv },
  nl: { ...fromCards("nl"), ...nl },
});
