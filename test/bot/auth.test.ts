// With MicrosoftAppId set, a request without a valid Bot Framework token gets 401 and no turn runs.
// Only missing and malformed Authorization headers are posted: botbuilder rejects those locally. A
// well-formed but unsigned JWT would make it fetch OpenID metadata from login.botframework.com first.
// A header that is not a JWT at all is refused by the server before the adapter (JSON body); a
// JWT-shaped one goes on to botbuilder, whose AuthenticationError is a 401 too, never a 500.
import assert from "node:assert/strict";
import sinon from "sinon";
import type { Server } from "restify";
import * as cards from "../../cards";
import { loadConfig } from "../../bot/config";
import { createBotApp } from "../../bot/createBotApp";
import { ResponsibilityBot } from "../../bot/responsibilityBot";
import { activityErrors } from "../../bot/validateActivity";
import { teamsMessage } from "../helpers/botHarness";
import { createRealEngine } from "../helpers/realEngine";
import { StandInConnector } from "../helpers/standInConnector";

describe("authentication with MicrosoftAppId set", function () {
  this.timeout(20000);
  const sandbox = sinon.createSandbox();
  const connector = new StandInConnector();
  let server: Server;

  before(async () => {
    await connector.start();
    const config = loadConfig({ MicrosoftAppId: "11111111-2222-3333-4444-555555555555", MicrosoftAppPassword: "not-a-real-secret", HOST: "127.0.0.1" });
    server = createBotApp({ config, engine: createRealEngine(), cards }).server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });

  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await connector.stop();
  });

  afterEach(() => sandbox.restore());

  const refusedByServer = { error: "Unauthorized", message: activityErrors.unauthorized };
  const cases: Array<{ name: string; authorization?: string; body?: object }> = [
    { name: "no Authorization header", body: refusedByServer },
    { name: "an empty Authorization header", authorization: "", body: refusedByServer },
    { name: "a garbage bearer token", authorization: "Bearer garbage", body: refusedByServer },
    { name: "a bearer token with two parts", authorization: "Bearer aaa.bbb", body: refusedByServer },
    { name: "a scheme other than Bearer", authorization: "Basic dXNlcjpwYXNz", body: refusedByServer },
    { name: "a JWT-shaped token that does not decode (botbuilder's check)", authorization: "Bearer aaa.bbb.ccc" },
  ];
  for (const c of cases) {
    it(`answers 401 to ${c.name}, runs no turn and posts nothing`, async () => {
      const run = sandbox.spy(ResponsibilityBot.prototype, "run");
      // CloudAdapter prints each AuthenticationError it maps to 401; keep the test output clean.
      sandbox.stub(console, "error");
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (c.authorization !== undefined) headers.authorization = c.authorization;
      const started = Date.now();
      const response = await fetch(`${server.url}/api/messages`, {
        method: "POST",
        headers,
        body: JSON.stringify({ ...teamsMessage("Vem övervakar säkerheten?", { locale: "sv-SE" }), id: "auth-1", serviceUrl: connector.url }),
      });
      assert.equal(response.status, 401);
      if (c.body) assert.deepEqual(await response.json(), c.body);
      assert.ok(Date.now() - started < 5000, "rejected locally, without fetching keys");
      assert.equal(run.callCount, 0, "no turn ran");
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(connector.posted.length, 0);
      assert.deepEqual(connector.unexpected, []);
    });
  }

  it("still answers /healthz and /readyz without a token", async () => {
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    assert.equal((await fetch(`${server.url}/readyz`)).status, 200);
  });
});
