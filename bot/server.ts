// The HTTP edge: routes are registered by small functions so more can be added beside them.
import type { ActivityHandler, CloudAdapter } from "botbuilder";
import restify, { type Next, type Request, type Response, type Server } from "restify";
import { toAnswerJson } from "../knowledge/answerJson";
import type { AnswerEngine } from "../knowledge/types";
import { maxQuestionLength } from "./readTurn";
import { registerTabRoutes } from "./tabRoutes";
import { activityErrors, badRequest, checkActivity } from "./validateActivity";

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  engine: AnswerEngine;
}

export const askErrors = Object.freeze({
  noQuestion: "Query parameter q (the question) is required.",
  tooLong: `Query parameter q must be at most ${maxQuestionLength} characters.`,
  badLocale: 'Query parameter locale must be a locale such as "sv-SE".',
});

export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: "mmd-responsibilities-bot", handleUncaughtExceptions: false });
  registerHealth(server, deps);
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

/** Parses the raw body ourselves so that bad JSON is a 400 with our error shape, never a 500. */
function parseActivityBody(req: Request, res: Response, next: Next): void {
  const raw: unknown = req.body;
  const text = Buffer.isBuffer(raw) ? raw.toString("utf8") : typeof raw === "string" ? raw : "";
  try {
    req.body = JSON.parse(text);
  } catch {
    res.send(400, badRequest(activityErrors.notJson));
    return next(false);
  }
  const problem = checkActivity(req.body);
  if (problem) {
    res.send(400, badRequest(problem));
    return next(false);
  }
  next();
}

function registerMessages(server: Server, { adapter, bot }: ServerDeps): void {
  server.post("/api/messages", restify.plugins.bodyReader(), parseActivityBody, async (req: Request, res: Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
}

function registerAsk(server: Server, { engine }: ServerDeps): void {
  server.get("/api/ask", restify.plugins.queryParser({ mapParams: false }), (req: Request, res: Response, next: Next) => {
    const query: Record<string, unknown> = typeof req.query === "object" && req.query !== null ? req.query : {};
    const q = typeof query.q === "string" ? query.q.trim() : "";
    const locale = typeof query.locale === "string" && query.locale !== "" ? query.locale : undefined;
    const problem = !q ? askErrors.noQuestion : q.length > maxQuestionLength ? askErrors.tooLong : locale && !/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(locale) ? askErrors.badLocale : undefined;
    if (problem) res.send(400, badRequest(problem));
    else res.send(200, toAnswerJson(engine.ask(q, { locale })));
    next();
  });
}
