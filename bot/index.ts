// npm start: wiring only. Settings come from the environment (see config.ts).
import * as cards from "../cards";
import { createAnswerEngine } from "../knowledge/answerEngine";
import { loadKnowledgeBase } from "../knowledge/loadSources";
import { ConfigError, loadConfig } from "./config";
import { createBotApp } from "./createBotApp";

function main(): void {
  const config = loadConfig();
  const knowledge = loadKnowledgeBase(config.knowledgeDir);
  for (const error of knowledge.errors) console.error(`${error.file}:${error.line}: ${error.message}`);
  if (knowledge.pages.length === 0) throw new ConfigError(`KNOWLEDGE_DIR has no page that parses: ${config.knowledgeDir}`);
  const engine = createAnswerEngine(knowledge, { defaultLocale: config.defaultLocale });
  const { server } = createBotApp({ config, engine, cards });
  server.listen(config.port, config.host, () => {
    console.log(`Bot listening on ${server.url} (POST /api/messages, GET /api/ask, GET /healthz); pages: ${engine.locales().join(", ")}`);
  });
}

try {
  main();
} catch (error) {
  console.error(error instanceof ConfigError ? `Cannot start: ${error.message}` : error);
  process.exitCode = 1;
}
