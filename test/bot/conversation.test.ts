// Every conversation of the bot on botbuilder's TestAdapter, with the real engine over the real pages
// and the real cards. Each card is checked with the adaptivecards library.
import assert from "node:assert/strict";
import type { Activity } from "botbuilder";
import sinon from "sinon";
import * as cards from "../../cards";
import type { CardAction } from "../../cards/actions";
import { topicOf } from "../../bot/examples";
import type { AnswerEngine } from "../../knowledge/types";
import { botAccount, conversationIds, userAccount, createBotHarness, membersAdded, teamsMessage, teamsSubmit, type BotHarness, type Scope } from "../helpers/botHarness";
import { createRealEngine } from "../helpers/realEngine";
import { cardActions, cardOf, cardProblems, cardText } from "../helpers/replyCards";

/** Asserts the reply is a valid Adaptive Card, then hands it to the check. */
const expectCard = (check: (card: Record<string, unknown>, text: string, activity: Partial<Activity>) => void) => (activity: Partial<Activity>) => {
  const card = cardOf(activity);
  assert.deepEqual(cardProblems(card), [], "the adaptivecards library accepts the card");
  assert.ok(activity.summary, "the activity carries the card's summary");
  check(card, cardText(card), activity);
};

const includesAll = (text: string, parts: readonly string[]) => {
  for (const part of parts) assert.ok(text.includes(part), `card shows "${part}"`);
};

const actionsOf = <N extends CardAction["mmd"]>(card: unknown, name: N) => cardActions(card).filter((a): a is Extract<CardAction, { mmd: N }> => a.mmd === name);

describe("the conversation (real engine, real pages, real cards)", () => {
  const sandbox = sinon.createSandbox();
  let engine: AnswerEngine;
  let harness: BotHarness;

  before(() => {
    engine = createRealEngine();
  });
  beforeEach(() => {
    harness = createBotHarness(engine, cards);
  });
  afterEach(() => {
    sandbox.restore();
    assert.deepEqual(harness.errors, [], "no turn failed");
  });

  describe("a question", () => {
    it("gets the answer card: the row, the party, feedback and show-as-text, in Swedish", async () => {
      await harness.adapter
        .send(teamsMessage("Vem övervakar säkerheten?", { locale: "sv-SE" }))
        .assertReply(
          expectCard((card, text, activity) => {
            includesAll(text, ["Övervakning av säkerhet", cards.uiString("sv", "partyMicrosoft")]);
            assert.equal(activity.summary, cards.uiString("sv", "summaryAnswer", { party: cards.partyLabel("microsoft", "sv"), title: "Övervakning av säkerhet" }));
            assert.deepEqual(actionsOf(card, "feedback").map((a) => a.helpful).sort(), [false, true]);
            assert.equal(actionsOf(card, "text").length, 1);
          }),
        )
        .startTest();
    });

    it("answers a Dutch question with the Dutch page and Dutch UI", async () => {
      await harness.adapter
        .send(teamsMessage("Wie doet de updates?", { locale: "en-US" }))
        .assertReply(expectCard((_card, text) => includesAll(text, ["Monitoring en beheer bijwerken", cards.uiString("nl", "statementHeading")])))
        .startTest();
    });

    it("shows a split responsibility as one card with what Microsoft does and what the customer does", async () => {
      await harness.adapter
        .send(teamsMessage("Vem ansvarar för ändringshantering?", { locale: "sv-SE" }))
        .assertReply(expectCard((_card, text) => includesAll(text, ["Förändringsledning", cards.uiString("sv", "microsoftDoes"), cards.uiString("sv", "customerDoes")])))
        .startTest();
    });

    it("says when two parties could be meant ('it depends') on one card", async () => {
      await harness.adapter
        .send(teamsMessage("Vem sköter supporten?", { locale: "sv-SE" }))
        .assertReply(expectCard((_card, text) => includesAll(text, [cards.uiString("sv", "microsoftDoes"), cards.uiString("sv", "customerDoes")])))
        .startTest();
    });

    for (const [question, locale, ui] of [
      ["Vad blir det för väder i morgon?", "sv-SE", "sv"],
      ["Wat eten we als lunch?", "nl-NL", "nl"],
      ["What's for lunch?", "en-US", "en"],
    ] as const) {
      it(`finds nothing for "${question}": a short card with the browse action`, async () => {
        await harness.adapter
          .send(teamsMessage(question, { locale }))
          .assertReply(
            expectCard((card, text) => {
              includesAll(text, [cards.uiString(ui, "noAnswerTitle")]);
              assert.equal(actionsOf(card, "browse").length, 1);
              assert.ok(actionsOf(card, "pick").length <= 3, "at most a few related rows");
            }),
          )
          .startTest();
      });
    }
  });

  describe("a close call", () => {
    const question = "Vem övervakar enheterna?";

    it("offers a choice and answers the typed number on the next turn (1:1)", async () => {
      let picks: Array<{ row: string }> = [];
      await harness.adapter
        .send(teamsMessage(question, { locale: "sv-SE" }))
        .assertReply(
          expectCard((card, text) => {
            includesAll(text, [cards.uiString("sv", "choiceTitle")]);
            picks = actionsOf(card, "pick");
            assert.ok(picks.length >= 2, "at least two rows to choose from");
          }),
        )
        .send(teamsMessage("2", { locale: "sv-SE" }))
        .assertReply(
          expectCard((card) => {
            const second = picks[1];
            assert.ok(second);
            assert.equal(actionsOf(card, "feedback")[0]?.row, second.row, "the answer is about the second row");
          }),
        )
        .startTest();
    });

    it("offers a choice in a channel and takes the pick from the card on the next turn, in the same thread", async () => {
      let pick: CardAction | undefined;
      await harness.adapter
        .send(teamsMessage(question, { scope: "channel", locale: "sv-SE" }))
        .assertReply(
          expectCard((card, _text, activity) => {
            assert.equal(activity.conversation?.id, conversationIds.channel);
            pick = actionsOf(card, "pick")[0];
          }),
        )
        .startTest();
      await harness.adapter
        .send(teamsSubmit({ ...pick }, { scope: "channel", locale: "sv-SE" }))
        .assertReply((activity) => {
          assert.ok(pick?.mmd === "pick");
          assert.equal(activity.conversation?.id, conversationIds.channel);
          expectCard((card) => assert.equal(actionsOf(card, "feedback")[0]?.row, pick?.mmd === "pick" ? pick.row : ""))(activity);
        })
        .startTest();
    });

    it("takes a typed title in a channel, after the bot's mention", async () => {
      const title = engine.ask(question, { locale: "sv-SE" }).results[0]?.title ?? "";
      await harness.adapter
        .send(teamsMessage(question, { scope: "channel", locale: "sv-SE" }))
        .assertReply(expectCard((_card, text) => includesAll(text, [cards.uiString("sv", "choiceTitle")])))
        .send(teamsMessage(title.toLowerCase(), { scope: "channel", locale: "sv-SE" }))
        .assertReply(expectCard((_card, text) => includesAll(text, [title])))
        .startTest();
    });
  });

  describe("in channels and group chats", () => {
    it("removes only the bot's mention, keeps other people's, and replies in the same thread", async () => {
      const ask = sandbox.spy(engine, "ask");
      const text = `<at>${botAccount.name}</at> wie doet de updates? cc <at>Jan Jansen</at>`;
      const activity = teamsMessage("", { scope: "channel", locale: "nl-NL" });
      await harness.adapter
        .send({ ...activity, text, entities: [...(activity.entities ?? []), { type: "mention", mentioned: { id: "29:jan", name: "Jan Jansen" }, text: "<at>Jan Jansen</at>" }] })
        .assertReply((reply) => {
          assert.equal(reply.conversation?.id, conversationIds.channel, "the thread, ;messageid= kept");
          expectCard(() => undefined)(reply);
        })
        .startTest();
      assert.equal(ask.firstCall.args[0], "wie doet de updates? cc Jan Jansen");
    });

    it("answers in a group chat after the mention", async () => {
      await harness.adapter
        .send(teamsMessage("Vem övervakar säkerheten?", { scope: "groupChat", locale: "sv-SE" }))
        .assertReply((reply) => {
          assert.equal(reply.conversation?.id, conversationIds.groupChat);
          expectCard((_card, text) => includesAll(text, ["Övervakning av säkerhet"]))(reply);
        })
        .startTest();
    });
  });

  describe("help and the welcome", () => {
    const examplesFor = (locale: string, ui: cards.UiLanguage) => {
      const rows = engine.listRows(locale);
      const picked = [rows.find((r) => r.owner === "microsoft"), rows.find((r) => r.owner === "customer"), rows.find((r) => r.owner === "shared")];
      return picked.map((r) => cards.uiString(ui, "exampleQuestion", { topic: topicOf(r?.title ?? "") }));
    };

    for (const [word, locale, ui, pageLocale] of [
      ["hjälp", "en-US", "sv", "sv-SE"],
      ["Hulp", "en-US", "nl", "nl-NL"],
      ["help", "sv-SE", "sv", "sv-SE"],
      ["?", "nl-NL", "nl", "nl-NL"],
    ] as const) {
      it(`"${word}" from a ${locale} user: what the bot answers and three example questions in ${ui}`, async () => {
        await harness.adapter
          .send(teamsMessage(word, { locale }))
          .assertReply(
            expectCard((card, text) => {
              includesAll(text, [cards.uiString(ui, "helpTitle"), cards.uiString(ui, "helpText")]);
              const asks = actionsOf(card, "ask").map((a) => a.q);
              assert.deepEqual(asks, examplesFor(pageLocale, ui));
            }),
          )
          .startTest();
      });
    }

    it("an English help card for an English user", async () => {
      await harness.adapter
        .send(teamsMessage("help", { locale: "en-US" }))
        .assertReply(expectCard((card, text) => {
          includesAll(text, [cards.uiString("en", "helpTitle")]);
          assert.equal(actionsOf(card, "ask").length, 3);
        }))
        .startTest();
    });

    for (const locale of ["en-US", "sv-SE", "nl-NL", "de-DE"]) {
      it(`every example question on the ${locale} help card gets an answer`, async () => {
        let asks: Array<{ q: string; locale: string }> = [];
        await harness.adapter
          .send(teamsMessage("help", { locale }))
          .assertReply(expectCard((card) => (asks = actionsOf(card, "ask"))))
          .startTest();
        assert.equal(asks.length, 3);
        for (const ask of asks) assert.notEqual(engine.ask(ask.q, { locale: ask.locale }).kind, "none", ask.q);
      });
    }

    it("an example question from the help card is answered", async () => {
      const [example] = examplesFor("sv-SE", "sv");
      await harness.adapter
        .send(teamsSubmit({ mmd: "ask", q: example, locale: "sv-SE" }, { locale: "sv-SE" }))
        .assertReply(expectCard((card) => assert.ok(actionsOf(card, "feedback").length > 0 || actionsOf(card, "pick").length > 0)))
        .startTest();
    });

    for (const scope of ["personal", "groupChat", "team"] as const) {
      it(`welcomes when the bot is installed in ${scope} scope`, async () => {
        await harness.adapter
          .send(membersAdded([userAccount.id, botAccount.id], scope, "nl-NL"))
          .assertReply(expectCard((_card, text) => includesAll(text, [cards.uiString("nl", "welcomeTitle")])))
          .assertNoReply("one welcome", 200)
          .startTest();
      });
    }

    it("does not welcome when someone else is added", async () => {
      await harness.adapter.send(membersAdded(["29:new-colleague"], "team")).assertNoReply("no welcome", 300).startTest();
    });
  });

  describe("list / browse", () => {
    for (const [say, locale, pageLocale, ui] of [
      ["lista", "en-US", "sv-SE", "sv"],
      ["lijst", "sv-SE", "nl-NL", "nl"],
      ["browse", "nl-NL", "nl-NL", "nl"],
    ] as const) {
      it(`"${say}" from a ${locale} user lists every responsibility of the ${pageLocale} page, grouped by party`, async () => {
        const titles = engine.listRows(pageLocale).map((r) => r.title);
        await harness.adapter
          .send(teamsMessage(say, { locale }))
          .assertReply(expectCard((_card, text) => includesAll(text, [cards.uiString(ui, "listTitle"), cards.partyLabel("microsoft", ui), cards.partyLabel("customer", ui), ...titles])))
          .startTest();
      });
    }

    it("the browse button of a no-answer card lists them too", async () => {
      let browse: CardAction | undefined;
      await harness.adapter
        .send(teamsMessage("Vad blir det för väder i morgon?", { locale: "sv-SE" }))
        .assertReply(expectCard((card) => (browse = actionsOf(card, "browse")[0])))
        .startTest();
      await harness.adapter
        .send(teamsSubmit({ ...browse }, { locale: "sv-SE" }))
        .assertReply(expectCard((_card, text) => includesAll(text, [cards.uiString("sv", "listTitle"), "Övervakning av säkerhet", "Utskrift"])))
        .startTest();
    });
  });

  describe("feedback and show-as-text", () => {
    for (const [scope, helpful] of [["personal", true], ["channel", false]] as const) {
      it(`stores ${helpful ? "helpful" : "not helpful"} with the question and the row (${scope})`, async () => {
        let feedback: CardAction | undefined;
        await harness.adapter
          .send(teamsMessage("Vem övervakar säkerheten?", { scope, locale: "sv-SE" }))
          .assertReply(expectCard((card) => (feedback = actionsOf(card, "feedback").find((a) => a.helpful === helpful))))
          .startTest();
        await harness.adapter
          .send(teamsSubmit({ ...feedback }, { scope: scope as Scope, locale: "sv-SE" }))
          .assertReply((reply) => {
            assert.equal(reply.text, cards.uiString("sv", helpful ? "feedbackThanks" : "feedbackThanksNegative"));
            assert.equal(reply.conversation?.id, conversationIds[scope]);
          })
          .startTest();
        const records = await harness.feedback();
        assert.equal(records.length, 1);
        const [record] = records;
        assert.ok(record);
        assert.deepEqual({ ...record, at: undefined }, {
          question: "Vem övervakar säkerheten?",
          key: engine.ask("Vem övervakar säkerheten?", { locale: "sv-SE" }).results[0]?.key,
          locale: "sv-SE",
          helpful,
          conversationType: scope,
          at: undefined,
        });
        assert.ok(!Number.isNaN(Date.parse(record.at)));
      });
    }

    it("gives the same answer as plain text, without an attachment", async () => {
      let text: CardAction | undefined;
      await harness.adapter
        .send(teamsMessage("Vem övervakar säkerheten?", { locale: "sv-SE" }))
        .assertReply(expectCard((card) => (text = actionsOf(card, "text")[0])))
        .startTest();
      await harness.adapter
        .send(teamsSubmit({ ...text }, { locale: "sv-SE" }))
        .assertReply((reply) => {
          assert.equal(reply.attachments, undefined);
          assert.equal(reply.type, "message");
          const answer = engine.answerFor(text?.mmd === "text" ? text.row : "", "Vem övervakar säkerheten?", { locale: "sv-SE" });
          assert.ok(answer);
          // The same lines, each its own paragraph so that Teams keeps them apart.
          const lines = cards.formatAnswerText(answer, "sv").split("\n").filter((line) => line.trim() !== "");
          assert.deepEqual(reply.text?.split("\n\n"), lines);
          includesAll(reply.text ?? "", ["Vem övervakar säkerheten?", "Övervakning av säkerhet"]);
        })
        .startTest();
    });
  });
});
