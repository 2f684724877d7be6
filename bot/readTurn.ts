// What a message turn asks for: a card action, a command, a question, or nothing we can use.
import type { Activity } from "botbuilder";
import { parseCardAction, type CardAction } from "../cards/actions";
import { parseCommand, type Command } from "./commands";
import { removeBotMention } from "./mentions";

export type Turn =
  | { type: "action"; action: CardAction }
  | { type: "command"; command: Command }
  | { type: "question"; text: string }
  | { type: "empty" }
  /** A submit from a card that is not ours, with no text: nothing to answer. */
  | { type: "ignored" };

export const maxQuestionLength = 500;

export function readTurn(activity: Pick<Activity, "text" | "value" | "entities" | "recipient">): Turn {
  const action = parseCardAction(activity.value);
  if (action) return { type: "action", action };
  const text = removeBotMention(activity).slice(0, maxQuestionLength);
  if (!text) return activity.value !== undefined ? { type: "ignored" } : { type: "empty" };
  const command = parseCommand(text);
  return command ? { type: "command", command } : { type: "question", text };
}
