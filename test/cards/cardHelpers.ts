// Card test tools: parse with the adaptivecards library, walk the JSON, collect texts and actions.

/** Parses the JSON as the adaptivecards library would in a host, and validates it. */
export { parseAdaptiveCard as parseCard } from "../helpers/replyCards";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Every string in the card except Action.Submit data (which goes back to the bot verbatim and is never rendered). */
export function renderedStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) renderedStrings(v, out);
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) if (!(k === "data" && value.type === "Action.Submit")) renderedStrings(v, out);
  return out;
}

export type ActionJson = Record<string, unknown> & { type: string };

/** All actions: card actions, ActionSet actions, selectActions, in document order. */
export function actionsOf(value: unknown, out: ActionJson[] = []): ActionJson[] {
  if (Array.isArray(value)) for (const v of value) actionsOf(v, out);
  else if (isRecord(value)) {
    if (typeof value.type === "string" && value.type.startsWith("Action.")) out.push(value as ActionJson);
    for (const v of Object.values(value)) actionsOf(v, out);
  }
  return out;
}

/** Texts of TextBlocks and TextRuns with the invisible template guard removed, i.e. what a reader sees. */
export function visibleTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) visibleTexts(v, out);
  else if (isRecord(value)) {
    if ((value.type === "TextBlock" || value.type === "TextRun") && typeof value.text === "string") out.push(value.text.replace(/\u2060/g, ""));
    for (const v of Object.values(value)) visibleTexts(v, out);
  }
  return out;
}

/** TextBlock texts only (the elements a host reads as markdown). */
export function textBlockTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) textBlockTexts(v, out);
  else if (isRecord(value)) {
    if (value.type === "TextBlock" && typeof value.text === "string") out.push(value.text);
    for (const v of Object.values(value)) textBlockTexts(v, out);
  }
  return out;
}

/** The card's skeleton: element and action types in order, without any text. */
export function structureOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structureOf);
  if (!isRecord(value)) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "type" || k === "id" || k === "style") out[k] = v;
    else if (typeof v === "object" && v !== null && k !== "data") out[k] = structureOf(v);
  }
  return out;
}

export const submitData = (actions: readonly ActionJson[]): unknown[] => actions.filter((a) => a.type === "Action.Submit").map((a) => a.data);
export const openUrls = (actions: readonly ActionJson[]): unknown[] => actions.filter((a) => a.type === "Action.OpenUrl").map((a) => a.url);
