// npm start and SIGTERM: the server stops accepting, the turn in flight finishes with 200, the process
// exits 0. Also: without credentials it listens on loopback only and says so.
import assert from "node:assert/strict";
import { startMessages } from "../../bot/startBot";
import { teamsMessage } from "../helpers/botHarness";
import { listeningUrl, startBot } from "../helpers/botProcess";
import { cardOf, cardProblems } from "../helpers/replyCards";
import { StandInConnector } from "../helpers/standInConnector";

async function until(ok: () => boolean, what: () => string, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("graceful shutdown of bot/index.ts", function () {
  this.timeout(40000);

  it("lets the turn in flight finish on SIGTERM, then exits 0", async () => {
    const connector = new StandInConnector({ delayMs: 1500 });
    await connector.start();
    const started = startBot({ PORT: "0", RELOAD_KNOWLEDGE: "true" });
    try {
      const url = await listeningUrl(started);
      assert.match(started.output(), /no credentials: listening on loopback only; set HOST to change/);
      const pending = fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...teamsMessage("Vem övervakar säkerheten?", { locale: "sv-SE" }), id: "slow-1", serviceUrl: connector.url }),
      });
      await until(() => connector.received === 1, () => "the turn did not reach the connector");
      assert.equal(connector.posted.length, 0, "the reply is still on its way: the turn is in flight");
      started.child.kill("SIGTERM");
      const response = await pending;
      assert.equal(response.status, 200);
      const [reply] = await connector.waitFor(1);
      assert.ok(reply);
      assert.deepEqual(cardProblems(cardOf(reply.activity)), []);
      assert.equal(await started.exited, 0);
      assert.ok(started.output().includes(startMessages.stopping));
      assert.ok(started.output().includes(`"msg":"${startMessages.stopped}"`));
      await assert.rejects(fetch(`${url}/healthz`), "no longer accepting");
    } finally {
      if (started.child.exitCode === null) started.child.kill("SIGKILL");
      await connector.stop();
    }
  });
});
