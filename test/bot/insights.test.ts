// Unanswered questions and feedback as the report reads them: normalising, grouping, listing, failures.
import assert from "node:assert/strict";
import sinon from "sinon";
import type { FeedbackRecord } from "../../bot/feedbackStore";
import { FeedbackStore } from "../../bot/feedbackStore";
import { formatReport, readInsights, reportMessages, summariseInsights } from "../../bot/insightsReport";
import { ListableMemoryStorage, MemoryInsightsStore } from "../../bot/insightsStore";
import { normaliseQuestion, UnansweredLog, type UnansweredRecord } from "../../bot/unansweredLog";

describe("insights", () => {
  const sandbox = sinon.createSandbox();
  afterEach(() => sandbox.restore());

  const normalised: Array<[string, string]> = [
    ["Vem bakar kakorna?", "vem bakar kakorna"],
    ["  VEM   bakar\tkakorna ?! ", "vem bakar kakorna"],
    ["Who\u0000 bakes?", "who bakes"],
    ["¿Quién hornea?", "¿quién hornea"],
    ["\u200b", ""],
  ];
  for (const [text, expected] of normalised) it(`normalises ${JSON.stringify(text)}`, () => assert.equal(normaliseQuestion(text), expected));

  it("logs an unanswered question without ids, under its own key, and lists it back", async () => {
    const store = new MemoryInsightsStore();
    const log = new UnansweredLog(store.storage, undefined, () => new Date("2026-11-21T10:00:00Z"), () => "id-1");
    await log.record("Vem bakar kakorna?", "sv-SE");
    await new FeedbackStore(store.storage, () => new Date("2026-11-21T10:01:00Z"), () => "id-2").record({ question: "q", key: "microsoft-4", locale: "sv-SE", helpful: false, conversationType: "personal" });
    assert.deepEqual(await store.listKeys("unanswered/"), ["unanswered/2026-11-21T10:00:00.000Z/id-1"]);
    assert.deepEqual(await readInsights(store), {
      unanswered: [{ question: "vem bakar kakorna", locale: "sv-SE", at: "2026-11-21T10:00:00.000Z" }],
      feedback: [{ question: "q", key: "microsoft-4", locale: "sv-SE", helpful: false, conversationType: "personal", at: "2026-11-21T10:01:00.000Z" }],
    });
  });

  it("keeps at most its bound in memory, forgetting the least recently written first", async () => {
    const storage = new ListableMemoryStorage(10);
    for (let i = 0; i < 10; i++) await storage.write({ [`unanswered/${i}`]: { question: `q${i}` } });
    await storage.write({ "unanswered/0": { question: "q0 again" } });
    assert.equal(storage.size, 10);
    // The eleventh item: back down to 9, the least recently written first (unanswered/0 was written again).
    await storage.write({ "conversation/a": { dialogState: {} } });
    assert.equal(storage.size, 9);
    assert.deepEqual(storage.keysWith("unanswered/"), ["unanswered/3", "unanswered/4", "unanswered/5", "unanswered/6", "unanswered/7", "unanswered/8", "unanswered/9", "unanswered/0"]);
    assert.deepEqual(await storage.read(["unanswered/1", "unanswered/2"]), {});
    assert.equal((await storage.read(["unanswered/0"]))["unanswered/0"]?.question, "q0 again");
    await storage.delete(["conversation/a"]);
    assert.equal(storage.size, 8);
    assert.deepEqual(storage.keysWith("conversation/"), []);
    for (let i = 0; i < 1000; i++) await storage.write({ [`feedback/${i}`]: { n: i } });
    assert.ok(storage.size <= 10);
    assert.deepEqual(storage.keysWith("feedback/").at(-1), "feedback/999");
  });

  it("still refuses a stale eTag, and keeps what it had", async () => {
    const storage = new ListableMemoryStorage(10);
    await storage.write({ a: { n: 1 } });
    const { a } = await storage.read(["a"]);
    await storage.write({ a: { ...a, n: 2 } });
    await assert.rejects(storage.write({ a: { ...a, n: 3 } }), /eTag conflict/);
    assert.equal((await storage.read(["a"])).a?.n, 2);
    assert.deepEqual(storage.keysWith(""), ["a"]);
  });

  it("does not fail the turn when the storage fails: it reports the error", async () => {
    const store = new MemoryInsightsStore();
    sandbox.stub(store.storage, "write").rejects(new Error("storage down"));
    const onError = sandbox.spy();
    assert.equal(await new UnansweredLog(store.storage, onError).record("vem?", "sv-SE"), undefined);
    assert.equal(onError.callCount, 1);
  });

  it("groups by question, most frequent first, and lists not-helpful rows with their titles and questions", () => {
    const at = "2026-11-21T10:00:00.000Z";
    const unanswered: UnansweredRecord[] = [
      { question: "b", locale: "sv-SE", at },
      { question: "a", locale: "nl-NL", at },
      { question: "a", locale: "sv-SE", at },
      { question: "c", locale: "sv-SE", at },
    ];
    const fb = (key: string, helpful: boolean, question: string, locale = "sv-SE"): FeedbackRecord => ({ key, helpful, question, locale, conversationType: "personal", at });
    const feedback = [fb("k1", false, "q1"), fb("k1", false, "q2", "nl-NL"), fb("k2", true, "q3"), fb("k3", false, "q4")];
    const report = summariseInsights(unanswered, feedback, (key, locale) => `${key}@${locale}`, 2);
    assert.deepEqual(report, {
      totals: { unanswered: 4, feedback: 4, notHelpful: 3 },
      unanswered: [
        { count: 2, question: "a", locales: ["nl-NL", "sv-SE"] },
        { count: 1, question: "b", locales: ["sv-SE"] },
      ],
      notHelpful: [
        { count: 2, key: "k1", titles: ["k1@nl-NL", "k1@sv-SE"], questions: ["q1", "q2"] },
        { count: 1, key: "k3", titles: ["k3@sv-SE"], questions: ["q4"] },
      ],
    });
    const text = formatReport(report);
    assert.match(text, new RegExp(`${reportMessages.unansweredTitle}:\\n\\s+2  a  \\[nl-NL, sv-SE\\]`));
    assert.match(text, /\s+2  k1  k1@nl-NL \/ k1@sv-SE\n\s+e\.g\. "q1"/);
  });

  it("says (none) when there is nothing to report", () => {
    const text = formatReport(summariseInsights([], []));
    assert.equal(text.split("\n").filter((l) => l === reportMessages.none).length, 2);
  });
});
