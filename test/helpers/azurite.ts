// Azurite (the npm package) on a free loopback port, for tests of blob storage: started and killed by pid.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "./freePort";

const binary = path.resolve(__dirname, "../../node_modules/.bin/azurite-blob");
// Azurite's well-known development key (node_modules/azurite/dist/src/common/utils/constants.js).
const accountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

export interface Azurite {
  connectionString: string;
  stop(): Promise<void>;
}

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Starts Azurite's blob service; rejects with the reason when it does not come up within the timeout. */
export async function startAzurite(timeoutMs = 20000): Promise<Azurite> {
  const port = await freePort();
  const location = mkdtempSync(path.join(os.tmpdir(), "azurite-"));
  let output = "";
  const child: ChildProcess = spawn(
    binary,
    ["--blobHost", "127.0.0.1", "--blobPort", String(port), "--location", location, "--silent", "--skipApiVersionCheck", "--disableTelemetry"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let spawnError: Error | undefined;
  child.once("error", (error) => (spawnError = error));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    rmSync(location, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (!(await accepts(port))) {
    if (spawnError || child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`azurite did not start: ${spawnError?.message ?? ""} ${output}`.trim());
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${accountKey};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`,
    stop,
  };
}
