// Microsoft 365 Agents Playground (the npm package, offline) pointed at the bot, in Teams mode.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export interface RunningPlayground {
  child: ChildProcess;
  /** The web UI to open in a browser. */
  url: string;
  stop(): void;
}

const binary = join(__dirname, "..", "node_modules", ".bin", "agentsplayground");
const listening = /Listening on (\d+)/;

/** Teams channel, telemetry and event recording off. */
function playgroundArgs(botUrl: string, port: number): string[] {
  return ["--app-endpoint", `${botUrl}/api/messages`, "--channel-id", "msteams", "--disable-telemetry", "--port", String(port)];
}

/** Starts the Playground and resolves once it listens; `echo` forwards its output (for people, not tests). */
export function startPlayground(botUrl: string, port: number, echo = false, timeoutMs = 60_000): Promise<RunningPlayground> {
  // Its own process group, so that stopping it also stops what it starts.
  const child = spawn(binary, playgroundArgs(botUrl, port), { detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, BROWSER: "none" } });
  const stop = () => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
    }
  };
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error(`Agents Playground did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      stop();
      reject(error);
    };
    const read = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output += text;
      if (echo) process.stdout.write(text);
      const match = listening.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: `http://localhost:${match[1]}`, stop });
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("error", fail);
    child.once("exit", (code) => fail(new Error(`Agents Playground exited with ${code}:\n${output}`)));
  });
}
