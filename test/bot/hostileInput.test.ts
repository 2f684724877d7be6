// Hostile and broken input over real HTTP: body limit, compressed bodies, junk text, unknown types, and
// the per-conversation rate limit with its one polite reply.
import assert from "node:assert/strict";
import http from "node:http";
import type { Activity } from "botbuilder";
import type { Server } from "restify";
import sinon from "sinon";
import * as cards from "../../cards";
import { maxQuestionLength } from "../../bot/cleanQuestion";
import { loadConfig } from "../../bot/config";
import { createBotApp } from "../../bot/createBotApp";
import { activityErrors } from "../../bot/validateActivity";
import type { AnswerEngine } from "../../knowledge/types";
import { teamsMessage, type Scope } from "../helpers/botHarness";
import { createRealEngine } from "../helpers/realEngine";
import { cardOf, cardProblems } from "../helpers/replyCards";
import { StandInConnector } from "../helpers/standInConnector";

describe("hostile and broken input over HTTP", function () {
  this.timeout(20000);
  const sandbox = sinon.createSandbox();
  const connector = new StandInConnector();
  const errors: unknown[] = [];
  const maxBodyBytes = 8192;
  const rateLimit = 3;
  let engine: AnswerEngine;
  let server: Server;
  let conversation = 0;

  before(async () => {
    await connector.start();
    engine = createRealEngine();
    const config = loadConfig({ MAX_BODY_BYTES: String(maxBodyBytes), RATE_LIMIT_PER_MINUTE: String(rateLimit) });
    server = createBotApp({ config, engine, cards, log: (_m, e) => errors.push(e) }).server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });

  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await connector.stop();
  });

  afterEach(() => sandbox.restore());

  /** A message in a conversation of its own, so the rate limit only counts where a test means it to. */
  const message = (text: string, options: { scope?: Scope; locale?: string; conversationId?: string } = {}): Partial<Activity> => {
    const activity = teamsMessage(text, { locale: "sv-SE", ...options });
    return { ...activity, id: `h${++conversation}`, serviceUrl: connector.url, conversation: { ...activity.conversation, id: options.conversationId ?? `a:hostile-${conversation}`, conversationType: "personal", isGroup: false, name: "" } };
  };

  const post = (body: string | object, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

  async function exchange(activity: Partial<Activity>) {
    const before = connector.posted.length;
    const response = await post(activity);
    assert.equal(response.status, 200, await response.clone().text());
    return (await connector.waitFor(before + 1))[before]?.activity ?? {};
  }

  it("answers 413 with a JSON error to a body over MAX_BODY_BYTES, and runs no turn", async () => {
    const before = connector.posted.length;
    const response = await post(message("x".repeat(maxBodyBytes * 2)));
    assert.equal(response.status, 413);
    assert.deepEqual(await response.json(), { error: "PayloadTooLarge", message: activityErrors.tooLarge(maxBodyBytes) });
    assert.equal(connector.posted.length, before);
  });

  it("answers 413 to a chunked body that grows past the limit (no Content-Length to trust)", async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(`${server.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } }, (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
      });
      request.on("error", reject);
      for (let i = 0; i < 8; i++) request.write("x".repeat(maxBodyBytes / 2));
      request.end();
    });
    assert.equal(status, 413);
    assert.deepEqual(JSON.parse(body), { error: "PayloadTooLarge", message: activityErrors.tooLarge(maxBodyBytes) });
  });

  it("answers 415 to a compressed body (never inflated)", async () => {
    const response = await post(message("hej"), { "content-encoding": "gzip" });
    assert.equal(response.status, 415);
    assert.deepEqual(await response.json(), { error: "UnsupportedMediaType", message: activityErrors.encoding });
  });

  const bad: Array<{ name: string; patch: Record<string, unknown>; message: string }> = [
    { name: "a serviceUrl that is not http(s)", patch: { serviceUrl: "file:///etc/passwd" }, message: activityErrors.badServiceUrl },
    { name: "a serviceUrl that is not a URL", patch: { serviceUrl: "not a url" }, message: activityErrors.badServiceUrl },
    { name: "a locale that is a number", patch: { locale: 42 }, message: activityErrors.badLocale },
    { name: "entities with a null in them", patch: { entities: [null] }, message: activityErrors.badEntities },
    { name: "a from that is a string", patch: { from: "29:user" }, message: activityErrors.badAccount },
    { name: "a recipient whose id is a number", patch: { recipient: { id: 7 } }, message: activityErrors.badAccount },
    { name: "an id that is an object", patch: { id: { x: 1 } }, message: activityErrors.badField("id") },
  ];
  for (const c of bad) {
    it(`answers 400 to ${c.name}`, async () => {
      const response = await post({ ...message("hej"), ...c.patch });
      assert.equal(response.status, 400);
      assert.deepEqual(await response.json(), { error: "BadRequest", message: c.message });
    });
  }

  it("answers text full of control characters and binary junk as the question inside it", async () => {
    const ask = sandbox.spy(engine, "ask");
    const reply = await exchange(message("\u0000Vem\u0007 övervakar\u001b[31m säkerheten?\ufffe\ud800"));
    assert.deepEqual(cardProblems(cardOf(reply)), []);
    assert.equal(ask.firstCall.args[0], "Vem övervakar [31m säkerheten?");
  });

  it("asks for a question when nothing is left once the junk is gone", async () => {
    const reply = await exchange(message("\u0000\u0001\u0002\u200b\ufeff"));
    assert.match(String(reply.text), new RegExp(cards.uiString("sv", "emptyQuestion", { example: "" }).slice(0, 20)));
  });

  it("answers a very long question from its first characters, never searching more", async () => {
    const ask = sandbox.spy(engine, "ask");
    const reply = await exchange(message(`Vem övervakar säkerheten? ${"bla ".repeat(1500)}`));
    assert.ok(reply.attachments?.length, "a card");
    assert.ok(String(ask.firstCall.args[0]).length <= maxQuestionLength);
  });

  it("ignores a __proto__ key in the activity instead of letting it become a prototype", async () => {
    const body = JSON.stringify(message("Vem övervakar säkerheten?")).replace('"from":{', '"from":{"__proto__":{"id":{"x":1},"name":{}},');
    assert.match(body, /__proto__/);
    const before = connector.posted.length;
    assert.equal((await post(body)).status, 200);
    const [reply] = (await connector.waitFor(before + 1)).slice(before);
    assert.ok(reply?.activity.attachments?.length);
  });

  it("ignores a __proto__ key spelt with \\u escapes, deep inside the activity", async () => {
    const activity = message("Vem övervakar säkerheten?");
    const body = JSON.stringify({ ...activity, channelData: { tenant: { id: "t" }, list: [{ id: "x" }] } }).replace('"list":[{', '"list":[{"\\u005f_proto__":{"text":{"x":1}},');
    assert.match(body, /u005f_proto__/);
    const before = connector.posted.length;
    const response = await post(body);
    assert.equal(response.status, 200, await response.clone().text());
    const [reply] = (await connector.waitFor(before + 1)).slice(before);
    assert.ok(reply?.activity.attachments?.length);
    assert.equal(({} as Record<string, unknown>).text, undefined, "Object.prototype untouched");
  });

  it("answers a message whose mention entity has text that is not a string", async () => {
    const activity = message("Vem övervakar säkerheten?", { scope: "channel" });
    const reply = await exchange({ ...activity, entities: [{ type: "mention", mentioned: { id: "28:bot-id" }, text: true }] });
    assert.ok(reply.attachments?.length);
  });

  it("answers an unknown activity type with 200 and no reply", async () => {
    const before = connector.posted.length;
    const response = await post({ ...message(""), type: "somethingNew" });
    assert.equal(response.status, 200);
    assert.equal(connector.posted.length, before);
  });

  // 501 is botbuilder's Not Implemented for invokes this bot does not handle: a client error, not a crash.
  const invokes: Array<{ name: string; status: number }> = [
    { name: "something/unknown", status: 501 },
    { name: "task/fetch", status: 501 },
    { name: "adaptiveCard/action", status: 400 },
    { name: "composeExtension/query", status: 200 },
  ];
  for (const c of invokes) {
    it(`answers an invoke ${c.name} with junk in it with ${c.status}, and no turn error`, async () => {
      const response = await post({ ...message(""), type: "invoke", name: c.name, value: { junk: [1, { a: null }] } });
      assert.equal(response.status, c.status);
    });
  }

  describe("the per-conversation rate limit", () => {
    it(`answers ${rateLimit} messages a minute, then says so once, with no engine work`, async () => {
      const conversationId = "a:rate-limited";
      const ask = sandbox.spy(engine, "ask");
      const before = connector.posted.length;
      const statuses: number[] = [];
      for (let i = 0; i < rateLimit + 5; i++) statuses.push((await post(message("Vem övervakar säkerheten?", { conversationId }))).status);
      assert.deepEqual(statuses, Array(rateLimit + 5).fill(200));
      const replies = (await connector.waitFor(before + rateLimit + 1)).slice(before);
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal(connector.posted.length, before + rateLimit + 1, "one polite reply, not one per message");
      assert.equal(replies[rateLimit]?.activity.text, cards.uiString("sv", "rateLimited"));
      assert.equal(ask.callCount, rateLimit);
    });

    it("leaves other conversations alone", async () => {
      const reply = await exchange(message("Vem övervakar säkerheten?", { conversationId: "a:someone-else" }));
      assert.ok(reply.attachments?.length);
    });
  });

  it("logged no turn errors", () => assert.deepEqual(errors.map((e) => (e instanceof Error ? e.stack?.split("\n").slice(0, 4).join(" | ") : e)), []));
});
