// With MicrosoftAppId set, a request without a valid Bot Framework token gets 401 and no turn runs.
// A header that is not a JWT at all is refused by the server before the adapter (JSON body); a
// JWT-shaped one goes on to botbuilder, whose AuthenticationError is a 401 too, never a 500. Signed
// tokens are checked against a loopback stand-in for the Bot Framework's OpenID metadata and keys.
import assert from "node:assert/strict";
import { CallerIdConstants } from "botbuilder";
import { AuthenticationError } from "botframework-connector";
import sinon from "sinon";
import type { Server } from "restify";
import * as cards from "../../cards";
import { loadConfig } from "../../bot/config";
import { createBotApp } from "../../bot/createBotApp";
import { asAuthenticationError } from "../../bot/authentication";
import { ResponsibilityBot } from "../../bot/responsibilityBot";
import { activityErrors } from "../../bot/validateActivity";
import { teamsMessage } from "../helpers/botHarness";
import { createRealEngine } from "../helpers/realEngine";
import { channelIssuer, OpenIdStandIn } from "../helpers/openIdStandIn";
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

describe("token signatures, checked against a loopback OpenID stand-in", function () {
  this.timeout(20000);
  const appId = "11111111-2222-3333-4444-555555555555";
  const sandbox = sinon.createSandbox();
  const connector = new StandInConnector();
  const openId = new OpenIdStandIn();
  let server: Server;

  before(async () => {
    await connector.start();
    const metadata = await openId.start();
    const config = loadConfig({ MicrosoftAppId: appId, MicrosoftAppPassword: "not-a-real-secret", HOST: "127.0.0.1" });
    // botbuilder's public-cloud settings, spelt out (it takes them all or none), with the keys at the stand-in.
    const authSettings = {
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
      ToChannelFromBotOAuthScope: "https://api.botframework.com",
      ToBotFromChannelTokenIssuer: channelIssuer,
      OAuthUrl: "https://api.botframework.com",
      CallerId: CallerIdConstants.PublicAzureChannel,
      ToBotFromChannelOpenIdMetadataUrl: metadata,
      ToBotFromEmulatorOpenIdMetadataUrl: metadata,
    };
    server = createBotApp({ config, engine: createRealEngine(), cards, authSettings, log: () => undefined }).server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });

  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.all([connector.stop(), openId.stop()]);
  });

  afterEach(() => sandbox.restore());

  const post = (token: string, id: string) =>
    fetch(`${server.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ ...teamsMessage("Vem övervakar säkerheten?", { locale: "sv-SE" }), id, serviceUrl: connector.url }),
    });

  const refused: Array<{ name: string; token: () => string }> = [
    { name: "a token signed with another key (forged)", token: () => openId.forgedToken({ aud: appId, serviceurl: connector.url }) },
    { name: "a token for another bot", token: () => openId.token({ aud: "99999999-0000-0000-0000-000000000000", serviceurl: connector.url }) },
    { name: "a token that has expired", token: () => openId.token({ aud: appId, serviceurl: connector.url, expiresIn: -600 }) },
    { name: "a token from another issuer", token: () => openId.token({ iss: "https://evil.example", aud: appId, serviceurl: connector.url }) },
    { name: "a token for another service URL", token: () => openId.token({ aud: appId, serviceurl: "https://elsewhere.example/" }) },
  ];
  for (const c of refused) {
    it(`answers 401 to ${c.name}, runs no turn and posts nothing`, async () => {
      const run = sandbox.spy(ResponsibilityBot.prototype, "run");
      sandbox.stub(console, "error");
      const before = connector.posted.length;
      const response = await post(c.token(), "sig-refused");
      assert.equal(response.status, 401);
      assert.equal(run.callCount, 0, "no turn ran");
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(connector.posted.length, before);
    });
  }

  it("takes jsonwebtoken's refusals for authentication failures, and nothing else", () => {
    for (const name of ["JsonWebTokenError", "NotBeforeError", "TokenExpiredError"]) {
      const refusal = Object.assign(new Error("invalid signature"), { name });
      assert.ok(asAuthenticationError(refusal) instanceof AuthenticationError, name);
    }
    const outage = new Error("connect ECONNREFUSED");
    assert.equal(asAuthenticationError(outage), outage);
  });

  it("runs the turn for a token signed with the published key, for this bot and this service URL", async () => {
    const texts: string[] = [];
    const run = ResponsibilityBot.prototype.run;
    sandbox.stub(ResponsibilityBot.prototype, "run").callsFake(async function (this: ResponsibilityBot, context) {
      texts.push(String(context.activity.text));
      return run.call(this, context);
    });
    // The reply needs a token from Entra ID for the bot's own credentials, which this machine cannot reach.
    sandbox.stub(console, "error");
    const response = await post(openId.token({ aud: appId, serviceurl: connector.url }), "sig-valid");
    assert.ok(response.status < 500, String(response.status));
    assert.deepEqual(texts, ["Vem övervakar säkerheten?"], "the turn ran");
    assert.ok(openId.fetches >= 2, "the keys came from the stand-in");
  });
});
