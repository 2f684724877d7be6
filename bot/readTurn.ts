// What a message turn asks for: a card action, a command, a question, or nothing we can use.
import type { Activity } from "botbuilder";
import { parseCardAction, type CardAction } from "../cards/actions";
import { cleanQuestion } from "./cleanQuestion";
import { parseCommand, type Command } from "./commands";
import { removeBotMention } from "./mentions";

export type Turn =
  | { type: "action"; action: CardAction }
  | { type: "command"; command: Command }
  | { type: "question"; text: string }
  | { type: "empty" }
  /** A submit from a card that is not ours, with no text: nothing to answer. */
  | { type: "ignored" };

/** A card payload comes back from the client and can be edited on the way: its question is user text too. */
function cleanAction(action: CardAction): CardAction {
  const locale = action.locale.slice(0, 35);
  switch (action.mmd) {
    case "browse":
      return { ...action, locale };
    case "ask":
      return { ...action, q: cleanQuestion(action.q), locale };
    default:
      return { ...action, row: action.row.slice(0, 100), q: cleanQuestion(action.q), locale };
  }
}

export function readTurn(activity: Pick<Activity, "text" | "value" | "entities" | "recipient">): Turn {
  const action = parseCardAction(activity.value);
  if (action) return { type: "action", action: cleanAction(action) };
  const text = cleanQuestion(removeBotMention(activity));
  if (!text) return activity.value !== undefined ? { type: "ignored" } : { type: "empty" };
  const command = parseCommand(text);
  return command ? { type: "command", command } : { type: "question", text };
}
