// Browse: every responsibility of one page, grouped by party (Microsoft / your organisation / shared).
import type { Owner, Row } from "../knowledge/types";
import type { CardAction } from "./actions";
import { pickPayload } from "./actionPayloads";
import { partyLabel, partyStyles, type CitationData, type ContainerStyle } from "./cardParts";
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
  lang: string;
  fallbackText: string;
  speak: string;
  intro: string;
  groups: ListGroupData[];
  citation: Pick<CitationData, "machineTranslated">;
}

const owners: readonly Owner[] = ["microsoft", "customer", "shared"];

export function listCardData(rows: readonly Row[], ui: UiLanguage, locale: string): ListCardData {
  const groups = owners
    .map((owner) => {
      const own = rows.filter((r) => r.owner === owner);
      return {
        heading: uiString(ui, "groupCount", { party: partyLabel(owner, ui), count: String(own.length) }),
        style: partyStyles[owner],
        // Picking a row from the list asks about it by its title.
        rows: own.map((r) => ({ title: cardText(r.title, 120), data: pickPayload(r.key, r.title, locale) })),
        plain: own.map((r) => r.title),
      };
    })
    .filter((g) => g.rows.length > 0);
  const first = rows[0];
  const machineTranslated = first?.citation.machineTranslated ?? false;
  const title = uiString(ui, "listTitle");
  const intro = uiString(ui, "listIntro", { count: String(rows.length), page: first?.citation.pageTitle ?? "" });
  const lines = groups.flatMap((g) => ["", g.heading, ...g.plain.map((t) => `• ${t}`)]);
  return {
    lang: ui,
    fallbackText: cardText([title, intro, ...lines].join("\n"), 6000),
    speak: speechText(`${title}. ${groups.map((g) => `${g.heading}: ${g.plain.join(", ")}`).join(". ")}`),
    intro: cardText(intro, 400),
    groups: groups.map(({ heading, style, rows: items }) => ({ heading, style, rows: items })),
    citation: { machineTranslated },
  };
}

/** All responsibilities grouped by party; each row can be picked to see its answer card. */
export function buildListCard(rows: Row[], ui: UiLanguage, locale: string): BuiltCard {
  return { card: expandListCard(listCardData(rows, ui, locale), ui), summary: uiString(ui, "summaryList") };
}
