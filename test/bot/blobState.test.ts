// Two bot instances on one Azure Blob Storage container (Azurite on loopback): a choice card shown by
// one is answered on the other, and feedback and unanswered questions land where `npm run report` reads.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import path from "node:path";
import type { Activity } from "botbuilder";
import type { Server } from "restify";
import * as cards from "../../cards";
import { loadConfig, type BotConfig } from "../../bot/config";
import { createBotApp } from "../../bot/createBotApp";
import { reportMessages, runReport, type InsightsReport } from "../../bot/insightsReport";
import { startAzurite, type Azurite } from "../helpers/azurite";
import { teamsMessage, teamsSubmit } from "../helpers/botHarness";
import { createRealEngine } from "../helpers/realEngine";
import { cardActions, cardOf, cardText } from "../helpers/replyCards";
import { StandInConnector } from "../helpers/standInConnector";

const root = path.resolve(__dirname, "../..");

describe("blob state shared by two bot instances (Azurite)", function () {
  this.timeout(60000);
  const connector = new StandInConnector();
  const servers: Server[] = [];
  const urls: string[] = [];
  let azurite: Azurite | undefined;
  let config: BotConfig;
  let env: Record<string, string>;

  before(async function () {
    try {
      azurite = await startAzurite();
    } catch (error) {
      console.warn(`    skipped: azurite could not start (${error instanceof Error ? error.message : String(error)})`);
      this.skip();
    }
    env = { STORAGE: "blob", BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: `bot-state-${Date.now()}` };
    config = loadConfig(env);
    await connector.start();
    const engine = createRealEngine();
    for (let i = 0; i < 2; i++) {
      const { server } = createBotApp({ config, engine, cards });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      servers.push(server);
      urls.push(server.url);
    }
  });

  after(async () => {
    for (const server of servers) await new Promise<void>((resolve) => server.close(() => resolve()));
    await connector.stop();
    await azurite?.stop();
  });

  let sent = 0;
  async function exchange(instance: number, activity: Partial<Activity>) {
    const before = connector.posted.length;
    const response = await fetch(`${urls[instance]}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...activity, id: `m${++sent}`, serviceUrl: connector.url }),
    });
    assert.equal(response.status, 200, await response.clone().text());
    const reply = (await connector.waitFor(before + 1))[before];
    assert.ok(reply);
    return reply.activity;
  }

  it("shows a choice on instance A and answers the typed pick on instance B", async () => {
    const choice = cardOf(await exchange(0, teamsMessage("Vem övervakar enheterna?", { locale: "sv-SE" })));
    assert.ok(cardText(choice).includes(cards.uiString("sv", "choiceTitle")));
    const picks = cardActions(choice).filter((a) => a.mmd === "pick");
    assert.ok(picks.length >= 2);
    const answer = cardOf(await exchange(1, teamsMessage("2", { locale: "sv-SE" })));
    const feedback = cardActions(answer).filter((a) => a.mmd === "feedback");
    assert.equal(feedback[0]?.mmd === "feedback" ? feedback[0].row : undefined, picks[1]?.mmd === "pick" ? picks[1].row : "", "B answered with A's second option");
    assert.ok(!cardText(answer).includes(cards.uiString("sv", "choiceTitle")), "an answer, not another choice");
  });

  it("takes the card's own pick value on B for a choice shown by A in a channel", async () => {
    const choice = cardOf(await exchange(0, teamsMessage("Vem övervakar enheterna?", { scope: "channel", locale: "sv-SE" })));
    const pick = cardActions(choice).find((a) => a.mmd === "pick");
    assert.ok(pick?.mmd === "pick");
    const answer = cardOf(await exchange(1, teamsSubmit({ ...pick }, { scope: "channel", locale: "sv-SE" })));
    const feedback = cardActions(answer).find((a) => a.mmd === "feedback");
    assert.equal(feedback?.mmd === "feedback" ? feedback.row : undefined, pick.row);
  });

  it("stores feedback and unanswered questions in the container, and the report reads them", async () => {
    const answer = cardOf(await exchange(0, teamsMessage("Vem övervakar säkerheten?", { scope: "groupChat", locale: "sv-SE" })));
    const negative = cardActions(answer).find((a) => a.mmd === "feedback" && !a.helpful);
    assert.ok(negative?.mmd === "feedback");
    await exchange(1, teamsSubmit({ ...negative }, { scope: "groupChat", locale: "sv-SE" }));
    await exchange(0, teamsMessage("Vem bakar kakorna på fredag?", { locale: "sv-SE" }));
    await exchange(1, teamsMessage("vem bakar kakorna på FREDAG", { locale: "sv-SE" }));
    await exchange(1, teamsMessage("Wie bakt de taart op vrijdag?", { locale: "nl-NL" }));

    let json = "";
    assert.equal(await runReport(config, ["--json"], (text) => (json = text)), 0);
    const report: InsightsReport = JSON.parse(json);
    assert.deepEqual(report.unanswered[0], { count: 2, question: "vem bakar kakorna på fredag", locales: ["sv-SE"] });
    assert.deepEqual(report.unanswered[1], { count: 1, question: "wie bakt de taart op vrijdag", locales: ["nl-NL"] });
    assert.equal(report.totals.notHelpful, 1);
    assert.deepEqual(report.notHelpful, [{ count: 1, key: negative.row, titles: ["Övervakning av säkerhet"], questions: [negative.q] }]);
  });

  it("npm run report prints the same from the command line", async () => {
    const output = await new Promise<string>((resolve, reject) => {
      let out = "";
      const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "bot", "report.ts")], { cwd: root, env: { PATH: process.env.PATH ?? "", ...env } });
      child.stdout.on("data", (c: Buffer) => (out += c.toString()));
      child.stderr.on("data", (c: Buffer) => (out += c.toString()));
      child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${out}`))));
    });
    assert.match(output, new RegExp(`${reportMessages.unansweredTitle}:\\n\\s+2  vem bakar kakorna på fredag  \\[sv-SE\\]`));
    assert.match(output, /Rows marked not helpful:\n\s+1  microsoft-4  Övervakning av säkerhet\n\s+e\.g\. "Vem övervakar säkerheten\?"/);
  });
});

describe("npm run report with memory storage", () => {
  it("says that nothing persists and how to change it", async () => {
    let text = "";
    assert.equal(await runReport(loadConfig({}), [], (t) => (text = t)), 0);
    assert.equal(text, reportMessages.memory);
    assert.match(text, /^memory storage: nothing persists; set STORAGE=blob/);
  });
});
