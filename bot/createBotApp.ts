// Builds the adapter, state, dialog, bot and server from their parts; index.ts and the tests share it.
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, type Storage } from "botbuilder";
import type { Server } from "restify";
import type { AnswerEngine } from "../knowledge/types";
import type { CardKit } from "./cardKit";
import type { BotConfig } from "./config";
import { MainDialog } from "./dialogs/mainDialog";
import { FeedbackStore } from "./feedbackStore";
import { createMessageExtensionSearch } from "./messageExtension";
import { createOnTurnError, type ErrorLog } from "./onTurnError";
import { Responder } from "./responder";
import { ResponsibilityBot } from "./responsibilityBot";
import { createServer } from "./server";

export interface BotAppDeps {
  config: BotConfig;
  engine: AnswerEngine;
  cards: CardKit;
  /** Conversation state; MemoryStorage when not given. */
  stateStorage?: Storage;
  /** Feedback records; the state storage when not given. */
  feedbackStorage?: Storage;
  log?: ErrorLog;
}

export interface BotApp {
  adapter: CloudAdapter;
  bot: ResponsibilityBot;
  server: Server;
}

const logToConsole: ErrorLog = (message, error) => console.error(message, error);

export function createBotApp(deps: BotAppDeps): BotApp {
  const { config, engine, cards, log = logToConsole } = deps;
  // Empty credentials: requests are not authenticated and replies carry no token (local use only).
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    MicrosoftAppTenantId: config.microsoftAppTenantId,
    MicrosoftAppType: config.microsoftAppType,
  });
  const adapter = new CloudAdapter(auth);
  const stateStorage = deps.stateStorage ?? new MemoryStorage();
  const conversationState = new ConversationState(stateStorage);
  const responder = new Responder(engine, cards, config.defaultLocale);
  const dialog = new MainDialog(responder, new FeedbackStore(deps.feedbackStorage ?? stateStorage));
  const bot = new ResponsibilityBot(conversationState, dialog, responder, createMessageExtensionSearch({ engine, cards }));
  adapter.onTurnError = createOnTurnError(conversationState, responder, log);
  return { adapter, bot, server: createServer({ adapter, bot, engine }) };
}
