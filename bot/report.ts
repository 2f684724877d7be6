// npm run report [-- --json]: unanswered questions and not-helpful rows from the configured storage.
import { ConfigError, loadConfig } from "./config";
import { runReport } from "./insightsReport";

const main = async (): Promise<number> => runReport(loadConfig(), process.argv.slice(2), (text) => console.log(text));

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? `Cannot report: ${error.message}` : error);
    process.exitCode = 1;
  },
);
