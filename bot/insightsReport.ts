// What `npm run report` shows whoever maintains the bot: the questions nothing answered, most frequent
// first, and the rows people marked not helpful, with the questions they had asked.
import type { StoreItem } from "botbuilder";
import { loadKnowledgeBase } from "../knowledge/loadSources";
import type { BotConfig } from "./config";
import { feedbackKeyPrefix, type FeedbackRecord } from "./feedbackStore";
import { readAll, type InsightsStore } from "./insightsStore";
import { createStorage } from "./storage";
import { unansweredKeyPrefix, type UnansweredRecord } from "./unansweredLog";

export interface InsightsReport {
  totals: { unanswered: number; feedback: number; notHelpful: number };
  unanswered: Array<{ count: number; question: string; locales: string[] }>;
  notHelpful: Array<{ count: number; key: string; titles: string[]; questions: string[] }>;
}

export const reportMessages = Object.freeze({
  memory: "memory storage: nothing persists; set STORAGE=blob (with BLOB_CONNECTION_STRING and BLOB_CONTAINER) to report on what the bot stored",
  unansweredTitle: "Most frequent unanswered questions",
  notHelpfulTitle: "Rows marked not helpful",
  none: "  (none)",
});

const isString = (v: unknown): v is string => typeof v === "string";
const isUnanswered = (v: StoreItem): v is StoreItem & UnansweredRecord => isString(v.question) && isString(v.locale) && isString(v.at);
const isFeedback = (v: StoreItem): v is StoreItem & FeedbackRecord => isUnanswered(v) && isString(v.key) && typeof v.helpful === "boolean";
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** Groups records; titleOf names a row in a locale (the report shows the title people saw). */
export function summariseInsights(
  unanswered: readonly UnansweredRecord[],
  feedback: readonly FeedbackRecord[],
  titleOf: (key: string, locale: string) => string | undefined = () => undefined,
  top = 20,
): InsightsReport {
  const questions = new Map<string, { count: number; locales: string[] }>();
  for (const r of unanswered) {
    const entry = questions.get(r.question) ?? { count: 0, locales: [] };
    entry.count++;
    entry.locales.push(r.locale);
    questions.set(r.question, entry);
  }
  const negative = feedback.filter((f) => !f.helpful);
  const rows = new Map<string, FeedbackRecord[]>();
  for (const f of negative) rows.set(f.key, [...(rows.get(f.key) ?? []), f]);
  const byCount = <T extends { count: number }>(a: T & { label: string }, b: T & { label: string }) => b.count - a.count || a.label.localeCompare(b.label);
  return {
    totals: { unanswered: unanswered.length, feedback: feedback.length, notHelpful: negative.length },
    unanswered: [...questions]
      .map(([question, e]) => ({ count: e.count, question, locales: sorted(e.locales), label: question }))
      .sort(byCount)
      .slice(0, top)
      .map(({ label: _label, ...rest }) => rest),
    notHelpful: [...rows]
      .map(([key, list]) => ({
        count: list.length,
        key,
        titles: sorted(list.map((f) => titleOf(f.key, f.locale)).filter(isString)),
        questions: sorted(list.map((f) => f.question)).slice(0, 5),
        label: key,
      }))
      .sort(byCount)
      .slice(0, top)
      .map(({ label: _label, ...rest }) => rest),
  };
}

export function formatReport(report: InsightsReport): string {
  const { totals } = report;
  const lines = [
    `${totals.unanswered} unanswered question(s); ${totals.feedback} feedback record(s), ${totals.notHelpful} not helpful.`,
    "",
    `${reportMessages.unansweredTitle}:`,
    ...(report.unanswered.length ? report.unanswered.map((u) => `  ${String(u.count).padStart(4)}  ${u.question}  [${u.locales.join(", ")}]`) : [reportMessages.none]),
    "",
    `${reportMessages.notHelpfulTitle}:`,
    ...(report.notHelpful.length
      ? report.notHelpful.flatMap((r) => [`  ${String(r.count).padStart(4)}  ${r.key}  ${r.titles.join(" / ")}`, ...r.questions.map((q) => `          e.g. "${q}"`)])
      : [reportMessages.none]),
  ];
  return lines.join("\n");
}

export async function readInsights(store: InsightsStore): Promise<{ unanswered: UnansweredRecord[]; feedback: FeedbackRecord[] }> {
  const unanswered = (await readAll(store, unansweredKeyPrefix)).map((i) => i.value).filter(isUnanswered);
  const feedback = (await readAll(store, feedbackKeyPrefix)).map((i) => i.value).filter(isFeedback);
  return {
    unanswered: unanswered.map(({ question, locale, at }) => ({ question, locale, at })),
    feedback: feedback.map(({ question, key, locale, helpful, conversationType, at }) => ({ question, key, locale, helpful, conversationType, at })),
  };
}

/** Row titles by key and locale from the pages in KNOWLEDGE_DIR; none when it cannot be read. */
function titlesFrom(knowledgeDir: string): (key: string, locale: string) => string | undefined {
  try {
    const titles = new Map(loadKnowledgeBase(knowledgeDir).pages.flatMap((p) => p.tables.flatMap((t) => t.rows.map((r) => [`${r.key}|${p.locale}`, r.title] as const))));
    return (key, locale) => titles.get(`${key}|${locale}`);
  } catch {
    return () => undefined;
  }
}

/** The CLI: prints the report (or JSON with --json); returns the exit code. */
export async function runReport(config: BotConfig, args: readonly string[], out: (text: string) => void): Promise<number> {
  if (config.storage === "memory") {
    out(args.includes("--json") ? JSON.stringify({ storage: "memory", message: reportMessages.memory }) : reportMessages.memory);
    return 0;
  }
  const { unanswered, feedback } = await readInsights(createStorage(config).insights);
  const report = summariseInsights(unanswered, feedback, titlesFrom(config.knowledgeDir));
  out(args.includes("--json") ? JSON.stringify(report, null, 2) : formatReport(report));
  return 0;
}
