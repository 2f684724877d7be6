// POST /api/messages under load: the bot as production wires it next to the framework's floor (a bare
// CloudAdapter bot replying with one templated card), both replying to a stand-in connector on loopback.
import autocannon from "autocannon";
import * as cards from "../../cards";
import { loadConfig } from "../../bot/config";
import { createBotApp } from "../../bot/createBotApp";
import { teamsMessage } from "../helpers/botHarness";
import { createRealEngine } from "../helpers/realEngine";
import { adaptiveCardContentType } from "../helpers/replyCards";
import { StandInConnector } from "../helpers/standInConnector";
import { loadQuestions, quantile, type Question } from "./benchQuestions";
import { startFloorBot } from "./floorBot";


export const httpBenchDefaults = Object.freeze({
  connections: 8,
  warmUpSeconds: 2,
  measuredSeconds: 10,
  rounds: 2,
  minFloorRatio: 0.7,
  maxP99Ms: 50,
});

interface Figures {
  name: string;
  perSecond: number;
  median: number;
  p99: number;
  non2xx: number;
  errors: number;
  cards: number;
  requests: number;
}

const adaptiveCard = adaptiveCardContentType;

/** Counts the replies that carry an Adaptive Card and forgets them: the stand-in keeps every post it gets. */
class ReplyTally {
  cards = 0;
  constructor(private readonly connector: StandInConnector) {}
  take(): void {
    for (const { activity } of this.connector.posted.splice(0)) if (activity.attachments?.[0]?.contentType === adaptiveCard) this.cards++;
  }
}




/** Teams-shaped 1:1 messages, the questions in rotation; each request its own conversation. */
function activityBodies(questions: readonly Question[], serviceUrl: string): () => string {
  let n = 0;
  return () => {
    const { q, locale } = questions[n % questions.length] ?? { q: "who patches Windows?", locale: "en-US" };
    n++;
    // A distinct conversation id per request, so the per-conversation rate limit (RATE_LIMIT_PER_MINUTE) never
    // answers instead of the bot, and no turn waits on another's conversation state.
    const conversation = { id: `a:bench-conversation-${n}`, conversationType: "personal", isGroup: false, name: "" };
    return JSON.stringify(teamsMessage(q, { locale, extra: { id: `bench-msg-${n}`, serviceUrl, timestamp: new Date(), conversation } }));
  };
}

async function drive(url: string, seconds: number, nextBody: () => string): Promise<{ result: autocannon.Result; times: number[] }> {
  const times: number[] = [];
  const instance = autocannon({
    url: `${url}/api/messages`,
    connections: httpBenchDefaults.connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (request) => ({ ...request, body: nextBody() }),
      },
    ],
  });
  // autocannon's own histogram is in whole milliseconds; these are the exact response times.
  instance.on("response", (_client, _status, _bytes, ms) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  return { result, times };
}

/** Turns still in flight when autocannon stops keep posting replies; wait until the stand-in has heard the last. */
async function settle(connector: StandInConnector, quietMs = 300, maxMs = 5000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let seen = -1;
  while (seen !== connector.received && Date.now() < deadline) {
    seen = connector.received;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

async function measure(name: string, url: string, connector: StandInConnector, tally: ReplyTally, nextBody: () => string): Promise<Figures> {
  await drive(url, httpBenchDefaults.warmUpSeconds, nextBody);
  await settle(connector);
  tally.take();
  const cardsBefore = tally.cards;
  const { result, times } = await drive(url, httpBenchDefaults.measuredSeconds, nextBody);
  await settle(connector);
  tally.take();
  return {
    name,
    perSecond: result.requests.average,
    median: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cards: tally.cards - cardsBefore,
    requests: times.length,
  };
}

/** Rounds together: mean throughput and median, the worst p99, counts summed. */
function combine(rounds: readonly Figures[]): Figures {
  const mean = (pick: (f: Figures) => number) => rounds.reduce((sum, f) => sum + pick(f), 0) / rounds.length;
  const sum = (pick: (f: Figures) => number) => rounds.reduce((total, f) => total + pick(f), 0);
  return {
    name: rounds[0]?.name ?? "",
    perSecond: mean((f) => f.perSecond),
    median: mean((f) => f.median),
    p99: Math.max(...rounds.map((f) => f.p99)),
    non2xx: sum((f) => f.non2xx),
    errors: sum((f) => f.errors),
    cards: sum((f) => f.cards),
    requests: sum((f) => f.requests),
  };
}

function printFigures(bot: Figures, floor: Figures): void {
  const ratio = bot.perSecond / floor.perSecond;
  const { connections, measuredSeconds, minFloorRatio, maxP99Ms } = httpBenchDefaults;
  console.log(`\nPOST /api/messages: ${connections} connections, ${httpBenchDefaults.rounds} rounds of ${measuredSeconds} s measured after a warm-up, floor and bot alternating; replies to a stand-in connector on loopback`);
  console.log("bot               requests/s  median ms  p99 ms  non-2xx  errors  card replies/request");
  for (const f of [bot, floor]) {
    console.log(
      `${f.name.padEnd(17)} ${f.perSecond.toFixed(0).padStart(10)}  ${f.median.toFixed(2).padStart(9)}  ${f.p99.toFixed(2).padStart(6)}  ${String(f.non2xx).padStart(7)}  ${String(f.errors).padStart(6)}  ${(f.cards / Math.max(1, f.requests)).toFixed(2).padStart(20)}`,
    );
  }
  console.log(`throughput real/floor: ${(ratio * 100).toFixed(0)}%`);
  console.log(`${ratio >= minFloorRatio ? "PASS" : "FAIL"} >= ${minFloorRatio * 100}% of floor throughput (${(ratio * 100).toFixed(0)}%)`);
  console.log(`${bot.p99 < maxP99Ms ? "PASS" : "FAIL"} p99 < ${maxP99Ms} ms at ${connections} concurrent (${bot.p99.toFixed(2)} ms)`);
}

export async function runHttpBench(): Promise<void> {
  const connector = new StandInConnector();
  const serviceUrl = await connector.start();
  const tally = new ReplyTally(connector);
  const forget = setInterval(() => tally.take(), 500);
  // As production wires it: real pages, engine and cards, memory state, no credentials; no logger, so nothing prints per turn.
  const { server } = createBotApp({ config: loadConfig({}), engine: createRealEngine(), cards });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const floor = await startFloorBot();
  try {
    const questions = loadQuestions();
    // Alternate floor and bot, floor first in each round: one run of either varies by +-5% on a shared
    // core, and the real bot leaves a heap (card garbage) that would slow what runs right after it.
    const bares: Figures[] = [];
    const bots: Figures[] = [];
    for (let round = 0; round < httpBenchDefaults.rounds; round++) {
      bares.push(await measure("floor (bare card)", floor.url, connector, tally, activityBodies(questions, serviceUrl)));
      bots.push(await measure("real bot", `http://127.0.0.1:${server.address().port}`, connector, tally, activityBodies(questions, serviceUrl)));
    }
    printFigures(combine(bots), combine(bares));
  } finally {
    clearInterval(forget);
    server.server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await floor.close();
    await settle(connector);
    await connector.stop();
  }
}
