// Editing or adding a page in KNOWLEDGE_DIR rebuilds the index without a restart; a page that no longer
// parses keeps its last good version and the error is logged with file and line.
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as cards from "../../cards";
import { loadConfig } from "../../bot/config";
import { createBotApp } from "../../bot/createBotApp";
import { KnowledgeReloader, reloadMessages } from "../../bot/knowledgeReloader";
import type { AnswerJson } from "../../knowledge/answerJson";
import { defaultSourcesDir, loadKnowledgeBase } from "../../knowledge/loadSources";
import { captureLog, type CapturedLog } from "../helpers/logCapture";

const sv = "roles-and-responsibilities.sv-SE.md";
const nl = "roles-and-responsibilities.nl-NL.md";
const englishFixture = path.resolve(__dirname, "../fixtures/engine/roles-and-responsibilities.en-US.md");
const question = "Vem övervakar säkerheten?";
const oldTitle = "Övervakning av säkerhet";
const newTitle = "Övervakning av säkerhetsläget";

async function until<T>(read: () => T, ok: (value: T) => boolean, timeoutMs = 5000): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (ok(value)) return { value, ms: Date.now() - started };
    if (Date.now() - started > timeoutMs) throw new Error(`timed out; last value: ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("knowledge reload without a restart", function () {
  this.timeout(20000);
  let dir: string;
  let log: CapturedLog;
  let reloader: KnowledgeReloader;
  const latencies: number[] = [];

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "knowledge-"));
    for (const file of [sv, nl]) copyFileSync(path.join(defaultSourcesDir, file), path.join(dir, file));
    log = captureLog();
    reloader = new KnowledgeReloader({ dir, defaultLocale: "en-US", logger: log.logger, debounceMs: 50 }, loadKnowledgeBase(dir));
    reloader.start();
  });

  afterEach(() => {
    reloader.close();
    rmSync(dir, { recursive: true, force: true });
  });

  after(() => {
    if (latencies.length) console.log(`      reload latency after a write (debounce 50 ms): ${latencies.join(", ")} ms`);
  });

  const topTitle = () => reloader.engine.ask(question, { locale: "sv-SE" }).results[0]?.title;
  const editSwedish = (from: string, to: string) => {
    const file = path.join(dir, sv);
    writeFileSync(file, readFileSync(file, "utf8").replace(from, to));
  };

  it("answers from an edited row, through the same engine object", async () => {
    const engine = reloader.engine;
    assert.equal(topTitle(), oldTitle);
    editSwedish(`${oldTitle} |`, `${newTitle} |`);
    const { ms } = await until(topTitle, (title) => title === newTitle);
    latencies.push(ms);
    assert.equal(reloader.engine, engine);
    assert.ok(log.lines.some((l) => l.msg === reloadMessages.reloaded));
  });

  it("answers in a locale whose page was added", async () => {
    assert.ok(!reloader.engine.locales().includes("en-US"));
    copyFileSync(englishFixture, path.join(dir, "roles-and-responsibilities.en-US.md"));
    const { ms } = await until(() => reloader.engine.locales(), (locales) => locales.includes("en-US"));
    latencies.push(ms);
    assert.equal(reloader.engine.ask("Who monitors security?", { locale: "en-US" }).language, "en");
  });

  it("keeps the last good page of a file that breaks, logs file:line, and takes the fix", async () => {
    editSwedish(`${oldTitle} |`, `${newTitle} |`);
    await until(topTitle, (title) => title === newTitle);
    editSwedish("ms.lasthandoff: 07/30/2020", "ms.lasthandoff: [unclosed");
    const { value: line } = await until(() => log.lines.find((l) => l.msg && String(l.msg).startsWith(reloadMessages.kept)), (l) => l !== undefined);
    assert.equal(line?.level, 50);
    assert.equal(line?.file, sv);
    assert.equal(line?.line, 17);
    assert.match(String(line?.msg), new RegExp(`${sv}:17: front matter is not valid YAML`));
    assert.equal(topTitle(), newTitle, "the last good Swedish page still answers");
    assert.deepEqual(reloader.engine.locales(), ["nl-NL", "sv-SE"]);
    editSwedish("ms.lasthandoff: [unclosed", "ms.lasthandoff: 07/30/2020");
    editSwedish(`${newTitle} |`, `${oldTitle} |`);
    await until(topTitle, (title) => title === oldTitle);
  });

  it("drops the locale of a page that is deleted", async () => {
    rmSync(path.join(dir, nl));
    await until(() => reloader.engine.locales(), (locales) => locales.join() === "sv-SE");
  });

  it("keeps everything when no page parses at all", async () => {
    writeFileSync(path.join(dir, sv), "not a page");
    writeFileSync(path.join(dir, nl), "not a page either");
    await until(() => log.lines.filter((l) => String(l.msg).startsWith(reloadMessages.kept)).length, (n) => n >= 2);
    assert.deepEqual(reloader.engine.locales(), ["nl-NL", "sv-SE"]);
    assert.equal(topTitle(), oldTitle);
  });

  it("stops watching when closed", async () => {
    reloader.close();
    editSwedish(`${oldTitle} |`, `${newTitle} |`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(topTitle(), oldTitle);
  });

  it("serves the reloaded knowledge over HTTP: /api/ask keeps its engine reference", async () => {
    const { server } = createBotApp({ config: loadConfig({}), engine: reloader.engine, cards });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const ask = async () => {
        const body: AnswerJson = await (await fetch(`${server.url}/api/ask?q=${encodeURIComponent(question)}&locale=sv-SE`)).json();
        return body.results[0]?.title;
      };
      assert.equal(await ask(), oldTitle);
      editSwedish(`${oldTitle} |`, `${newTitle} |`);
      await until(topTitle, (title) => title === newTitle);
      assert.equal(await ask(), newTitle);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
