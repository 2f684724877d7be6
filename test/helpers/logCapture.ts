// A pino logger whose JSON lines a test can read back.
import { createLogger, type Logger } from "../../bot/logger";

export interface CapturedLog {
  logger: Logger;
  lines: Array<Record<string, unknown>>;
  text(): string;
}

export function captureLog(level: "info" | "debug" = "info"): CapturedLog {
  const raw: string[] = [];
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger(
    { logLevel: level },
    {
      write(chunk: string) {
        raw.push(chunk);
        for (const line of chunk.split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      },
    },
  );
  return { logger, lines, text: () => raw.join("") };
}
