// Three example questions for the help and welcome cards, made from real row titles.
import type { Row } from "../knowledge/types";
import type { CardKit, UiLanguage } from "./cardKit";

const count = 3;

/** Rows of different parties first (Microsoft, the customer, both), then the rest, in page order. */
export function pickExampleRows(rows: readonly Row[]): Row[] {
  const firstOf = (owner: Row["owner"]) => rows.find((r) => r.owner === owner);
  const spread = [firstOf("microsoft"), firstOf("customer"), firstOf("shared")].filter((r): r is Row => r !== undefined);
  const rest = rows.filter((r) => !spread.includes(r));
  return [...spread, ...rest].slice(0, count);
}

/** "Support för slutanvändare" reads as "support för slutanvändare" inside a sentence; "MDM-…" stays. */
export const topicOf = (title: string): string => (/^\p{Lu}\p{Ll}/u.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title);

export function buildExamples(rows: readonly Row[], ui: UiLanguage, cards: Pick<CardKit, "uiString">): string[] {
  return pickExampleRows(rows).map((row) => cards.uiString(ui, "exampleQuestion", { topic: topicOf(row.title) }));
}
