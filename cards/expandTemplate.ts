// The one place that calls Template.expand: template JSON + typed data -> card JSON.
import * as ACData from "adaptivecards-templating";
import { escapeTemplateText } from "./escape";
import { uiLanguages, uiStrings, type UiLanguage, type UiStringKey } from "./strings";

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
  unknownUiString: (name: string, key: string) => `card template ${name} names \${ui.${key}}, which is not a UI string (cards/strings.ts)`,
  uiStringNeedsValues: (name: string, key: string) => `card template ${name} names \${ui.${key}}, which has {placeholders}: bind it through the data`,
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

const uiReference = /\$\{ui\.([^}]*)\}/g;

/**
 * The template in one UI language: each `${ui.key}` becomes that UI string, and `${ui.lang}` the language
 * itself (for the card's `lang`). They are the same on every card in a language, so they are filled in
 * once here rather than bound on every reply.
 */
export function localizeTemplate<T>(name: string, template: T, ui: UiLanguage): T {
  const strings: Readonly<Record<string, string>> = { ...uiStrings[ui], lang: ui };
  const fill = (text: string) =>
    text.replace(uiReference, (_whole, key: string) => {
      const value = Object.hasOwn(strings, key) ? strings[key as UiStringKey] : undefined;
      if (value === undefined) throw new Error(templateErrors.unknownUiString(name, key));
      if (/\{\w+\}/.test(value)) throw new Error(templateErrors.uiStringNeedsValues(name, key));
      return escapeTemplateText(value);
    });
  const walk = (node: unknown): unknown => {
    if (typeof node === "string") return fill(node);
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node === "object" && node !== null) return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
    return node;
  };
  return walk(template) as T;
}

/**
 * Prepares a template once per UI language: parsing its `${...}` expressions is most of the cost of a
 * card, so each card module compiles its template at load and expands it per reply. The data must
 * already be escaped (see escape.ts); UI strings come from the template's `${ui.key}` references.
 */
export function compileTemplate<T extends object>(name: string, template: object): (data: T, ui: UiLanguage) => AdaptiveCardJson {
  const prepared = new Map(uiLanguages.map((ui) => [ui, new ACData.Template(localizeTemplate(name, template, ui))]));
  return (data, ui) => {
    const expanded: unknown = prepared.get(ui)?.expand({ $root: data });
    if (!isCardJson(expanded)) throw new Error(templateErrors.notACard(name));
    return expanded;
  };
}
