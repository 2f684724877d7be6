// Teams puts "<at>Name</at>" in the text for each @mention; only the bot's own is noise.
import type { Activity, Entity } from "botbuilder";

interface MentionEntity extends Entity {
  type: "mention";
  mentioned: { id: string; name?: string };
  text?: string;
}

const isMention = (entity: Entity): entity is MentionEntity => {
  const mentioned: unknown = entity["mentioned"];
  const text: unknown = entity["text"];
  // Entities come from the client as JSON: a mention whose text is not a string is not one we can remove.
  return entity.type === "mention" && typeof mentioned === "object" && mentioned !== null && typeof (mentioned as { id?: unknown }).id === "string" && (text === undefined || typeof text === "string");
};

/** The message text with the bot's own mention removed and other people's mentions kept as plain names. */
export function removeBotMention(activity: Pick<Activity, "text" | "entities" | "recipient">): string {
  let text = activity.text ?? "";
  const botId = activity.recipient?.id;
  for (const mention of (activity.entities ?? []).filter(isMention)) {
    const tag = mention.text ?? (mention.mentioned.name ? `<at>${mention.mentioned.name}</at>` : undefined);
    if (!tag) continue;
    const replacement = mention.mentioned.id === botId ? " " : tag.replace(/<\/?at>/gi, "");
    text = text.replaceAll(tag, replacement);
  }
  return text.replace(/\s+/g, " ").trim();
}
