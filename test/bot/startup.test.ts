// The entry point itself (what `npm start` runs): starts on PORT with the embedded defaults, or refuses
// to start with a message that names the bad key.
import assert from "node:assert/strict";
import { configErrors } from "../../bot/config";
import { teamsMessage } from "../helpers/botHarness";
import { entry, listeningUrl, startBot } from "../helpers/botProcess";
import { cardOf, cardProblems } from "../helpers/replyCards";
import { StandInConnector } from "../helpers/standInConnector";

describe("bot/index.ts (npm start)", function () {
  this.timeout(30000);

  it("starts with the embedded defaults, answers /healthz and a Teams message, with no credentials", async () => {
    const connector = new StandInConnector();
    await connector.start();
    const started = startBot({ PORT: "0", HOST: "127.0.0.1" });
    try {
      const url = await listeningUrl(started);
      const health = await fetch(`${url}/healthz`);
      assert.deepEqual(await health.json(), { status: "ok", locales: ["nl-NL", "sv-SE"] });
      const response = await fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...teamsMessage("Vem övervakar säkerheten?", { locale: "sv-SE" }), id: "m1", serviceUrl: connector.url }),
      });
      assert.equal(response.status, 200);
      const [reply] = await connector.waitFor(1);
      assert.ok(reply);
      assert.deepEqual(cardProblems(cardOf(reply.activity)), []);
    } finally {
      started.child.kill();
      await started.exited;
      await connector.stop();
    }
  });

  it("refuses to start on a bad setting, naming the key", async () => {
    const started = startBot({ PORT: "not-a-port" });
    const code = await started.exited;
    assert.equal(code, 1);
    assert.match(started.output(), new RegExp(`Cannot start: ${configErrors.port("not-a-port")}`));
  });

  it("keeps the entry point to wiring (under 60 lines)", async () => {
    const { readFile } = await import("node:fs/promises");
    const lines = (await readFile(entry, "utf8")).split("\n").length;
    assert.ok(lines < 60, `${lines} lines`);
  });
});
