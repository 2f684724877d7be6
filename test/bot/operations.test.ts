// Operations over real HTTP: one JSON log line per turn (no message text unless configured), /readyz.
import assert from "node:assert/strict";
import type { Activity } from "botbuilder";
import type { Server } from "restify";
import * as cards from "../../cards";
import { loadConfig } from "../../bot/config";
import { createBotApp, type BotApp } from "../../bot/createBotApp";
import { readinessReasons } from "../../bot/server";
import { SwappableEngine } from "../../bot/swappableEngine";
import { turnLogMessage } from "../../bot/turnLog";
import { createAnswerEngine } from "../../knowledge/answerEngine";
import type { AnswerEngine } from "../../knowledge/types";
import { teamsMessage, teamsSubmit } from "../helpers/botHarness";
import { captureLog, type CapturedLog } from "../helpers/logCapture";
import { createRealEngine } from "../helpers/realEngine";
import { StandInConnector } from "../helpers/standInConnector";

describe("operations", function () {
  this.timeout(20000);
  const connector = new StandInConnector();
  // One engine for every test: they read from it and none changes it.
  let realEngine: AnswerEngine;
  before(async () => {
    realEngine = createRealEngine();
    await connector.start();
  });
  after(() => connector.stop());

  async function serve(env: Record<string, string>, engine = realEngine): Promise<{ app: BotApp; log: CapturedLog; close: () => Promise<void> }> {
    const log = captureLog();
    const app = createBotApp({ config: loadConfig(env), engine, cards, logger: log.logger });
    await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
    return { app, log, close: () => new Promise<void>((resolve) => app.server.close(() => resolve())) };
  }

  let sent = 0;
  async function send(server: Server, activity: Partial<Activity>): Promise<void> {
    const before = connector.posted.length;
    const response = await fetch(`${server.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...activity, id: `o${++sent}`, serviceUrl: connector.url }),
    });
    assert.equal(response.status, 200);
    if (activity.type === "message") await connector.waitFor(before + 1);
  }

  const turns = (log: CapturedLog) => log.lines.filter((l) => l.msg === turnLogMessage);

  describe("the turn log", () => {
    const secret = "Vem övervakar säkerheten?";

    it("writes one JSON line per turn with type, scope, locale, row, confidence, kind, status and latency, without the text", async () => {
      const { app, log, close } = await serve({});
      try {
        await send(app.server, teamsMessage(secret, { scope: "groupChat", locale: "sv-SE" }));
        await send(app.server, teamsMessage("Vem bakar kakorna på fredag?", { locale: "sv-SE" }));
        await send(app.server, teamsSubmit({ mmd: "feedback", helpful: true, row: "microsoft-4", q: secret, locale: "sv-SE" }));
        await send(app.server, { ...teamsMessage(""), type: "typing" });
      } finally {
        await close();
      }
      const [answered, none, feedback, typing] = turns(log);
      assert.equal(turns(log).length, 4);
      assert.deepEqual(
        { ...answered, time: 0, latencyMs: 0 },
        { level: 30, time: 0, name: "mmd-responsibilities-bot", msg: "turn", activityType: "message", conversationType: "groupChat", locale: "sv-SE", key: "microsoft-4", confidence: answered?.confidence, kind: "answer", status: "ok", latencyMs: 0 },
      );
      assert.ok(typeof answered?.confidence === "number" && answered.confidence > 0.5);
      assert.ok(typeof answered?.latencyMs === "number" && answered.latencyMs >= 0);
      assert.equal(none?.kind, "none");
      assert.equal(none?.key, null);
      assert.equal(feedback?.kind, "feedback");
      assert.equal(typing?.activityType, "typing");
      assert.ok(!log.text().includes("övervakar") && !log.text().includes("kakorna"), "no message text by default");
    });

    it("includes the text when LOG_MESSAGE_TEXT=true", async () => {
      const { app, log, close } = await serve({ LOG_MESSAGE_TEXT: "true" });
      try {
        await send(app.server, teamsMessage(secret, { locale: "sv-SE" }));
      } finally {
        await close();
      }
      assert.equal(turns(log)[0]?.text, secret);
    });

    it("marks rate-limited turns and failed turns", async () => {
      const engine = realEngine;
      const { app, log, close } = await serve({ RATE_LIMIT_PER_MINUTE: "1" }, engine);
      try {
        const activity = { ...teamsMessage(secret, { locale: "sv-SE" }), conversation: { id: "a:ops-limit", conversationType: "personal", isGroup: false, name: "" } };
        await send(app.server, activity);
        await send(app.server, activity);
        const failing = { ...engine, ask: () => { throw new Error("engine down"); } };
        const broken = createBotApp({ config: loadConfig({}), engine: failing, cards, logger: log.logger, log: () => undefined });
        await new Promise<void>((resolve) => broken.server.listen(0, "127.0.0.1", resolve));
        await send(broken.server, teamsMessage(secret, { locale: "sv-SE" }));
        await new Promise<void>((resolve) => broken.server.close(() => resolve()));
      } finally {
        await close();
      }
      assert.deepEqual(turns(log).map((t) => t.status), ["ok", "rateLimited", "error"]);
    });
  });

  describe("/healthz and /readyz", () => {
    it("is ready with pages loaded, and not ready once stopping, saying why", async () => {
      const { app, close } = await serve({});
      try {
        const ready = await fetch(`${app.server.url}/readyz`);
        assert.equal(ready.status, 200);
        assert.deepEqual(await ready.json(), { status: "ready", locales: ["nl-NL", "sv-SE"] });
        app.tracker.stop();
        const stopping = await fetch(`${app.server.url}/readyz`);
        assert.equal(stopping.status, 503);
        assert.deepEqual(await stopping.json(), { status: "unavailable", reason: readinessReasons.stopping });
        assert.equal((await fetch(`${app.server.url}/healthz`)).status, 200, "still alive while stopping");
      } finally {
        await close();
      }
    });

    it("is not ready when no page is loaded", async () => {
      const empty = new SwappableEngine(createAnswerEngine({ pages: [], errors: [], warnings: [] }));
      const { app, close } = await serve({}, empty);
      try {
        const response = await fetch(`${app.server.url}/readyz`);
        assert.equal(response.status, 503);
        assert.deepEqual(await response.json(), { status: "unavailable", reason: readinessReasons.noKnowledge });
      } finally {
        await close();
      }
    });
  });
});
