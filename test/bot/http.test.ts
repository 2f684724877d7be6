// Over real HTTP: the server npm start runs, Teams-shaped activities posted to /api/messages, and the
// replies caught by a stand-in connector on loopback (the activities' serviceUrl points at it).
import assert from "node:assert/strict";
import type { Activity } from "botbuilder";
import type { Server } from "restify";
import * as cards from "../../cards";
import { loadConfig } from "../../bot/config";
import { createBotApp } from "../../bot/createBotApp";
import { activityErrors } from "../../bot/validateActivity";
import { askErrors } from "../../bot/server";
import { botAccount, conversationIds, membersAdded, teamsMessage } from "../helpers/botHarness";
import { createRealEngine } from "../helpers/realEngine";
import { cardOf, cardProblems, cardText } from "../helpers/replyCards";
import type { AnswerJson } from "../../knowledge/answerJson";
import { StandInConnector } from "../helpers/standInConnector";

describe("the server over real HTTP", function () {
  this.timeout(20000);
  const connector = new StandInConnector();
  const errors: unknown[] = [];
  let server: Server;
  let baseUrl: string;

  before(async () => {
    await connector.start();
    const { server: app } = createBotApp({
      config: loadConfig({}),
      engine: createRealEngine(),
      cards,
      log: (_message, error) => errors.push(error),
    });
    server = app;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = server.url;
  });

  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await connector.stop();
  });

  const post = (body: string | object, contentType = "application/json") =>
    fetch(`${baseUrl}/api/messages`, { method: "POST", headers: { "content-type": contentType }, body: typeof body === "string" ? body : JSON.stringify(body) });

  const withServiceUrl = (activity: Partial<Activity>, id: string): Partial<Activity> => ({ ...activity, id, serviceUrl: connector.url });

  async function exchange(activity: Partial<Activity>) {
    const before = connector.posted.length;
    const response = await post(activity);
    assert.equal(response.status, 200, await response.clone().text());
    const [reply] = (await connector.waitFor(before + 1)).slice(before);
    assert.ok(reply);
    return reply;
  }

  it("GET /healthz answers ok with the loaded locales", async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    assert.equal(response.status, 200);
    const body: unknown = await response.json();
    assert.deepEqual(body, { status: "ok", locales: createRealEngine().locales() });
  });

  it("answers a 1:1 message in Swedish with a valid card, replying to the message, with no token", async () => {
    const reply = await exchange(withServiceUrl(teamsMessage("Vem övervakar säkerheten?", { locale: "sv-SE" }), "1:1-msg"));
    assert.equal(reply.conversationId, conversationIds.personal);
    assert.equal(reply.replyToId, "1:1-msg");
    assert.equal(reply.authorization, undefined, "no credentials locally: no bearer token");
    assert.equal(reply.activity.type, "message");
    assert.equal(reply.activity.from?.id, botAccount.id);
    assert.ok(reply.activity.summary, "the reply carries the card's summary");
    const card = cardOf(reply.activity);
    assert.deepEqual(cardProblems(card), []);
    assert.match(cardText(card), /Övervakning av säkerhet/);
    assert.ok(cardText(card).includes(cards.uiString("sv", "partyMicrosoft")));
  });

  it("answers a channel message with a mention entity in Dutch, in the same thread", async () => {
    const activity = withServiceUrl(teamsMessage("Wie is verantwoordelijk voor beveiligingsbewaking?", { scope: "channel", locale: "nl-NL" }), "1700000000000");
    const reply = await exchange(activity);
    assert.equal(reply.conversationId, conversationIds.channel, "the thread's conversation id, ;messageid= kept");
    assert.equal(reply.replyToId, "1700000000000");
    assert.equal(reply.activity.conversation?.id, conversationIds.channel);
    const card = cardOf(reply.activity);
    assert.deepEqual(cardProblems(card), []);
    assert.match(cardText(card), /Veiligheidsbewaking/);
    assert.ok(JSON.stringify(card).includes(cards.uiString("nl", "helpful")), "Dutch UI");
  });

  it("welcomes when the bot is added, with a valid card", async () => {
    const reply = await exchange(withServiceUrl(membersAdded([botAccount.id], "personal", "sv-SE"), "update-1"));
    assert.equal(reply.conversationId, conversationIds.personal);
    const card = cardOf(reply.activity);
    assert.deepEqual(cardProblems(card), []);
    assert.ok(cardText(card).includes(cards.uiString("sv", "welcomeTitle")));
  });

  it("welcomes in a team's channel when the bot is added to the team, calling nothing else on the connector", async () => {
    const reply = await exchange(withServiceUrl(membersAdded(["29:someone", botAccount.id], "team", "nl-NL"), "update-2"));
    assert.equal(reply.conversationId, "19:general@thread.tacv2");
    const card = cardOf(reply.activity);
    assert.deepEqual(cardProblems(card), []);
    assert.ok(cardText(card).includes(cards.uiString("nl", "welcomeTitle")));
    assert.deepEqual(connector.unexpected, []);
  });

  describe("bad input gets a 400 and the server keeps answering", () => {
    const cases: Array<{ name: string; body: string | object; contentType?: string; message: string }> = [
      { name: "an activity without a type", body: { ...teamsMessage("hej"), type: undefined, serviceUrl: "http://127.0.0.1:9/" }, message: activityErrors.noType },
      { name: "a body that is not JSON", body: "{ this is not json", message: activityErrors.notJson },
      { name: "an empty body", body: "", message: activityErrors.notJson },
      { name: "a JSON array", body: [1, 2], message: activityErrors.notObject },
      { name: "a message whose text is not a string", body: { ...teamsMessage("hej"), text: { html: "<b>x</b>" }, serviceUrl: "http://127.0.0.1:9/" }, message: activityErrors.badText },
      { name: "JSON sent as text/plain", body: "hello", contentType: "text/plain", message: activityErrors.notJson },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const response = await post(c.body, c.contentType);
        assert.equal(response.status, 400);
        assert.match(response.headers.get("content-type") ?? "", /application\/json/);
        assert.deepEqual(await response.json(), { error: "BadRequest", message: c.message });
      });
    }

    it("still answers a good request afterwards", async () => {
      const reply = await exchange(withServiceUrl(teamsMessage("help", { locale: "nl-NL" }), "after-bad"));
      assert.deepEqual(cardProblems(cardOf(reply.activity)), []);
    });

    it("answers an unknown invoke with botbuilder's 501 Not Implemented, not a crash", async () => {
      const response = await post(withServiceUrl({ ...teamsMessage(""), type: "invoke", name: "something/unknown", value: {} }, "invoke-1"));
      assert.equal(response.status, 501);
    });

    it("answers an unknown activity type with 200 and no reply", async () => {
      const before = connector.posted.length;
      const response = await post(withServiceUrl({ ...teamsMessage(""), type: "somethingNew" }, "odd-1"));
      assert.equal(response.status, 200);
      assert.equal(connector.posted.length, before);
    });
  });

  describe("GET /api/ask", () => {
    it("returns the engine's answer as JSON, without the row object", async () => {
      const response = await fetch(`${baseUrl}/api/ask?q=${encodeURIComponent("Vem övervakar säkerheten?")}&locale=sv-SE`);
      assert.equal(response.status, 200);
      const body: AnswerJson = await response.json();
      assert.equal(body.answered, true);
      assert.equal(body.language, "sv");
      const [first] = body.results;
      assert.ok(first);
      assert.equal(first.title, "Övervakning av säkerhet");
      assert.equal(first.owner, "microsoft");
      assert.deepEqual(Object.keys(first).sort(), ["key", "links", "owner", "score", "source", "statement", "title"]);
      assert.deepEqual(Object.keys(first.source).sort(), ["file", "line", "locale", "row", "table", "url"]);
      assert.equal(first.source.file, "roles-and-responsibilities.sv-SE.md");
    });

    const bad: Array<[string, string, string]> = [
      ["no q", "", askErrors.noQuestion],
      ["an empty q", "?q=%20%20", askErrors.noQuestion],
      ["a q that is too long", `?q=${"a".repeat(501)}`, askErrors.tooLong],
      ["a bad locale", "?q=vem&locale=%3Cscript%3E", askErrors.badLocale],
    ];
    for (const [name, query, message] of bad) {
      it(`answers 400 with a JSON error for ${name}`, async () => {
        const response = await fetch(`${baseUrl}/api/ask${query}`);
        assert.equal(response.status, 400);
        assert.deepEqual(await response.json(), { error: "BadRequest", message });
      });
    }
  });

  it("logged no turn errors", () => assert.deepEqual(errors, []));

  it("serves the tab and answers the search in DEFAULT_LOCALE when the request names no locale", async () => {
    const { server: dutch } = createBotApp({ config: loadConfig({ DEFAULT_LOCALE: "nl-NL" }), engine: createRealEngine(), cards });
    await new Promise<void>((resolve) => dutch.listen(0, "127.0.0.1", resolve));
    try {
      assert.equal(((await (await fetch(`${dutch.url}/api/locales`)).json()) as { defaultLocale: string }).defaultLocale, "nl-NL");
      const rows = (await (await fetch(`${dutch.url}/api/rows`)).json()) as { locale: string };
      assert.equal(rows.locale, "nl-NL");
      const search = await fetch(`${dutch.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          type: "invoke",
          name: "composeExtension/query",
          id: "me-default",
          channelId: "msteams",
          serviceUrl: connector.url,
          from: { id: "29:user" },
          recipient: botAccount,
          conversation: { id: conversationIds.personal, conversationType: "personal" },
          value: { commandId: "searchResponsibilities", parameters: [{ name: "searchQuery", value: "printers" }] },
        }),
      });
      const body = (await search.json()) as { composeExtension: { attachments: Array<{ preview: { content: { title: string } } }> } };
      assert.match(body.composeExtension.attachments[0]?.preview.content.title ?? "", /^Uw organisatie: /);
    } finally {
      dutch.server.closeAllConnections();
      await new Promise<void>((resolve) => dutch.close(() => resolve()));
    }
  });
});
