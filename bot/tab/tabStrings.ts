// The tab's own labels in English, Swedish and Dutch; party names come from cards/ so both say the same.
import type { UiLanguage } from "../cardKit";

const en = {
  title: "Who does what in Microsoft Managed Desktop",
  intro: "Every responsibility on the published Roles and responsibilities page, grouped by who carries it.",
  searchLabel: "Search responsibilities",
  searchPlaceholder: "e.g. printers, updates, VPN",
  languageLabel: "Page language",
  columnTitle: "Responsibility",
  columnText: "What the page says",
  shown: "Showing {shown} of {total} responsibilities",
  noMatch: "No responsibility matches your search. Try other words.",
  source: "Source:",
  pageDate: "page date {date}",
  openRow: "Open in the article",
  machineTranslated: "This page is machine translated by Microsoft. If in doubt, the English original decides.",
  sharedNote: "Shared rows name the party of each statement.",
} as const;

export type TabStringKey = keyof typeof en;
export type TabStrings = Readonly<Record<TabStringKey, string>>;

const sv: TabStrings = {
  title: "Vem gör vad i Microsoft Managed Desktop",
  intro: "Alla ansvarsområden på den publicerade sidan om roller och ansvar, ordnade efter vem som bär dem.",
  searchLabel: "Sök bland ansvarsområden",
  searchPlaceholder: "t.ex. skrivare, uppdateringar, VPN",
  languageLabel: "Sidans språk",
  columnTitle: "Ansvarsområde",
  columnText: "Det här står på sidan",
  shown: "Visar {shown} av {total} ansvarsområden",
  noMatch: "Inget ansvarsområde matchar din sökning. Försök med andra ord.",
  source: "Källa:",
  pageDate: "sidans datum {date}",
  openRow: "Öppna i artikeln",
  machineTranslated: "Sidan är maskinöversatt av Microsoft. Vid tveksamhet gäller det engelska originalet.",
  sharedNote: "Delade rader anger vilken part varje påstående gäller.",
};

const nl: TabStrings = {
  title: "Wie doet wat in Microsoft Managed Desktop",
  intro: "Elke verantwoordelijkheid op de gepubliceerde pagina Rollen en verantwoordelijkheden, gegroepeerd naar wie ze draagt.",
  searchLabel: "Verantwoordelijkheden zoeken",
  searchPlaceholder: "bijv. printers, updates, VPN",
  languageLabel: "Taal van de pagina",
  columnTitle: "Verantwoordelijkheid",
  columnText: "Dit staat op de pagina",
  shown: "{shown} van {total} verantwoordelijkheden",
  noMatch: "Geen verantwoordelijkheid past bij uw zoekopdracht. Probeer andere woorden.",
  source: "Bron:",
  pageDate: "paginadatum {date}",
  openRow: "Openen in het artikel",
  machineTranslated: "Deze pagina is machinaal vertaald door Microsoft. Bij twijfel geldt het Engelse origineel.",
  sharedNote: "Bij gedeelde rijen staat bij elke uitspraak welke partij het betreft.",
};

export const tabStrings: Readonly<Record<UiLanguage, TabStrings>> = Object.freeze({ en, sv, nl });
