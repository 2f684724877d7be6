// npm start: wiring only. Settings come from the environment (see config.ts and .env.example).
import { ConfigError, loadConfig } from "./config";
import { createLogger } from "./logger";
import { startBot, stopOnSignals } from "./startBot";

function cannotStart(error: unknown): void {
  console.error(error instanceof ConfigError ? `Cannot start: ${error.message}` : error);
  process.exitCode = 1;
}

try {
  const config = loadConfig();
  const logger = createLogger(config);
  startBot(config, logger).then((running) => stopOnSignals(running, logger), cannotStart);
} catch (error) {
  cannotStart(error);
}
