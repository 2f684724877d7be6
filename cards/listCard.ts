// Browse: every responsibility of one page, grouped by party (Microsoft / your organisation / shared).
import type { Row } from "../knowledge/types";
import type { CardAction } from "./actions";
import { pickPayload } from "./actionPayloads";
import { owners, partyLabel, partyStyles, type CitationData, type ContainerStyle } from "./cardParts";
import { cardText, speechText } from "./escape";
import { compileTemplate, type BuiltCard } from "./expandTemplate";
import { uiString, type UiLanguage } from "./strings";
import template from "./listCard.json";

const expandListCard = compileTemplate<ListCardData>("listCard", template);

export interface ListGroupData {
  heading: string;
  style: ContainerStyle;
  rows: { title: string; data: CardAction }[];
}

/** The data listCard.json binds to. */
export interface ListCardData {
  fallbackText: string;
  speak: string;
  intro: string;
  groups: ListGroupData[];
  citation: Pick<CitationData, "machineTranslated">;
}

export function listCardData(rows: readonly Row[], ui: UiLanguage, locale: string): ListCardData {
  const sections = owners
    .map((owner) => ({ owner, own: rows.filter((r) => r.owner === owner) }))
    .filter((s) => s.own.length > 0)
    .map(({ owner, own }) => ({ owner, own, heading: uiString(ui, "groupCount", { party: partyLabel(owner, ui), count: String(own.length) }) }));
  const first = rows[0];
  const machineTranslated = first?.citation.machineTranslated ?? false;
  const title = uiString(ui, "listTitle");
  const intro = uiString(ui, "listIntro", { count: String(rows.length), page: first?.citation.pageTitle ?? "" });
  const lines = sections.flatMap((s) => ["", s.heading, ...s.own.map((r) => `• ${r.title}`)]);
  return {
    fallbackText: cardText([title, intro, ...lines].join("\n"), 6000),
    speak: speechText(`${title}. ${sections.map((s) => `${s.heading}: ${s.own.map((r) => r.title).join(", ")}`).join(". ")}`),
    intro: cardText(intro, 400),
    groups: sections.map(({ owner, own, heading }) => ({
      heading,
      style: partyStyles[owner],
      // Picking a row from the list asks about it by its title.
      rows: own.map((r) => ({ title: cardText(r.title, 120), data: pickPayload(r.key, r.title, locale) })),
    })),
    citation: { machineTranslated },
  };
}

/** All responsibilities grouped by party; each row can be picked to see its answer card. */
export function buildListCard(rows: Row[], ui: UiLanguage, locale: string): BuiltCard {
  return { card: expandListCard(listCardData(rows, ui, locale), ui), summary: uiString(ui, "summaryList") };
}
