// Answers for card tests and previews, built from rows shaped like the real pages (knowledge/sources).
import type { Answer, AnswerResult, Citation, Owner, Row, Segment } from "../../knowledge/types";

const svCitation = (table: number, row: number, heading: string, anchor: string): Citation => ({
  file: "roles-and-responsibilities.sv-SE.md",
  locale: "sv-SE",
  table,
  row,
  line: 30 + table * 10 + row,
  heading,
  url: `https://learn.microsoft.com/sv-se/microsoft-365/managed-desktop/intro/roles-and-responsibilities#${anchor}`,
  date: "2020-07-30",
  pageTitle: "Roller och ansvar för Microsoft Hanterat skrivbord",
  machineTranslated: true,
});

const msHeading = "Microsofts roller och ansvarsområden";
const yourHeading = "Dina roller och ansvarsområden";

const seg = (owner: Segment["owner"], text: string, kind: Segment["kind"] = "paragraph"): Segment => ({ owner, text, kind });

function row(key: string, title: string, owner: Owner, segments: Segment[], links: Row["links"], citation: Citation): Row {
  return { key, title, owner, text: segments.map((s) => s.text).join(" "), segments, links, citation };
}

/** Rows mirroring the Swedish page: Microsoft rows, customer rows, a shared row with links, long bullets. */
export function sampleRows(): Row[] {
  return [
    row(
      "security-monitoring",
      "Övervakning av säkerhet",
      "microsoft",
      [
        seg(
          "microsoft",
          "Microsoft övervakar kundens Microsoft-hanterade stationära enheter med Microsoft Defender ATP. Om ett hot upptäcks av Microsoft Managed Desktop Security Operations Center (SOC) meddelar Microsoft kunden, isolerar enheten och åtgärdar problemet på distans. Mer information finns i Säkerhet.",
        ),
      ],
      [{ text: "Säkerhet", url: "https://learn.microsoft.com/sv-se/microsoft-365/managed-desktop/service-description/security" }],
      svCitation(1, 4, msHeading, "microsofts-roles-and-responsibilities"),
    ),
    row(
      "update-monitoring",
      "Uppdatera övervakning och hantering",
      "microsoft",
      [seg("microsoft", "Microsoft övervakar aktivt kundens Microsoft-hanterade stationära enheter för att säkerställa att de senaste kvalitets- och funktionsuppdateringarna är installerade för Microsoft Windows och Microsoft Office.")],
      [{ text: "Hur uppdateringar hanteras", url: "https://learn.microsoft.com/sv-se/microsoft-365/managed-desktop/service-description/updates" }],
      svCitation(1, 5, msHeading, "microsofts-roles-and-responsibilities"),
    ),
    row(
      "change-management",
      "Förändringsledning",
      "shared",
      [
        seg("microsoft", "Microsoft meddelar kunderna i förväg när ändringar måste göras i microsofts hanterade skrivbordsmiljö. Mer information finns i serviceändringar och kommunikation"),
        seg("customer", "Kunden måste ha en egen ändringshanteringsprocess och ha en kontakt med Microsoft Managed Desktop Operations-teamet. Kunden måste också ha resurser för att granska och godkänna dessa ändringar."),
      ],
      [
        { text: "serviceändringar och kommunikation", url: "https://learn.microsoft.com/sv-se/microsoft-365/managed-desktop/service-description/servicechanges" },
        { text: "Operationer och övervakning", url: "https://learn.microsoft.com/sv-se/microsoft-365/managed-desktop/service-description/operations-and-monitoring" },
        { text: "Operationer och övervakning", url: "https://learn.microsoft.com/sv-se/microsoft-365/managed-desktop/service-description/operations-and-monitoring" },
      ],
      svCitation(2, 1, yourHeading, "your-roles-and-responsibilities"),
    ),
    row(
      "identity-management",
      "Identitetshantering",
      "customer",
      [seg("customer", "Kunden ansvarar för att skapa användarkonton, tilldela användare till grupper och hålla metadata uppdaterade.")],
      [],
      svCitation(2, 2, yourHeading, "your-roles-and-responsibilities"),
    ),
    row(
      "end-user-support-customer",
      "Support för slutanvändare",
      "customer",
      [
        seg("customer", "Kunden ansvarar för att tillhandahålla slutanvändarens support för:"),
        seg("customer", "På plats infrastruktur: alla nätverk och internet-anslutning, VPN-infrastruktur och klientkonfiguration, lokal konferensrum utrustning, skrivare, proxyserver och konfiguration, brandväggar.", "bullet"),
        seg("customer", "Molnresurser för hela företaget: e-post, SharePoint, samarbetstjänster och annan molninfrastruktur som relaterar till företagets teknikavtryck.", "bullet"),
        seg("customer", "Bransch och alla andra företagsspecifika applikationer.", "bullet"),
      ],
      [],
      svCitation(2, 4, yourHeading, "your-roles-and-responsibilities"),
    ),
  ];
}

export function rowByKey(rows: readonly Row[], key: string): Row {
  const found = rows.find((r) => r.key === key);
  if (!found) throw new Error(`no sample row ${key}`);
  return found;
}

/** A result for a row: the matched statement is the first one of `party` (or the row's first). */
export function resultFor(row: Row, score = 0.8, party?: Row["owner"]): AnswerResult {
  const segment = row.segments.find((s) => party === undefined || party === "shared" || s.owner === party) ?? row.segments[0];
  return {
    key: row.key,
    owner: party ?? (row.owner === "shared" ? (segment?.owner ?? "shared") : row.owner),
    score,
    title: row.title,
    statement: segment?.text ?? row.text,
    source: { file: row.citation.file, locale: row.citation.locale, table: row.citation.table, row: row.citation.row, line: row.citation.line, url: row.citation.url },
    links: row.links,
    row,
  };
}

export interface AnswerOptions {
  kind?: Answer["kind"];
  ambiguous?: boolean;
}

export function answerOf(question: string, results: AnswerResult[], options: AnswerOptions = {}): Answer {
  const top = results[0];
  const kind = options.kind ?? (top ? "answer" : "none");
  return {
    question,
    answered: kind !== "none",
    kind,
    language: top ? (top.source.locale.split("-")[0] ?? "en") : "en",
    locale: top?.source.locale ?? "en-US",
    confidence: top?.score ?? 0,
    ambiguous: options.ambiguous ?? false,
    results,
  };
}

/** The sample answers every card test and preview uses. */
export function sampleAnswers(rows: readonly Row[] = sampleRows()) {
  const security = rowByKey(rows, "security-monitoring");
  const change = rowByKey(rows, "change-management");
  const updates = rowByKey(rows, "update-monitoring");
  const support = rowByKey(rows, "end-user-support-customer");
  return {
    single: answerOf("Vem övervakar säkerheten?", [resultFor(security, 0.86)]),
    shared: answerOf("Vem ansvarar för ändringshantering?", [resultFor(change, 0.8, "customer")]),
    depends: answerOf("Vem sköter supporten?", [resultFor(support, 0.7), resultFor(security, 0.68)], { kind: "depends" }),
    choice: answerOf("övervakning", [resultFor(security, 0.62), resultFor(updates, 0.61)], { ambiguous: true }),
    bullets: answerOf("Vem ger support för skrivare?", [resultFor(support, 0.75)]),
    none: answerOf("Vem bakar kakorna på fredag?", [], { kind: "none" }),
  };
}
