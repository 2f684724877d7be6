// Turns answers, rows and commands into reply activities: which card, and the summary Teams shows.
import { CardFactory, MessageFactory, type Activity } from "botbuilder";
import type { Answer, Row } from "../knowledge/types";
import type { BuiltCard, CardKit, UiLanguage, UiStringKey } from "./cardKit";

export type ReplyKind = "answer" | "split" | "choice" | "none";

/** Which card answers: nothing found, too close to call, two parties, or one row. */
export function replyKindFor(answer: Answer): ReplyKind {
  if (answer.kind === "none" || answer.results.length === 0) return "none";
  if (answer.ambiguous) return "choice";
  if (answer.kind === "depends" || answer.results[0]?.row.owner === "shared") return "split";
  return "answer";
}

function cardActivity(built: BuiltCard): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(built.card));
  activity.summary = built.summary;
  return activity;
}

export class Replies {
  constructor(private readonly cards: CardKit) {}

  answer(answer: Answer, ui: UiLanguage): Partial<Activity> {
    switch (replyKindFor(answer)) {
      case "none":
        return cardActivity(this.cards.buildNoAnswerCard(answer.question, answer.results.map((r) => r.row), ui, answer.locale));
      case "choice":
        return cardActivity(this.cards.buildChoiceCard(answer, ui));
      case "split":
        return cardActivity(this.cards.buildSplitCard(answer, ui));
      case "answer":
        return cardActivity(this.cards.buildAnswerCard(answer, ui));
    }
  }

  /** A picked row is the answer to the question, whatever its party: never another choice. */
  picked(answer: Answer, ui: UiLanguage): Partial<Activity> {
    return this.answer({ ...answer, ambiguous: false }, ui);
  }

  /** One paragraph a line: Teams clients fold single line breaks, in markdown and in plain text alike. */
  text(answer: Answer, ui: UiLanguage): Partial<Activity> {
    const lines = this.cards.formatAnswerText(answer, ui).split("\n").filter((line) => line.trim() !== "");
    return MessageFactory.text(lines.join("\n\n"));
  }

  help(ui: UiLanguage, examples: string[], locale: string, welcome: boolean): Partial<Activity> {
    return cardActivity(this.cards.buildHelpCard(ui, examples, locale, welcome));
  }

  list(rows: Row[], ui: UiLanguage, locale: string): Partial<Activity> {
    return cardActivity(this.cards.buildListCard(rows, ui, locale));
  }

  message(ui: UiLanguage, key: UiStringKey, vars?: Record<string, string>): Partial<Activity> {
    return MessageFactory.text(this.cards.uiString(ui, key, vars));
  }
}
