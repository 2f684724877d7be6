// The HTTP edge: routes are registered by small functions so more can be added beside them.
import type { ActivityHandler, CloudAdapter } from "botbuilder";
import restify, { type Next, type Request, type Response, type Server } from "restify";
import { toAnswerJson } from "../knowledge/answerJson";
import type { AnswerEngine } from "../knowledge/types";
import { configDefaults } from "./config";
import type { Logger } from "./logger";
import { maxQuestionLength } from "./cleanQuestion";
import { localePattern, queryOf, registerTabRoutes } from "./tabRoutes";
import { TurnTracker } from "./turnTracker";
import { activityErrors, badRequest } from "./validateActivity";
import { parseActivityBody, readBody, requireBearerToken } from "./messageChecks";

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  engine: AnswerEngine;
  /** Largest POST /api/messages body; configDefaults.maxBodyBytes when not given. */
  maxBodyBytes?: number;
  /** Requests in flight and whether the server is stopping; a fresh one when not given. */
  tracker?: TurnTracker;
  logger?: Logger;
  /** With credentials: a request without a JWT bearer token is refused before the adapter sees it. */
  requireToken?: boolean;
  /** The tab's locale when the request names none (DEFAULT_LOCALE); configDefaults.defaultLocale when not given. */
  defaultLocale?: string;
}

export const askErrors = Object.freeze({
  noQuestion: "Query parameter q (the question) is required.",
  tooLong: `Query parameter q must be at most ${maxQuestionLength} characters.`,
  badLocale: 'Query parameter locale must be a locale such as "sv-SE".',
});

export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: "mmd-responsibilities-bot", handleUncaughtExceptions: false });
  registerHealth(server, deps);
  registerReadiness(server, deps);
  registerMessages(server, deps);
  registerAsk(server, deps);
  registerTabRoutes(server, deps);
  return server;
}

function registerHealth(server: Server, { engine }: ServerDeps): void {
  server.get("/healthz", (_req: Request, res: Response, next: Next) => {
    res.send(200, { status: "ok", locales: engine.locales() });
    next();
  });
}

export const readinessReasons = Object.freeze({
  stopping: "The server is shutting down.",
  noKnowledge: "No knowledge page is loaded.",
});

/** Ready for traffic: pages are loaded and the server is not shutting down. /healthz only says the process is alive. */
function registerReadiness(server: Server, { engine, tracker }: ServerDeps): void {
  server.get("/readyz", (_req: Request, res: Response, next: Next) => {
    const locales = engine.locales();
    const reason = tracker?.stopping ? readinessReasons.stopping : locales.length === 0 ? readinessReasons.noKnowledge : undefined;
    res.send(reason ? 503 : 200, reason ? { status: "unavailable", reason } : { status: "ready", locales });
    next();
  });
}

function registerMessages(server: Server, { adapter, bot, maxBodyBytes = configDefaults.maxBodyBytes, tracker = new TurnTracker(), logger, requireToken = false }: ServerDeps): void {
  const checks = requireToken ? [requireBearerToken(logger), readBody(maxBodyBytes), parseActivityBody] : [readBody(maxBodyBytes), parseActivityBody];
  server.post("/api/messages", ...checks, async (req: Request, res: Response) => {
    const done = tracker.begin();
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      // The adapter's own parsing (zod) throws outside its try for a body it cannot read as an activity.
      logger?.warn({ err: error }, activityErrors.unreadable);
      if (!res.headersSent) res.send(400, badRequest(activityErrors.unreadable));
    } finally {
      done();
    }
  });
}

function registerAsk(server: Server, { engine }: ServerDeps): void {
  server.get("/api/ask", restify.plugins.queryParser({ mapParams: false }), (req: Request, res: Response, next: Next) => {
    const query = queryOf(req);
    const q = typeof query.q === "string" ? query.q.trim() : "";
    const locale = typeof query.locale === "string" && query.locale !== "" ? query.locale : undefined;
    const problem = !q ? askErrors.noQuestion : q.length > maxQuestionLength ? askErrors.tooLong : locale && !localePattern.test(locale) ? askErrors.badLocale : undefined;
    if (problem) res.send(400, badRequest(problem));
    else res.send(200, toAnswerJson(engine.ask(q, { locale })));
    next();
  });
}
