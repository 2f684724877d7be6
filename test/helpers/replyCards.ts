// Reading replies: the Adaptive Card in an activity, its problems per the adaptivecards library, its buttons.
import * as AC from "adaptivecards";
import type { Activity } from "botbuilder";
import { parseCardAction, type CardAction } from "../../cards/actions";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export const adaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

/** The one Adaptive Card of a reply; throws when there is none. */
export function cardOf(activity: Partial<Activity>): Record<string, unknown> {
  const attachment = activity.attachments?.find((a) => a.contentType === adaptiveCardContentType);
  if (!attachment || !isRecord(attachment.content)) throw new Error(`reply has no Adaptive Card: ${JSON.stringify(activity).slice(0, 300)}`);
  return attachment.content;
}

/** The card as the adaptivecards library parses it in a host, with its parse events and validation failures. */
export function parseAdaptiveCard(json: object): { card: AC.AdaptiveCard; problems: string[] } {
  // adaptivecards 3.0.6 checks `lang` with a /g regex, whose lastIndex survives between parses: every
  // second valid "sv" would fail. Reset it so each card is judged on its own.
  const langPattern = AC.CardElement.langProperty.regEx;
  if (langPattern) langPattern.lastIndex = 0;
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  return { card, problems };
}

/** Parse events and validation failures from the adaptivecards library; empty when the card is valid. */
export function cardProblems(json: Record<string, unknown>): string[] {
  return parseAdaptiveCard(json).problems;
}

/** The bot's own Action.Submit payloads in a card, in document order. */
export function cardActions(value: unknown, out: CardAction[] = []): CardAction[] {
  if (Array.isArray(value)) for (const v of value) cardActions(v, out);
  else if (isRecord(value)) {
    if (value.type === "Action.Submit") {
      const action = parseCardAction(value.data);
      if (action) out.push(action);
    }
    for (const [k, v] of Object.entries(value)) if (k !== "data") cardActions(v, out);
  }
  return out;
}

/** Every text a reader sees (TextBlocks and TextRuns), joined, for loose assertions. */
export function cardText(value: unknown, out: string[] = []): string {
  if (Array.isArray(value)) for (const v of value) cardText(v, out);
  else if (isRecord(value)) {
    if ((value.type === "TextBlock" || value.type === "TextRun" || value.type === "Fact") && typeof (value.text ?? value.value) === "string") out.push(String(value.text ?? value.value));
    if (value.type === "Fact" && typeof value.title === "string") out.push(value.title);
    for (const [k, v] of Object.entries(value)) if (k !== "data") cardText(v, out);
  }
  return out.join("\n").replace(/\u2060/g, "");
}
