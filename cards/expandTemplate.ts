// The one place that calls Template.expand: template JSON + typed data -> card JSON.
import * as ACData from "adaptivecards-templating";

export interface AdaptiveCardJson {
  type: "AdaptiveCard";
  version: "1.5";
  body: unknown[];
  fallbackText: string;
  speak: string;
  [key: string]: unknown;
}

/** A card plus the plain one-line summary the bot puts in the activity's `summary` (notifications, screen readers). */
export interface BuiltCard {
  card: AdaptiveCardJson;
  summary: string;
}

export const templateErrors = Object.freeze({
  notACard: (name: string) => `card template ${name} did not expand to an AdaptiveCard 1.5 with fallbackText and speak`,
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function isCardJson(value: unknown): value is AdaptiveCardJson {
  return (
    isRecord(value) &&
    value.type === "AdaptiveCard" &&
    value.version === "1.5" &&
    Array.isArray(value.body) &&
    typeof value.fallbackText === "string" &&
    typeof value.speak === "string"
  );
}

/**
 * Prepares a template once: parsing its `${...}` expressions is most of the cost of a card, so each card
 * module compiles its template at load and expands it per reply. The data must already be escaped
 * (see escape.ts).
 */
export function compileTemplate<T extends object>(name: string, template: object): (data: T) => AdaptiveCardJson {
  const prepared = new ACData.Template(template);
  return (data) => {
    const expanded: unknown = prepared.expand({ $root: data });
    if (!isCardJson(expanded)) throw new Error(templateErrors.notACard(name));
    return expanded;
  };
}
