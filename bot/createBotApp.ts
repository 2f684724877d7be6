// Builds the adapter, state, dialog, bot and server from their parts; index.ts and the tests share it.
import { CloudAdapter, ConversationState, type ConfigurationBotFrameworkAuthenticationOptions, type Storage } from "botbuilder";
import { BotAuthentication } from "./authentication";
import type { Server } from "restify";
import type { AnswerEngine } from "../knowledge/types";
import type { CardKit } from "./cardKit";
import type { BotConfig } from "./config";
import { MainDialog } from "./dialogs/mainDialog";
import { FeedbackStore } from "./feedbackStore";
import type { InsightsStore } from "./insightsStore";
import { createLogger, errorLogFor, type Logger } from "./logger";
import { createMessageExtensionSearch } from "./messageExtension";
import { createOnTurnError, type ErrorLog } from "./onTurnError";
import { RateLimiter } from "./rateLimiter";
import { RateLimitMiddleware } from "./rateLimitMiddleware";
import { Responder } from "./responder";
import { ResponsibilityBot } from "./responsibilityBot";
import { createServer } from "./server";
import { createStorage, type BotStorage } from "./storage";
import { TurnLogMiddleware } from "./turnLog";
import { TurnTracker } from "./turnTracker";
import { UnansweredLog } from "./unansweredLog";

export interface BotAppDeps {
  config: BotConfig;
  engine: AnswerEngine;
  cards: CardKit;
  /** Conversation state; built from config (memory, or blob when STORAGE=blob) when not given. */
  stateStorage?: Storage;
  /** Feedback records; the insights store's storage when not given. */
  feedbackStorage?: Storage;
  /** Feedback and unanswered questions, listable for the report; built with the state storage from config when not given. */
  insights?: InsightsStore;
  /** Turn errors; the logger when given, else the console. */
  log?: ErrorLog;
  /** Turn, start-up and error lines; silent when not given, so tests and benchmarks stay quiet. */
  logger?: Logger;
  tracker?: TurnTracker;
  /**
   * More of botbuilder's own authentication settings, over those from config: the tests point the OpenID
   * metadata URLs at a loopback stand-in, to check token signatures offline.
   */
  authSettings?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
}

export interface BotApp {
  adapter: CloudAdapter;
  bot: ResponsibilityBot;
  server: Server;
  insights: InsightsStore;
  tracker: TurnTracker;
  logger: Logger;
}

const logToConsole: ErrorLog = (message, error) => console.error(message, error);

export function createBotApp(deps: BotAppDeps): BotApp {
  const { config, engine, cards } = deps;
  const logger = deps.logger ?? createLogger({ logLevel: "silent" });
  const log = deps.log ?? (deps.logger ? errorLogFor(deps.logger) : logToConsole);
  // Empty credentials: requests are not authenticated and replies carry no token (local use only).
  const auth = new BotAuthentication({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    MicrosoftAppTenantId: config.microsoftAppTenantId,
    MicrosoftAppType: config.microsoftAppType,
    ...deps.authSettings,
  });
  const adapter = new CloudAdapter(auth);
  const { state: stateStorage, insights } = storageFor(deps);
  const conversationState = new ConversationState(stateStorage);
  const responder = new Responder(engine, cards, config.defaultLocale);
  const unanswered = new UnansweredLog(insights.storage, (error) => logger.warn({ err: error }, "could not log an unanswered question"));
  const dialog = new MainDialog(responder, new FeedbackStore(deps.feedbackStorage ?? insights.storage), unanswered);
  const bot = new ResponsibilityBot(conversationState, dialog, responder, createMessageExtensionSearch({ engine, cards, defaultLocale: config.defaultLocale }));
  adapter.use(new TurnLogMiddleware(logger, config.logMessageText));
  adapter.use(new RateLimitMiddleware(new RateLimiter(config.rateLimitPerMinute), responder));
  adapter.onTurnError = createOnTurnError(conversationState, responder, log);
  const tracker = deps.tracker ?? new TurnTracker();
  const server = createServer({ adapter, bot, engine, maxBodyBytes: config.maxBodyBytes, tracker, logger, requireToken: config.microsoftAppId !== "", defaultLocale: config.defaultLocale });
  return { adapter, bot, server, insights, tracker, logger };
}

function storageFor(deps: BotAppDeps): BotStorage {
  if (deps.stateStorage && deps.insights) return { state: deps.stateStorage, insights: deps.insights };
  const built = createStorage(deps.config);
  return { state: deps.stateStorage ?? built.state, insights: deps.insights ?? built.insights };
}
