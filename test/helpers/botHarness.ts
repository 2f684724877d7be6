// A bot on botbuilder's TestAdapter, wired like createBotApp but with storage the test can read.
import { ConversationState, MemoryStorage, TestAdapter, type Activity, type StoreItems } from "botbuilder";
import type { CardKit } from "../../bot/cardKit";
import { MainDialog } from "../../bot/dialogs/mainDialog";
import { FeedbackStore, feedbackKeyPrefix, type FeedbackRecord } from "../../bot/feedbackStore";
import { createOnTurnError } from "../../bot/onTurnError";
import { Responder } from "../../bot/responder";
import { ResponsibilityBot } from "../../bot/responsibilityBot";
import type { AnswerEngine } from "../../knowledge/types";

/** MemoryStorage that remembers the keys written, so a test can read back what the bot stored. */
class RecordingStorage extends MemoryStorage {
  readonly keys = new Set<string>();
  override async write(changes: StoreItems): Promise<void> {
    for (const key of Object.keys(changes)) this.keys.add(key);
    await super.write(changes);
  }
}

export interface BotHarness {
  adapter: TestAdapter;
  errors: unknown[];
  feedback(): Promise<FeedbackRecord[]>;
}

export function createBotHarness(engine: AnswerEngine, cards: CardKit, defaultLocale = "en-US"): BotHarness {
  const feedbackStorage = new RecordingStorage();
  const conversationState = new ConversationState(new MemoryStorage());
  const responder = new Responder(engine, cards, defaultLocale);
  const bot = new ResponsibilityBot(conversationState, new MainDialog(responder, new FeedbackStore(feedbackStorage)), responder);
  const adapter = new TestAdapter((context) => bot.run(context));
  const errors: unknown[] = [];
  adapter.onTurnError = createOnTurnError(conversationState, responder, (_message, error) => errors.push(error));
  return {
    adapter,
    errors,
    async feedback() {
      const keys = [...feedbackStorage.keys].filter((k) => k.startsWith(feedbackKeyPrefix));
      const items = await feedbackStorage.read(keys);
      // Without the storage's own eTag: just the record as the bot wrote it.
      return keys
        .map((k) => items[k])
        .filter((v): v is FeedbackRecord => isFeedback(v))
        .map(({ question, key, locale, helpful, conversationType, at }) => ({ question, key, locale, helpful, conversationType, at }));
    },
  };
}

const isFeedback = (v: unknown): v is FeedbackRecord => typeof v === "object" && v !== null && "helpful" in v && "question" in v;

// Teams-shaped activities -------------------------------------------------------------------

export const botAccount = { id: "28:bot-id", name: "MMD Bot" };
export const userAccount = { id: "29:user-id", name: "Ada Lovelace", aadObjectId: "00000000-0000-0000-0000-000000000001" };

export type Scope = "personal" | "groupChat" | "channel";

export const conversationIds: Readonly<Record<Scope, string>> = Object.freeze({
  personal: "a:1personal-conversation",
  groupChat: "19:group-chat@thread.v2",
  channel: "19:channel@thread.tacv2;messageid=1700000000000",
});

export function teamsMessage(text: string, options: { scope?: Scope; locale?: string; mention?: boolean; extra?: Partial<Activity> } = {}): Partial<Activity> {
  const scope = options.scope ?? "personal";
  const mention = options.mention ?? scope !== "personal";
  const tag = `<at>${botAccount.name}</at>`;
  return {
    type: "message",
    channelId: "msteams",
    text: mention ? `${tag} ${text}` : text,
    locale: options.locale ?? "en-US",
    from: userAccount,
    recipient: botAccount,
    conversation: { id: conversationIds[scope], conversationType: scope, isGroup: scope !== "personal", name: "" },
    entities: mention ? [{ type: "mention", mentioned: botAccount, text: tag }] : [],
    channelData: scope === "channel" ? { tenant: { id: "tenant" }, team: { id: "19:team@thread.tacv2" }, channel: { id: "19:channel@thread.tacv2" } } : { tenant: { id: "tenant" } },
    ...options.extra,
  };
}

export function teamsSubmit(value: object, options: { scope?: Scope; locale?: string } = {}): Partial<Activity> {
  const activity = teamsMessage("", { ...options, mention: false });
  delete activity.text;
  return { ...activity, value };
}

export function membersAdded(memberIds: string[], scope: Scope | "team", locale = "en-US"): Partial<Activity> {
  const conversationScope: Scope = scope === "team" ? "channel" : scope;
  return {
    type: "conversationUpdate",
    channelId: "msteams",
    locale,
    from: userAccount,
    recipient: botAccount,
    membersAdded: memberIds.map((id) => ({ id, name: id })),
    conversation: { id: conversationScope === "channel" ? "19:general@thread.tacv2" : conversationIds[conversationScope], conversationType: conversationScope, isGroup: scope !== "personal", name: "" },
    channelData: scope === "team" ? { eventType: "teamMemberAdded", team: { id: "19:general@thread.tacv2" }, tenant: { id: "tenant" } } : { tenant: { id: "tenant" } },
  };
}
