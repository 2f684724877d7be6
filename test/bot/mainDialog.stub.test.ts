// Dialog logic the real pages cannot reach on demand: an exact tie between rows, a row that has gone,
// an engine that throws. The engine is a sinon stub and the cards say which builder made them.
import assert from "node:assert/strict";
import type { Activity } from "botbuilder";
import sinon from "sinon";
import { pickPayload } from "../../cards/actionPayloads";
import type { Answer, AnswerEngine, AskOptions, Row } from "../../knowledge/types";
import { createBotHarness, membersAdded, teamsMessage, teamsSubmit, type BotHarness } from "../helpers/botHarness";
import { createFakeCardKit } from "../helpers/fakeCardKit";
import { answerOf, resultFor, rowByKey, sampleAnswers, sampleKeys, sampleRows } from "../helpers/sampleAnswers";

const { security, updates, change, identity, support } = sampleKeys;

const summaryOf = (activity: Partial<Activity>) => activity.summary ?? activity.text ?? "";
const expectSummary = (want: string | RegExp) => (activity: Partial<Activity>) => {
  const got = summaryOf(activity);
  if (typeof want === "string") assert.equal(got, want);
  else assert.match(got, want);
};

describe("MainDialog with a stub engine", () => {
  const sandbox = sinon.createSandbox();
  let rows: Row[];
  let answers: ReturnType<typeof sampleAnswers>;
  let engine: AnswerEngine & {
    ask: sinon.SinonStub<[string, AskOptions?], Answer>;
    answerFor: sinon.SinonStub<[string, string, AskOptions?], Answer | undefined>;
    listRows: sinon.SinonStub<[string?], Row[]>;
  };
  let harness: BotHarness;

  let dutchRows: Row[];
  // Pages parsed once: the tests only read the rows and answers.
  before(() => {
    rows = sampleRows();
    answers = sampleAnswers(rows);
    dutchRows = sampleRows("nl-NL");
  });

  beforeEach(() => {
    engine = {
      ask: sandbox.stub<[string, AskOptions?], Answer>().returns(answers.single),
      answerFor: sandbox.stub<[string, string, AskOptions?], Answer | undefined>().callsFake((key, q) => answerOf(q, [resultFor(rowByKey(rows, key))])),
      listRows: sandbox.stub<[string?], Row[]>().callsFake((locale) => (locale?.startsWith("nl") ? dutchRows : rows)),
      rowByKey: (key) => rows.find((r) => r.key === key),
      locales: () => ["nl-NL", "sv-SE"],
    };
    harness = createBotHarness(engine, createFakeCardKit());
  });
  afterEach(() => sandbox.restore());

  it("offers a choice when the best rows are close, and answers a typed number on the next turn", async () => {
    engine.ask.returns(answers.choice);
    await harness.adapter
      .send(teamsMessage("övervakning", { locale: "sv-SE" }))
      .assertReply(expectSummary(`choice:${security},${updates}:sv`))
      .send(teamsMessage("2", { locale: "sv-SE" }))
      .assertReply(expectSummary(`answer:${updates}:sv`))
      .startTest();
    sinon.assert.calledOnce(engine.ask);
    sinon.assert.calledWith(engine.answerFor, `${updates}`, "övervakning", sinon.match({ locale: "sv-SE" }));
  });

  it("answers a typed title in a channel, with the mention removed, in the same thread", async () => {
    engine.ask.returns(answers.choice);
    const threadId = teamsMessage("x", { scope: "channel" }).conversation?.id;
    await harness.adapter
      .send(teamsMessage("övervakning", { scope: "channel", locale: "sv-SE" }))
      .assertReply(expectSummary(/^choice:/))
      .send(teamsMessage("uppdatera övervakning och hantering", { scope: "channel", locale: "sv-SE" }))
      .assertReply((reply) => {
        assert.equal(summaryOf(reply), `answer:${updates}:sv`);
        assert.equal(reply.conversation?.id, threadId);
      })
      .startTest();
    sinon.assert.calledOnce(engine.ask);
  });

  it("keeps a pending choice to its own conversation (thread)", async () => {
    engine.ask.returns(answers.choice);
    await harness.adapter
      .send(teamsMessage("övervakning", { scope: "channel", locale: "sv-SE" }))
      .assertReply(expectSummary(/^choice:/))
      .send(teamsMessage("2", { scope: "personal", locale: "sv-SE" }))
      .assertReply(expectSummary(/^choice:/))
      .send(teamsMessage("2", { scope: "channel", locale: "sv-SE" }))
      .assertReply(expectSummary(`answer:${updates}:sv`))
      .startTest();
    assert.deepEqual(engine.ask.getCalls().map((c) => c.args[0]), ["övervakning", "2"], "in 1:1, '2' was a question of its own");
  });

  it("answers a pick from the choice card, and forgets the choice afterwards", async () => {
    engine.ask.returns(answers.choice);
    await harness.adapter
      .send(teamsMessage("övervakning", { locale: "sv-SE" }))
      .assertReply(expectSummary(/^choice:/))
      .send(teamsSubmit(pickPayload(`${security}`, "övervakning", "sv-SE"), { locale: "sv-SE" }))
      .assertReply(expectSummary(`answer:${security}:sv`))
      .send(teamsMessage("1", { locale: "sv-SE" }))
      .assertReply(expectSummary(/^choice:/))
      .startTest();
    sinon.assert.calledTwice(engine.ask);
    assert.equal(engine.ask.secondCall.args[0], "1", "after the pick, '1' is a new question");
  });

  it("treats another question after a choice card as a new question", async () => {
    engine.ask.onFirstCall().returns(answers.choice).onSecondCall().returns(answers.shared);
    await harness.adapter
      .send(teamsMessage("övervakning", { locale: "sv-SE" }))
      .assertReply(expectSummary(/^choice:/))
      .send(teamsMessage("Vem ansvarar för ändringshantering?", { locale: "sv-SE" }))
      .assertReply(expectSummary(`split:${change}:sv`))
      .startTest();
    assert.equal(engine.ask.secondCall.args[0], "Vem ansvarar för ändringshantering?");
  });

  it("shows a picked shared row as the split card, never another choice", async () => {
    engine.answerFor.callsFake((key, q) => answerOf(q, [resultFor(rowByKey(rows, key)), resultFor(rowByKey(rows, `${security}`), 0.79)], { ambiguous: true }));
    await harness.adapter
      .send(teamsSubmit(pickPayload(`${change}`, "ändringar", "sv-SE")))
      .assertReply(expectSummary(`split:${change},${security}:sv`))
      .startTest();
  });

  it("asks again when a picked row is no longer on the page", async () => {
    engine.answerFor.returns(undefined);
    await harness.adapter
      .send(teamsSubmit(pickPayload("gone", "Vem övervakar säkerheten?", "sv-SE")))
      .assertReply(expectSummary(`answer:${security}:sv`))
      .startTest();
    sinon.assert.calledWith(engine.ask, "Vem övervakar säkerheten?");
  });

  it("chooses the card by the kind of answer", async () => {
    engine.ask.withArgs("depends").returns(answers.depends).withArgs("none").returns(answerOf("none", [resultFor(rowByKey(rows, `${identity}`), 0.2)], { kind: "none" }));
    await harness.adapter
      .send("depends")
      .assertReply(expectSummary(`split:${support},${security}:sv`))
      .send("none")
      .assertReply(expectSummary(`none:${identity}:sv:none`))
      .startTest();
  });

  it("says what to ask when a channel message is only the bot's mention", async () => {
    await harness.adapter
      .send(teamsMessage("", { scope: "channel", locale: "nl-NL" }))
      .assertReply(expectSummary(/^nl\.emptyQuestion\(nl\.exampleQuestion\(/))
      .startTest();
    sinon.assert.notCalled(engine.ask);
  });

  it("ignores a submit from a card that is not ours", async () => {
    await harness.adapter.send(teamsSubmit({ action: "somebody else's" })).assertNoReply("no reply", 300).startTest();
    sinon.assert.notCalled(engine.ask);
  });

  describe("onTurnError", () => {
    it("logs, tells the user in their language, and clears the conversation so the next turn works", async () => {
      engine.ask.onFirstCall().returns(answers.choice).onSecondCall().throws(new Error("index broken"));
      await harness.adapter
        .send(teamsMessage("övervakning", { locale: "sv-SE" }))
        .assertReply(expectSummary(/^choice:/))
        .send(teamsMessage("en annan fråga", { locale: "sv-SE" }))
        .assertReply(expectSummary("sv.error"))
        .send(teamsMessage("2", { locale: "sv-SE" }))
        .assertReply(expectSummary(`answer:${security}:sv`))
        .startTest();
      assert.equal(harness.errors.length, 1);
      assert.equal(engine.ask.thirdCall.args[0], "2", "the pending choice was cleared with the state");
    });

    it("does not reply when a non-message turn fails", async () => {
      engine.listRows.throws(new Error("no rows"));
      await harness.adapter.send(membersAdded(["28:bot-id"], "team")).assertNoReply("no reply", 300).startTest();
      assert.equal(harness.errors.length, 1);
    });
  });
});
