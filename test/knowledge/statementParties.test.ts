import assert from "node:assert/strict";
import { parseCell } from "../../knowledge/parseCell";
import { anchorParty, findParty, headingParty } from "../../knowledge/parties";
import type { Party } from "../../knowledge/types";

const context = (language: string, tableParty: Party = "customer") => ({
  articleUrl: `https://learn.microsoft.com/${language}-xx/microsoft-365/managed-desktop/intro/roles-and-responsibilities`,
  locale: `${language}-XX`,
  language,
  tableParty,
});

interface StatementCase {
  name: string;
  language: string;
  text: string;
  party: Party | null;
}

const statements: StatementCase[] = [
  { name: "en: Microsoft as subject", language: "en", text: "Microsoft notifies customers in advance.", party: "microsoft" },
  { name: "en: the customer as subject", language: "en", text: "The customer must have a change process with Microsoft.", party: "customer" },
  { name: "en: you", language: "en", text: "You must acquire licenses from Microsoft.", party: "customer" },
  { name: "en: we speak for Microsoft", language: "en", text: "We will also make changes to your tenant.", party: "microsoft" },
  { name: "en: non-Microsoft is not a mention", language: "en", text: "Investigate non-Microsoft devices, then tell the customer.", party: "customer" },
  { name: "en: product names are not the party", language: "en", text: "Test apps in the Microsoft Managed Desktop environment", party: null },
  { name: "en: Microsoft Intune is a product", language: "en", text: "Upload apps to Microsoft Intune", party: null },
  { name: "en: the Microsoft Managed Desktop operations team is Microsoft", language: "en", text: "The Microsoft Managed Desktop operations team creates groups. If you change them, things break.", party: "microsoft" },
  { name: "sv: operationsteam after the product name", language: "sv", text: "Microsoft Managed Desktop operationsteam skapar grupper. Om du ändrar dessa grupper kan det leda till fel.", party: "microsoft" },
  { name: "sv: icke-Microsoft is not a mention", language: "sv", text: "Microsoft behöver dessa om det finns en icke-Microsoft incident.", party: "microsoft" },
  { name: "sv: kunden", language: "sv", text: "Kunden ansvarar för att hantera Microsoft 365-tjänster.", party: "customer" },
  { name: "sv: the genitive Microsofts is Microsoft", language: "sv", text: "Microsofts driftteam skapar grupperna, du ändrar dem inte.", party: "microsoft" },
  { name: "sv: Microsoft-hanterade is a product", language: "sv", text: "Övervaka Microsoft-hanterade enheter.", party: null },
  { name: "nl: team before the product name", language: "nl", text: "Het operations team van Microsoft Managed Desktop maakt groepen.", party: "microsoft" },
  { name: "nl: de klant", language: "nl", text: "De klant is verantwoordelijk voor niet-Microsoft Managed Desktop-apparaten.", party: "customer" },
  { name: "nl: wij", language: "nl", text: "Wij brengen wijzigingen aan.", party: "microsoft" },
  { name: "de: Sie with capital S is the customer", language: "de", text: "Sie müssen Lizenzen erwerben.", party: "customer" },
  { name: "de: sie in lower case is not", language: "de", text: "Die Geräte werden aktualisiert, wenn sie online sind.", party: null },
  { name: "de: nicht-Microsoft", language: "de", text: "Der Kunde untersucht nicht-Microsoft Geräte.", party: "customer" },
  { name: "fr: nous", language: "fr", text: "Nous appliquons les stratégies.", party: "microsoft" },
  { name: "fr: le client", language: "fr", text: "Le client installe les imprimantes.", party: "customer" },
  { name: "es: el cliente", language: "es", text: "El cliente es responsable de las impresoras.", party: "customer" },
  { name: "it: il cliente", language: "it", text: "Il cliente è responsabile delle stampanti.", party: "customer" },
  { name: "pt: você", language: "pt", text: "Você deve adquirir licenças.", party: "customer" },
  { name: "da: kunden", language: "da", text: "Kunden er ansvarlig for printere.", party: "customer" },
  { name: "nb: vi", language: "nb", text: "Vi overvåker enhetene.", party: "microsoft" },
  { name: "fi: asiakas", language: "fi", text: "Asiakas vastaa tulostimista.", party: "customer" },
  { name: "pl: klient", language: "pl", text: "Klient odpowiada za drukarki.", party: "customer" },
  { name: "ja: お客様 without spaces", language: "ja", text: "お客様は、プリンターを管理します。", party: "customer" },
  { name: "ja: Microsoft glued to a particle", language: "ja", text: "Microsoftは、更新プログラムを監視します。", party: "microsoft" },
  { name: "zh: 客户", language: "zh", text: "客户负责打印机。", party: "customer" },
  { name: "ko: 고객 with a particle", language: "ko", text: "고객은 프린터를 담당합니다.", party: "customer" },
  { name: "ar: العميل", language: "ar", text: "العميل مسؤول عن الطابعات.", party: "customer" },
  { name: "he: הלקוח", language: "he", text: "הלקוח אחראי למדפסות.", party: "customer" },
  { name: "ru: клиент", language: "ru", text: "Клиент отвечает за принтеры.", party: "customer" },
  { name: "tr: müşteri", language: "tr", text: "Müşteri yazıcılardan sorumludur.", party: "customer" },
  { name: "unknown language falls back to English words", language: "xx", text: "The customer installs printers.", party: "customer" },
];

describe("statement parties", () => {
  for (const c of statements) {
    it(c.name, () => assert.equal(findParty(c.text, c.language), c.party));
  }
});

interface CellCase {
  name: string;
  language: string;
  tableParty: Party;
  markup: string;
  segments: string[];
}

const cells: CellCase[] = [
  {
    name: "a bold party word wins over the first mention",
    language: "en",
    tableParty: "customer",
    markup: "For apps that the customer provides, **Microsoft** provides the tools.",
    segments: ["paragraph:microsoft"],
  },
  {
    name: "a paragraph is cut where a bold party word changes the subject",
    language: "sv",
    tableParty: "customer",
    markup: "För appar tillhandahåller **Microsoft** full service. **Du** måste skaffa licenser.",
    segments: ["paragraph:microsoft", "paragraph:customer"],
  },
  {
    name: "a paragraph is not cut into sentences otherwise",
    language: "en",
    tableParty: "customer",
    markup: "The customer provides contacts. Microsoft needs these if there is an incident.",
    segments: ["paragraph:customer"],
  },
  {
    name: "bullets inherit their lead-in paragraph, not the table",
    language: "en",
    tableParty: "customer",
    markup: "Microsoft provides:<br>- Tools<br>- Updates<br><br>You provide:<br>- Licenses",
    segments: ["paragraph:microsoft", "bullet:microsoft", "bullet:microsoft", "paragraph:customer", "bullet:customer"],
  },
  {
    name: "a statement that names nobody carries the table's party",
    language: "en",
    tableParty: "microsoft",
    markup: "Groups are created.<br><br>See the admin guide.",
    segments: ["paragraph:microsoft", "paragraph:microsoft"],
  },
  {
    name: "a bullet that names its own party keeps it",
    language: "nl",
    tableParty: "customer",
    markup: "De klant doet:<br>- Licenties<br>- **Microsoft** levert de tools",
    segments: ["paragraph:customer", "bullet:customer", "bullet:microsoft"],
  },
];

describe("cells into statements", () => {
  for (const c of cells) {
    it(c.name, () => {
      const cell = parseCell(c.markup, context(c.language, c.tableParty));
      assert.deepEqual(cell.segments.map((s) => `${s.kind}:${s.owner}`), c.segments);
    });
  }

  it("joins statements into clean text, bullets marked with •", () => {
    const cell = parseCell("**You** provide:<br>- *Licenses*<br>- `Apps`", context("en"));
    assert.equal(cell.text, "You provide:\n• Licenses\n• Apps");
  });
});

const headings: [string, string, Party | null][] = [
  ["en", "Microsoft's roles and responsibilities", "microsoft"],
  ["en", "Your roles and responsibilities", "customer"],
  ["sv", "Microsofts roller och ansvarsområden", "microsoft"],
  ["sv", "Dina roller och ansvarsområden", "customer"],
  ["nl", "De rollen en verantwoordelijkheden van Microsoft", "microsoft"],
  ["nl", "Uw rollen en verantwoordelijkheden", "customer"],
  ["fr", "Vos rôles et responsabilités", "customer"],
  ["ja", "お客様の役割と責任", "customer"],
  ["en", "Roles and responsibilities", null],
];

describe("table parties", () => {
  for (const [language, heading, party] of headings) {
    it(`heading "${heading}" is ${party ?? "nobody's"}`, () => assert.equal(headingParty(heading, language), party));
  }

  const anchors: [string, Party | null][] = [
    ["microsofts-roles-and-responsibilities", "microsoft"],
    ["your-roles-and-responsibilities", "customer"],
    ["roles", null],
  ];
  for (const [anchor, party] of anchors) {
    it(`anchor "${anchor}" is ${party ?? "nobody's"}`, () => assert.equal(anchorParty(anchor), party));
  }
});
