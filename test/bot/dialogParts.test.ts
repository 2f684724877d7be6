// The small pure parts behind the dialog: typed picks, which card, example questions, feedback records.
import assert from "node:assert/strict";
import { MemoryStorage } from "botbuilder";
import { matchChoice } from "../../bot/dialogs/mainDialog";
import { pickExampleRows, topicOf } from "../../bot/examples";
import { FeedbackStore, feedbackKeyPrefix } from "../../bot/feedbackStore";
import { readTurn } from "../../bot/readTurn";
import { replyKindFor } from "../../bot/replies";
import { sampleAnswers, sampleRows } from "../helpers/sampleAnswers";

describe("matchChoice", () => {
  const options = [
    { key: "a", title: "Övervakning av säkerhet" },
    { key: "b", title: "Uppdatera övervakning och hantering" },
  ];
  const cases: Array<[string, string | undefined]> = [
    ["1", "a"],
    ["2.", "b"],
    [" 2 ", "b"],
    ["3", undefined],
    ["0", undefined],
    ["övervakning av säkerhet", "a"],
    ["OVERVAKNING AV SAKERHET", "a"],
    ["hantering", "b"],
    ["övervakning", undefined],
    ["ok", undefined],
    ["vem gör backup?", undefined],
  ];
  for (const [typed, key] of cases) it(`"${typed}" -> ${key ?? "nothing"}`, () => assert.equal(matchChoice(typed, options)?.key, key));
});

describe("replyKindFor", () => {
  const answers = sampleAnswers();
  const cases: Array<[keyof typeof answers, string]> = [
    ["single", "answer"],
    ["bullets", "answer"],
    ["shared", "split"],
    ["depends", "split"],
    ["choice", "choice"],
    ["none", "none"],
  ];
  for (const [name, kind] of cases) it(`${name} -> ${kind}`, () => assert.equal(replyKindFor(answers[name]), kind));
});

describe("readTurn", () => {
  const recipient = { id: "28:bot", name: "Bot" };
  it("reads our card action before any text", () =>
    assert.deepEqual(readTurn({ text: "ignored", value: { mmd: "browse", locale: "sv-SE" }, recipient }), { type: "action", action: { mmd: "browse", locale: "sv-SE" } }));
  it("reads a command after the mention", () =>
    assert.deepEqual(readTurn({ text: "<at>Bot</at> lista", entities: [{ type: "mention", mentioned: recipient, text: "<at>Bot</at>" }], recipient }), {
      type: "command",
      command: { name: "list", language: "sv" },
    }));
  it("reads a question", () => assert.deepEqual(readTurn({ text: "vem gör vad?", recipient }), { type: "question", text: "vem gör vad?" }));
  it("cuts a very long question", () => {
    const turn = readTurn({ text: "a".repeat(5000), recipient });
    assert.ok(turn.type === "question" && turn.text.length === 500);
  });
  it("is empty with only the mention", () => assert.deepEqual(readTurn({ text: "<at>Bot</at>", entities: [{ type: "mention", mentioned: recipient, text: "<at>Bot</at>" }], recipient }), { type: "empty" }));
  it("ignores someone else's card submit", () => assert.deepEqual(readTurn({ text: "", value: { verb: "x" }, recipient }), { type: "ignored" }));
});

describe("examples", () => {
  it("takes one Microsoft row, one customer row and one shared row, from the page", () => {
    const rows = sampleRows();
    assert.deepEqual(
      pickExampleRows(rows).map((r) => r.owner),
      ["microsoft", "customer", "shared"],
    );
  });
  it("fills up from page order when a party has no row", () => {
    const rows = sampleRows().filter((r) => r.owner === "microsoft");
    assert.deepEqual(pickExampleRows(rows), rows.slice(0, 3));
  });
  const topics: Array<[string, string]> = [
    ["Support för slutanvändare", "support för slutanvändare"],
    ["MDM beleidsmanagement", "MDM beleidsmanagement"],
    ["Apps", "apps"],
    ["Övervakning av säkerhet", "övervakning av säkerhet"],
  ];
  for (const [title, topic] of topics) it(`"${title}" reads as "${topic}" in a sentence`, () => assert.equal(topicOf(title), topic));
});

describe("FeedbackStore", () => {
  it("writes each record under its own key in the Storage it was given", async () => {
    const storage = new MemoryStorage();
    const store = new FeedbackStore(storage, () => new Date("2026-11-21T05:00:00.000Z"), () => "id-1");
    const record = await store.record({ question: "Vem?", key: "microsoft-4", locale: "sv-SE", helpful: false, conversationType: "channel" });
    assert.deepEqual(record, { question: "Vem?", key: "microsoft-4", locale: "sv-SE", helpful: false, conversationType: "channel", at: "2026-11-21T05:00:00.000Z" });
    const key = `${feedbackKeyPrefix}2026-11-21T05:00:00.000Z/id-1`;
    const stored = await storage.read([key]);
    assert.equal(stored[key]?.helpful, false);
    assert.equal(stored[key]?.question, "Vem?");
  });
});
