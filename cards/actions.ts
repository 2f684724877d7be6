// The data that Action.Submit buttons send back to the bot: the one contract between cards/ and bot/.
// Every payload carries `mmd` so the bot can tell its own card actions from anything else. The row is
// `row`, never `key`: React-based clients (Agents Playground, the Teams web client) drop a `key` field
// and with it the whole submit, so the button does nothing.

export type CardAction =
  /** "Did you mean ...": answer with this row for the original question. */
  | { mmd: "pick"; row: string; q: string; locale: string }
  /** Feedback on an answer. */
  | { mmd: "feedback"; helpful: boolean; row: string; q: string; locale: string }
  /** The same answer as plain text, for pasting into a ticket or mail. */
  | { mmd: "text"; row: string; q: string; locale: string }
  /** Browse: every responsibility grouped by party. */
  | { mmd: "browse"; locale: string }
  /** Ask this question (example questions on the help and welcome cards). */
  | { mmd: "ask"; q: string; locale: string };

export type CardActionName = CardAction["mmd"];

const names: readonly CardActionName[] = ["pick", "feedback", "text", "browse", "ask"];

const isString = (v: unknown): v is string => typeof v === "string";

/** Reads an Action.Submit value; undefined when it is not one of ours or is malformed. */
export function parseCardAction(value: unknown): CardAction | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (!isString(v.mmd) || !names.includes(v.mmd as CardActionName)) return undefined;
  const locale = isString(v.locale) ? v.locale : "";
  switch (v.mmd) {
    case "pick":
    case "text":
      return isString(v.row) && isString(v.q) ? { mmd: v.mmd, row: v.row, q: v.q, locale } : undefined;
    case "feedback":
      return isString(v.row) && isString(v.q) && typeof v.helpful === "boolean"
        ? { mmd: "feedback", helpful: v.helpful, row: v.row, q: v.q, locale }
        : undefined;
    case "browse":
      return { mmd: "browse", locale };
    case "ask":
      return isString(v.q) ? { mmd: "ask", q: v.q, locale } : undefined;
    default:
      return undefined;
  }
}
