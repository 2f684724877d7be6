// Structured JSON logs (pino) to stdout, or to a stream a test hands in.
import pino, { type DestinationStream, type Logger } from "pino";
import type { BotConfig } from "./config";
import type { ErrorLog } from "./onTurnError";

export type { Logger } from "pino";

export function createLogger(config: Pick<BotConfig, "logLevel">, destination?: DestinationStream): Logger {
  const options = { name: "mmd-responsibilities-bot", level: config.logLevel, base: undefined };
  return destination ? pino(options, destination) : pino(options);
}

/** The onTurnError log signature over a pino logger. */
export const errorLogFor =
  (logger: Logger): ErrorLog =>
  (message, error) =>
    logger.error({ err: error }, message);
