// A few thousand random and mutated activities posted to the real server on loopback: every response is
// below 500 (botbuilder's 501 Not Implemented for an invoke it does not handle is the one exception),
// no turn fails, and afterwards the server still answers. Seeded, so a failure can be replayed.
import assert from "node:assert/strict";
import type { Activity } from "botbuilder";
import type { Server } from "restify";
import * as cards from "../../cards";
import { loadConfig } from "../../bot/config";
import { createBotApp } from "../../bot/createBotApp";
import { botAccount, membersAdded, teamsMessage, teamsSubmit } from "../helpers/botHarness";
import { createRealEngine } from "../helpers/realEngine";
import { cardOf, cardProblems } from "../helpers/replyCards";
import { StandInConnector } from "../helpers/standInConnector";

const seed = Number(process.env.FUZZ_SEED ?? 20261121);
const total = Number(process.env.FUZZ_COUNT ?? 3000);
const concurrency = Number(process.env.FUZZ_CONCURRENCY ?? 16);

/** mulberry32: small, seeded, good enough to pick mutations. */
function prng(s: number): () => number {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isRecord = (v: unknown): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

interface Request {
  body: string | Buffer;
  contentType: string;
  invoke: boolean;
}

class Fuzzer {
  constructor(
    private readonly random: () => number,
    private readonly serviceUrl: string,
  ) {}

  int(n: number): number {
    return Math.floor(this.random() * n);
  }

  pick<T>(list: readonly T[]): T {
    const item = list[this.int(list.length)];
    if (item === undefined) throw new Error("empty list");
    return item;
  }

  junkString(): string {
    const kinds = [
      () => "",
      () => "x".repeat(this.int(3) === 0 ? 100_000 : 2_000),
      () => String.fromCharCode(...Array.from({ length: 20 + this.int(200) }, () => this.int(0x10000))),
      () => "\u0000\u0001\u001b[2J\u202e\ufeff\ud800\udfff" + "🙂".repeat(this.int(50)),
      () => "Vem övervakar säkerheten? ".repeat(1 + this.int(40)),
      () => "<at>MMD Bot</at> " + this.pick(["help", "list", "1", "2", "lista", "hjälp", "wie doet de updates?", "$" + "{x}", "%s%n", "../../etc/passwd"]),
      () => JSON.stringify({ mmd: "pick" }),
    ];
    return this.pick(kinds)();
  }

  junkValue(depth = 0): Json {
    const kinds: Array<() => Json> = [
      () => null,
      () => this.random() < 0.5,
      () => this.pick([0, -1, 1e308, Number.MAX_SAFE_INTEGER, 3.14]),
      () => this.junkString(),
      () => (depth > 3 ? [] : Array.from({ length: this.int(5) }, () => this.junkValue(depth + 1))),
      () => (depth > 3 ? {} : Object.fromEntries(Array.from({ length: this.int(5) }, () => [this.pick(["type", "id", "text", "mmd", "q", "key", "locale", "action", "__proto__", "constructor", "x"]), this.junkValue(depth + 1)]))),
    ];
    return this.pick(kinds)();
  }

  base(): Record<string, Json> {
    const conversation = `a:fuzz-${this.int(20)}`;
    const bases: Array<() => Partial<Activity>> = [
      () => teamsMessage("Vem övervakar enheterna?", { locale: "sv-SE" }),
      () => teamsMessage("Wie is verantwoordelijk voor beveiligingsbewaking?", { scope: "channel", locale: "nl-NL" }),
      () => teamsMessage(String(1 + this.int(3)), { locale: "sv-SE" }),
      () => teamsSubmit({ mmd: "pick", row: "microsoft-4", q: "Vem övervakar enheterna?", locale: "sv-SE" }),
      () => teamsSubmit({ mmd: "feedback", helpful: false, row: "microsoft-5", q: "vem?", locale: "sv-SE" }, { scope: "groupChat" }),
      () => teamsSubmit({ mmd: "ask", q: "Wie doet de updates?", locale: "nl-NL" }),
      () => teamsSubmit({ mmd: "text", row: "customer-1", q: "x", locale: "nl-NL" }),
      () => teamsSubmit({ mmd: "browse", locale: "sv-SE" }),
      () => membersAdded([botAccount.id], "personal", "sv-SE"),
      () => ({ ...teamsMessage(""), type: "invoke", name: "composeExtension/query", value: { commandId: "searchResponsibilities", parameters: [{ name: "query", value: "säkerhet" }] } }),
      () => ({ ...teamsMessage(""), type: "invoke", name: this.pick(["adaptiveCard/action", "task/fetch", "signin/verifyState", "config/fetch", "composeExtension/selectItem", ""]), value: { action: { type: "Action.Execute", verb: "x" } } }),
      () => ({ ...teamsMessage(""), type: this.pick(["messageReaction", "typing", "installationUpdate", "endOfConversation", "event", "deleteUserData", "trace", "handoff"]) }),
    ];
    const activity: Json = JSON.parse(JSON.stringify(this.pick(bases)()));
    if (!isRecord(activity)) throw new Error("base is not an object");
    return { ...activity, id: `f${this.int(1e6)}`, serviceUrl: this.serviceUrl, conversation: { id: conversation, conversationType: this.pick(["personal", "groupChat", "channel"]) } };
  }

  /** Deletes, retypes or bloats one field somewhere in the activity. */
  mutate(target: Record<string, Json>): void {
    const keys = Object.keys(target);
    const key = keys.length && this.random() < 0.8 ? this.pick(keys) : this.pick(["type", "text", "value", "entities", "locale", "from", "recipient", "conversation", "channelData", "name", "attachments", "membersAdded"]);
    const current = target[key];
    const roll = this.random();
    if (isRecord(current) && roll < 0.4) return this.mutate(current);
    if (Array.isArray(current) && current.length && roll < 0.4) {
      const item = current[this.int(current.length)];
      if (isRecord(item)) return this.mutate(item);
    }
    if (roll < 0.6) delete target[key];
    else target[key] = this.junkValue();
  }

  request(): Request {
    const roll = this.random();
    if (roll < 0.1) {
      const body = this.pick([
        () => Buffer.from(Array.from({ length: this.int(2000) }, () => this.int(256))),
        () => Buffer.from(JSON.stringify(this.base()).slice(0, this.int(400))),
        () => Buffer.from(`{"type":"message","text":"\u0000\xff\xfe`, "latin1"),
      ])();
      return { body, contentType: this.pick(["application/json", "text/plain", "application/octet-stream", "", "application/json; charset=utf-16"]), invoke: false };
    }
    if (roll < 0.25) return { body: JSON.stringify(this.junkValue()), contentType: "application/json", invoke: false };
    const activity = this.base();
    // Some go through untouched, so that the dialog, state and cards get fuzzed too, not only validation.
    for (let i = this.int(4); i > 0; i--) this.mutate(activity);
    // Replies go to serviceUrl: whatever the mutation did, they may only go to the stand-in on loopback.
    if (typeof activity.serviceUrl === "string" && /^https?:/i.test(activity.serviceUrl)) activity.serviceUrl = this.serviceUrl;
    return { body: JSON.stringify(activity), contentType: this.random() < 0.95 ? "application/json" : "text/plain", invoke: activity.type === "invoke" };
  }
}

describe("fuzzing POST /api/messages", function () {
  this.timeout(120000);
  const connector = new StandInConnector();
  const errors: unknown[] = [];
  let server: Server;

  before(async () => {
    await connector.start();
    const config = loadConfig({ RATE_LIMIT_PER_MINUTE: "100000" });
    server = createBotApp({ config, engine: createRealEngine(), cards, log: (message, error) => errors.push(`${message}: ${error instanceof Error ? error.stack : String(error)}`) }).server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });

  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await connector.stop();
  });

  it(`answers ${total} random and mutated requests (seed ${seed}) below 500, with no turn error`, async () => {
    const fuzzer = new Fuzzer(prng(seed), connector.url);
    const requests = Array.from({ length: total }, () => fuzzer.request());
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const started = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const index = next++;
        const request = requests[index];
        if (!request) continue;
        const headers: Record<string, string> = request.contentType ? { "content-type": request.contentType } : {};
        const errorsBefore = errors.length;
        const response = await fetch(`${server.url}/api/messages`, { method: "POST", headers, body: typeof request.body === "string" ? request.body : new Uint8Array(request.body) });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const allowed = response.status < 500 || (response.status === 501 && request.invoke);
        if (!allowed) failures.push(`#${index} ${response.status}: ${request.body.toString().slice(0, 300)}`);
        // With FUZZ_CONCURRENCY=1 a turn error belongs to this request: show what caused it.
        if (concurrency === 1 && errors.length > errorsBefore) failures.push(`#${index} turn error: ${request.body.toString().slice(0, 600)}`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (Date.now() - started) / 1000;
    console.log(`      ${total} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}; ${connector.posted.length} replies`);
    assert.deepEqual(failures.slice(0, 5), []);
    assert.deepEqual([...new Set(errors.map((e) => String(e).split("\n").slice(0, Number(process.env.FUZZ_STACK ?? 2)).join(" ")))].slice(0, 10), []);
    assert.deepEqual(connector.unexpected.slice(0, 5), []);
  });

  it("still answers /healthz and a good question afterwards", async () => {
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    const before = connector.posted.length;
    const response = await fetch(`${server.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...teamsMessage("Vem övervakar säkerheten?", { locale: "sv-SE" }), id: "after-fuzz", serviceUrl: connector.url, conversation: { id: "a:after-fuzz" } }),
    });
    assert.equal(response.status, 200);
    const reply = (await connector.waitFor(before + 1, 10000)).find((p) => p.conversationId === "a:after-fuzz") ?? (await connector.waitFor(connector.posted.length)).find((p) => p.conversationId === "a:after-fuzz");
    assert.ok(reply, "a reply in the good conversation");
    assert.deepEqual(cardProblems(cardOf(reply.activity)), []);
  });
});
