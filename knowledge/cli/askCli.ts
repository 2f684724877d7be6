// npm run ask -- "question" [--locale sv-SE] [--json] | --stdin
// --stdin reads one JSON object per line, {"q": "...", "locale": "sv-SE"}, and writes one JSON answer per line.
import { createInterface } from "node:readline";
import { createAnswerEngine } from "../answerEngine";
import { toAnswerJson } from "../answerJson";
import { formatDiagnostic } from "./checkReport";
import { loadKnowledgeBase } from "../loadSources";
import type { Answer, AnswerEngine } from "../types";
import { formatAnswerForTerminal } from "./formatAnswer";

const usage = 'usage: npm run ask -- "question" [--locale sv-SE] [--json]\n       npm run ask -- --stdin [--json]';

interface Args {
  question: string | undefined;
  locale: string | undefined;
  json: boolean;
  stdin: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { question: undefined, locale: undefined, json: false, stdin: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") args.json = true;
    else if (arg === "--stdin") args.stdin = true;
    else if (arg === "--locale") {
      const value = argv[++i];
      if (!value) return "--locale needs a value, e.g. --locale sv-SE";
      args.locale = value;
    } else if (arg.startsWith("--")) return `unknown option ${arg}`;
    else args.question = args.question === undefined ? arg : `${args.question} ${arg}`;
  }
  if (!args.stdin && !args.question?.trim()) return "a question is needed";
  return args;
}

async function answerLines(engine: AnswerEngine): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    process.stdout.write(`${JSON.stringify(answerLine(engine, line))}\n`);
  }
}

function answerLine(engine: AnswerEngine, line: string): object {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    return { answered: false, error: "line is not JSON", results: [] };
  }
  const { q, locale } = (typeof request === "object" && request !== null ? request : {}) as { q?: unknown; locale?: unknown };
  if (typeof q !== "string") return { answered: false, error: 'expected {"q": "...", "locale": "..."}', results: [] };
  return toAnswerJson(engine.ask(q, { locale: typeof locale === "string" ? locale : undefined }));
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(`${args}\n${usage}`);
    return 2;
  }
  const knowledge = loadKnowledgeBase();
  for (const error of knowledge.errors) console.error(formatDiagnostic(error));
  const engine = createAnswerEngine(knowledge);
  if (args.stdin) {
    await answerLines(engine);
    return 0;
  }
  const answer: Answer = engine.ask(args.question ?? "", { locale: args.locale });
  console.log(args.json ? JSON.stringify(toAnswerJson(answer), null, 2) : formatAnswerForTerminal(answer));
  return 0;
}

main().then((code) => (process.exitCode = code));
