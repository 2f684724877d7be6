// The search message extension: a question (or nothing, on opening) -> responsibilities to insert.
// Each result previews as a thumbnail card (party and title) and inserts the full answer card.
import { CardFactory, type MessagingExtensionAttachment, type MessagingExtensionQuery, type MessagingExtensionResponse } from "botbuilder";
import type { Answer, AnswerEngine, Row } from "../knowledge/types";
import { foldText } from "../knowledge/text/normalize";
import type { CardKit, UiLanguage } from "./cardKit";
import { maxQuestionLength } from "./cleanQuestion";
import { configDefaults } from "./config";
import { buildExamples } from "./examples";
import { replyKindFor } from "./replies";

const searchCommandId = "searchResponsibilities";
const searchParameter = "searchQuery";

export const searchDefaults = Object.freeze({
  /** Teams shows a scrolling list; more than this is noise. */
  maxResults: 25,
  /** A question's results below this share of the best score are left out. */
  relativeScoreCut: 0.5,
  defaultLocale: configDefaults.defaultLocale,
});

export type SearchCards = Pick<CardKit, "uiLanguageFor" | "buildAnswerCard" | "buildSplitCard" | "previewFor" | "uiString">;

export interface SearchDeps {
  engine: AnswerEngine;
  cards: SearchCards;
  /** For an invoke without a locale; searchDefaults.defaultLocale when not given. */
  defaultLocale?: string;
}

/** What the bot calls for a composeExtension/query invoke. */
export type MessageExtensionSearch = (query: MessagingExtensionQuery, locale: string | undefined) => MessagingExtensionResponse;

type Request = { kind: "list" } | { kind: "search"; text: string } | { kind: "none" };

/** initialRun or an empty box lists everything; no searchQuery at all (or another command) asks for words. */
export function readSearchRequest(query: MessagingExtensionQuery): Request {
  if (query.commandId !== undefined && query.commandId !== searchCommandId) return { kind: "none" };
  const parameters = query.parameters ?? [];
  const initialRun = parameters.some((p) => p.name === "initialRun" && String(p.value) === "true");
  const param = parameters.find((p) => p.name === searchParameter);
  const text = typeof param?.value === "string" ? param.value.trim() : "";
  if (text) return { kind: "search", text: text.slice(0, maxQuestionLength) };
  return initialRun || param ? { kind: "list" } : { kind: "none" };
}

const pageOptions = (query: MessagingExtensionQuery) => {
  const skip = Math.max(0, Math.floor(Number(query.queryOptions?.skip ?? 0)) || 0);
  const count = Math.min(searchDefaults.maxResults, Math.max(1, Math.floor(Number(query.queryOptions?.count ?? searchDefaults.maxResults)) || searchDefaults.maxResults));
  return { skip, count };
};

const results = (attachments: MessagingExtensionAttachment[]): MessagingExtensionResponse => ({
  composeExtension: { type: "result", attachmentLayout: "list", attachments },
});

/** Teams shows `text` for type "message"; attachments stay an empty list for callers that read them. */
const message = (text: string): MessagingExtensionResponse => ({
  composeExtension: { type: "message", text, attachments: [] },
});

/** One result: the answer card to insert, and its thumbnail preview in the list. */
function attachmentFor(answer: Answer, ui: UiLanguage, cards: SearchCards): MessagingExtensionAttachment | undefined {
  const picked: Answer = { ...answer, ambiguous: false };
  const [top] = picked.results;
  const kind = replyKindFor(picked);
  if (!top || kind === "none" || kind === "choice") return undefined;
  const built = kind === "split" ? cards.buildSplitCard(picked, ui) : cards.buildAnswerCard(picked, ui);
  const preview = cards.previewFor(top, ui);
  return { ...CardFactory.adaptiveCard(built.card), preview: CardFactory.thumbnailCard(preview.title, preview.text) };
}

/** Words of the query all found in a row's title or text, ignoring case and diacritics: for words the engine does not rank. */
function matchRows(rows: readonly Row[], text: string): Row[] {
  const words = foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return [];
  return rows.filter((row) => {
    const haystack = foldText(`${row.title} ${row.text}`);
    return words.every((w) => haystack.includes(w));
  });
}

export function searchResponsibilities(deps: SearchDeps, query: MessagingExtensionQuery, locale: string | undefined): MessagingExtensionResponse {
  const { engine, cards } = deps;
  const askerLocale = locale || deps.defaultLocale || searchDefaults.defaultLocale;
  const request = readSearchRequest(query);
  const { skip, count } = pageOptions(query);

  if (request.kind === "none") {
    const ui = cards.uiLanguageFor(undefined, askerLocale);
    const [example = ""] = buildExamples(engine.listRows(askerLocale), ui, cards);
    return message(cards.uiString(ui, "emptyQuestion", { example }));
  }

  const question = request.kind === "search" ? request.text : "";
  let rows: Row[];
  let ui: UiLanguage;
  if (request.kind === "list") {
    rows = engine.listRows(askerLocale);
    ui = cards.uiLanguageFor(undefined, rows[0]?.citation.locale ?? askerLocale);
  } else {
    const answer = engine.ask(question, { locale: askerLocale, limit: searchDefaults.maxResults });
    ui = cards.uiLanguageFor(answer.language, askerLocale);
    const best = answer.results[0]?.score ?? 0;
    rows = answer.answered
      ? answer.results.filter((r) => r.score >= best * searchDefaults.relativeScoreCut).map((r) => r.row)
      : matchRows(engine.listRows(answer.locale || askerLocale), question);
  }

  const attachments = rows
    .slice(skip, skip + count)
    .map((row) => engine.answerFor(row.key, question || row.title, { locale: row.citation.locale }))
    .map((answer) => (answer ? attachmentFor(answer, ui, cards) : undefined))
    .filter((a): a is MessagingExtensionAttachment => a !== undefined);
  if (attachments.length === 0 && skip === 0) return message(cards.uiString(ui, "noAnswerTitle"));
  return results(attachments);
}

export const createMessageExtensionSearch =
  (deps: SearchDeps): MessageExtensionSearch =>
  (query, locale) =>
    searchResponsibilities(deps, query, locale);
