// `npm run knowledge -- check <file.md>... [--json]`: parse pages and show what the bot would know.
import { loadPageFiles } from "../loadSources";
import { formatCheckSummary, toCheckJson } from "./checkReport";

export const cliMessages = Object.freeze({
  usage: "usage: npm run knowledge -- check <file.md>... [--json]",
  unknownCommand: (command: string) => `unknown command "${command}"`,
  unknownOption: (option: string) => `unknown option "${option}"`,
  noFiles: "check needs at least one file",
});

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export function runKnowledgeCli(args: readonly string[]): CliOutput {
  const usage = (message: string): CliOutput => ({ code: 2, stdout: "", stderr: `${message}\n${cliMessages.usage}\n` });
  const [command, ...rest] = args;
  if (!command) return usage(cliMessages.usage);
  if (command !== "check") return usage(cliMessages.unknownCommand(command));
  const option = rest.find((arg) => arg.startsWith("--") && arg !== "--json");
  if (option) return usage(cliMessages.unknownOption(option));
  const files = rest.filter((arg) => !arg.startsWith("--"));
  if (!files.length) return usage(cliMessages.noFiles);
  const knowledge = loadPageFiles(files);
  const stdout = rest.includes("--json") ? JSON.stringify(toCheckJson(knowledge), null, 2) : formatCheckSummary(knowledge);
  return { code: knowledge.errors.length ? 1 : 0, stdout: `${stdout}\n`, stderr: "" };
}

if (require.main === module) {
  const output = runKnowledgeCli(process.argv.slice(2));
  process.stdout.write(output.stdout);
  process.stderr.write(output.stderr);
  process.exitCode = output.code;
}
