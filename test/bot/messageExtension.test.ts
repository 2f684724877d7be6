// composeExtension/query invokes posted over real HTTP to the real server, real engine and real pages;
// the invoke response (the HTTP body) is what Teams would show in the message extension.
import assert from "node:assert/strict";
import type { Activity, MessagingExtensionAttachment, MessagingExtensionQuery, MessagingExtensionResponse } from "botbuilder";
import type { Server } from "restify";
import sinon from "sinon";
import * as cards from "../../cards";
import { loadConfig } from "../../bot/config";
import { createBotApp } from "../../bot/createBotApp";
import { readSearchRequest, searchDefaults, searchResponsibilities } from "../../bot/messageExtension";
import type { AnswerEngine } from "../../knowledge/types";
import { botAccount, conversationIds, userAccount } from "../helpers/botHarness";
import { adaptiveCardContentType, cardProblems } from "../helpers/replyCards";
import { createRealEngine } from "../helpers/realEngine";

/** cardProblems (which resets adaptivecards' `lang` check between cards) for a card that must be an object. */
function validCardProblems(card: unknown): string[] {
  assert.ok(typeof card === "object" && card !== null && !Array.isArray(card));
  return cardProblems({ ...card });
}

const adaptive = adaptiveCardContentType;
const thumbnail = "application/vnd.microsoft.card.thumbnail";

function invoke(value: MessagingExtensionQuery, locale = "en-US"): Partial<Activity> {
  return {
    type: "invoke",
    name: "composeExtension/query",
    id: `invoke-${Math.random().toString(36).slice(2)}`,
    channelId: "msteams",
    serviceUrl: "http://127.0.0.1:9/",
    locale,
    from: userAccount,
    recipient: botAccount,
    conversation: { id: conversationIds.personal, conversationType: "personal", isGroup: false, name: "" },
    channelData: { tenant: { id: "tenant" }, source: { name: "compose" } },
    value,
  };
}

const query = (searchQuery: string | undefined, extra: Partial<MessagingExtensionQuery> = {}): MessagingExtensionQuery => ({
  commandId: "searchResponsibilities",
  parameters: searchQuery === undefined ? [] : [{ name: "searchQuery", value: searchQuery }],
  queryOptions: { skip: 0, count: 25 },
  ...extra,
});

const initialRun: MessagingExtensionQuery = { commandId: "searchResponsibilities", parameters: [{ name: "initialRun", value: "true" }], queryOptions: { skip: 0, count: 25 } };

interface Preview {
  title: string;
  text: string;
}

function previewOf(attachment: MessagingExtensionAttachment): Preview {
  assert.equal(attachment.preview?.contentType, thumbnail);
  const content: unknown = attachment.preview?.content;
  assert.ok(typeof content === "object" && content !== null && "title" in content && "text" in content);
  return { title: String(content.title), text: String(content.text) };
}

function cardTextOf(attachment: MessagingExtensionAttachment): string {
  assert.equal(attachment.contentType, adaptive);
  return JSON.stringify(attachment.content);
}

describe("search message extension", function () {
  this.timeout(30_000);
  let engine: AnswerEngine;
  before(() => {
    engine = createRealEngine();
  });

  describe("over real HTTP (composeExtension/query)", () => {
    const errors: unknown[] = [];
    let server: Server;
    let baseUrl: string;

    before(async () => {
      server = createBotApp({ config: loadConfig({}), engine, cards, log: (_message, error) => errors.push(error) }).server;
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      baseUrl = server.url;
    });

    after(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      assert.deepEqual(errors, []);
    });

    async function send(value: MessagingExtensionQuery, locale?: string): Promise<MessagingExtensionResponse> {
      const response = await fetch(`${baseUrl}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(invoke(value, locale)) });
      const text = await response.text();
      assert.equal(response.status, 200, text);
      return JSON.parse(text);
    }

    const attachmentsOf = (response: MessagingExtensionResponse): MessagingExtensionAttachment[] => {
      assert.equal(response.composeExtension?.type, "result");
      assert.equal(response.composeExtension?.attachmentLayout, "list");
      return response.composeExtension?.attachments ?? [];
    };

    it("initialRun lists the responsibilities of the asker's page, in page order", async () => {
      const attachments = attachmentsOf(await send(initialRun, "sv-SE"));
      const rows = engine.listRows("sv-SE");
      assert.equal(attachments.length, Math.min(rows.length, searchDefaults.maxResults));
      attachments.forEach((attachment, i) => {
        const row = rows[i];
        assert.ok(row);
        assert.ok(previewOf(attachment).title.includes(row.title), `${previewOf(attachment).title} names ${row.title}`);
        assert.ok(cardTextOf(attachment).includes(row.title.replace(/"/g, "")));
      });
    });

    it("an empty search box lists the responsibilities too", async () => {
      const attachments = attachmentsOf(await send(query(""), "nl-NL"));
      assert.equal(attachments.length, engine.listRows("nl-NL").length);
      const [first] = attachments;
      assert.ok(first);
      assert.match(previewOf(first).title, /^Microsoft: /);
    });

    const questions = [
      { name: "Swedish", q: "Vem ansvarar för utskrift?", locale: "sv-SE", title: "Utskrift", party: "Din organisation" },
      { name: "Dutch", q: "Wie beheert de printers?", locale: "nl-NL", title: "Afdrukken", party: "Uw organisatie" },
      { name: "English, asked from an English client", q: "Who monitors security?", locale: "en-US", title: /säkerhet|Veiligheidsbewaking/i, party: "Microsoft" },
    ];
    for (const c of questions) {
      it(`answers a question in ${c.name}: first result previews party and title, and inserts a valid answer card`, async () => {
        const attachments = attachmentsOf(await send(query(c.q), c.locale));
        const [first] = attachments;
        assert.ok(first, "at least one result");
        const preview = previewOf(first);
        assert.ok(preview.title.startsWith(`${c.party}: `), preview.title);
        if (typeof c.title === "string") assert.ok(preview.title.endsWith(c.title), preview.title);
        else assert.match(preview.title, c.title);
        assert.ok(preview.text.length > 0, "the preview shows what the page says");
        assert.deepEqual(validCardProblems(first.content), []);
        assert.ok(attachments.length <= searchDefaults.maxResults);
      });
    }

    it("a nonsense query gives an empty list with a message", async () => {
      const response = await send(query("xyzzy qwertyuiop"), "sv-SE");
      assert.equal(response.composeExtension?.type, "message");
      assert.deepEqual(response.composeExtension?.attachments, []);
      assert.equal(response.composeExtension?.text, cards.uiString("sv", "noAnswerTitle"));
    });

    it("a query without the searchQuery parameter gives an empty list with a hint, not an error", async () => {
      const response = await send(query(undefined), "nl-NL");
      assert.equal(response.composeExtension?.type, "message");
      assert.deepEqual(response.composeExtension?.attachments, []);
      assert.match(response.composeExtension?.text ?? "", /^Vraag mij wie/);
    });

    it("pages with skip and count", async () => {
      const all = attachmentsOf(await send(initialRun, "sv-SE"));
      const page = attachmentsOf(await send({ ...initialRun, queryOptions: { skip: 4, count: 3 } }, "sv-SE"));
      assert.deepEqual(page.map((a) => previewOf(a).title), all.slice(4, 7).map((a) => previewOf(a).title));
    });
  });

  describe("searchResponsibilities", () => {
    const sandbox = sinon.createSandbox();
    afterEach(() => sandbox.restore());

    it("finds words the engine does not rank, ignoring case and diacritics", () => {
      sandbox.stub(engine, "ask").callsFake((question) => ({ question, answered: false, kind: "none", language: "sv", locale: "sv-SE", confidence: 0, ambiguous: false, results: [] }));
      const response = searchResponsibilities({ engine, cards }, query("UTSKRIFT"), "sv-SE");
      const titles = (response.composeExtension?.attachments ?? []).map((a) => previewOf(a).title);
      assert.deepEqual(titles, ["Din organisation: Utskrift"]);
      const folded = searchResponsibilities({ engine, cards }, query("overvakning sakerhet"), "sv-SE");
      assert.ok((folded.composeExtension?.attachments ?? []).some((a) => previewOf(a).title.endsWith("Övervakning av säkerhet")));
    });

    it("inserts the split card for a shared responsibility", () => {
      const shared = engine.listRows("sv-SE").find((r) => r.owner === "shared");
      assert.ok(shared);
      const kit = { ...cards };
      const spy = sandbox.spy(kit, "buildSplitCard");
      const response = searchResponsibilities({ engine, cards: kit }, query(shared.title), "sv-SE");
      assert.ok(spy.called);
      const first = response.composeExtension?.attachments?.[0];
      assert.ok(first);
      assert.match(previewOf(first).title, /^Delat: /);
    });

    const requests = [
      { name: "initialRun", q: initialRun, kind: "list" },
      { name: "empty searchQuery", q: query("  "), kind: "list" },
      { name: "words", q: query(" printers "), kind: "search" },
      { name: "no parameters", q: query(undefined), kind: "none" },
      { name: "another command", q: { ...query("x"), commandId: "other" }, kind: "none" },
    ];
    for (const c of requests) {
      it(`reads ${c.name} as ${c.kind}`, () => assert.equal(readSearchRequest(c.q).kind, c.kind));
    }
  });
});
