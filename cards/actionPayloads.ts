// Builders for the Action.Submit payloads of actions.ts, so every card sends exactly that contract.
import type { CardAction } from "./actions";

type Payload<N extends CardAction["mmd"]> = Extract<CardAction, { mmd: N }>;

export const pickPayload = (key: string, q: string, locale: string): Payload<"pick"> => ({ mmd: "pick", row: key, q, locale });

export const feedbackPayload = (helpful: boolean, key: string, q: string, locale: string): Payload<"feedback"> => ({
  mmd: "feedback",
  helpful,
  row: key,
  q,
  locale,
});

export const textPayload = (key: string, q: string, locale: string): Payload<"text"> => ({ mmd: "text", row: key, q, locale });

export const browsePayload = (locale: string): Payload<"browse"> => ({ mmd: "browse", locale });

export const askPayload = (q: string, locale: string): Payload<"ask"> => ({ mmd: "ask", q, locale });
