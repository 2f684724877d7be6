// Starts the bot as `npm start` runs it: knowledge (reloaded on change), storage, server, and a graceful stop.
import type { Server } from "restify";
import * as cards from "../cards";
import { loadKnowledgeBase } from "../knowledge/loadSources";
import { ConfigError, describeHost, type BotConfig } from "./config";
import { createBotApp } from "./createBotApp";
import { KnowledgeReloader } from "./knowledgeReloader";
import type { Logger } from "./logger";

export interface RunningBot {
  server: Server;
  url: string;
  /** Stops accepting, lets turns in flight finish (up to SHUTDOWN_TIMEOUT_MS), closes the watcher. */
  stop(reason: string): Promise<void>;
}

export const startMessages = Object.freeze({
  noPages: (dir: string) => `KNOWLEDGE_DIR has no page that parses: ${dir}`,
  stopping: "shutting down: no new connections, waiting for turns in flight",
  stopped: "stopped",
  drainTimeout: "shutdown timeout: turns still in flight were cut off",
});

export async function startBot(config: BotConfig, logger: Logger): Promise<RunningBot> {
  const knowledge = loadKnowledgeBase(config.knowledgeDir);
  for (const error of knowledge.errors) logger.error({ file: error.file, line: error.line }, `${error.file}:${error.line}: ${error.message}`);
  if (knowledge.pages.length === 0) throw new ConfigError(startMessages.noPages(config.knowledgeDir));
  const reloader = new KnowledgeReloader({ dir: config.knowledgeDir, defaultLocale: config.defaultLocale, logger }, knowledge);
  const { server, tracker } = createBotApp({ config, engine: reloader.engine, cards, logger });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(config.port, config.host, () => {
      server.server.removeListener("error", reject);
      resolve();
    });
  });
  if (config.reloadKnowledge) reloader.start();
  const url = server.url;
  logger.info({ host: config.host, hostSource: config.hostSource }, describeHost(config));
  logger.info(
    { url, locales: reloader.engine.locales(), storage: config.storage, reloadKnowledge: config.reloadKnowledge },
    `Bot listening on ${url} (POST /api/messages, GET /api/ask, GET /healthz, GET /readyz); pages: ${reloader.engine.locales().join(", ")}`,
  );
  let stopping: Promise<void> | undefined;
  const stop = (reason: string): Promise<void> =>
    (stopping ??= (async () => {
      logger.info({ reason, inFlight: tracker.inFlight }, startMessages.stopping);
      tracker.stop();
      reloader.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();
      if (!(await tracker.drain(config.shutdownTimeoutMs))) logger.warn({ inFlight: tracker.inFlight }, startMessages.drainTimeout);
      // A keep-alive connection turns idle once its last response is written; then it can go.
      const sweep = setInterval(() => server.server.closeIdleConnections(), 50);
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1000))]);
      clearInterval(sweep);
      server.server.closeAllConnections();
      await closed;
      logger.info({ reason }, startMessages.stopped);
    })());
  return { server, url, stop };
}

/** SIGTERM (Azure App Service, containers) and SIGINT (Ctrl+C) stop gracefully, then exit 0. */
export function stopOnSignals(running: RunningBot, logger: Logger): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      running.stop(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
    });
  }
}
