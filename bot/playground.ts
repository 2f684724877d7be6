// npm run playground: the bot and Microsoft 365 Agents Playground together, to chat with the bot locally.
import { startPlayground } from "./agentsPlayground";
import { ConfigError, loadConfig } from "./config";
import { createLogger } from "./logger";
import { startBot } from "./startBot";

const defaultPlaygroundPort = 56150;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const bot = await startBot(config, logger);
  const port = Number(process.env.PLAYGROUND_PORT ?? defaultPlaygroundPort);
  const playground = await startPlayground(bot.url, port, true);
  console.log(`\nOpen ${playground.url} in a browser to chat with the bot (Teams mode). Ctrl+C stops both.\n`);
  const stopAll = (reason: string) => {
    playground.stop();
    bot.stop(reason).then(() => process.exit(0), () => process.exit(1));
  };
  process.once("SIGINT", () => stopAll("SIGINT"));
  process.once("SIGTERM", () => stopAll("SIGTERM"));
  playground.child.once("exit", () => stopAll("playground exited"));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Cannot start: ${error.message}` : error);
  process.exit(1);
});
