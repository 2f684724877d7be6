import assert from "node:assert/strict";
import { activityErrors, checkActivity } from "../../bot/validateActivity";

describe("checkActivity", () => {
  const good = { type: "message", channelId: "msteams", serviceUrl: "https://smba.trafficmanager.net/emea/", conversation: { id: "a:1" }, text: "hej", entities: [] };
  const cases: Array<[string, unknown, string | undefined]> = [
    ["a Teams message", good, undefined],
    ["an unknown activity type (handled by the bot, not rejected)", { ...good, type: "somethingNew" }, undefined],
    ["an array", [good], activityErrors.notObject],
    ["a string", "message", activityErrors.notObject],
    ["null", null, activityErrors.notObject],
    ["no type", { ...good, type: undefined }, activityErrors.noType],
    ["an empty type", { ...good, type: " " }, activityErrors.noType],
    ["a type that is not a string", { ...good, type: 3 }, activityErrors.noType],
    ["no serviceUrl", { ...good, serviceUrl: undefined }, activityErrors.noServiceUrl],
    ["no conversation", { ...good, conversation: undefined }, activityErrors.noConversation],
    ["a conversation without id", { ...good, conversation: {} }, activityErrors.noConversation],
    ["no channelId", { ...good, channelId: undefined }, activityErrors.noChannelId],
    ["text that is not a string", { ...good, text: 42 }, activityErrors.badText],
    ["null text (a card submit)", { ...good, text: null }, undefined],
    ["entities that are not an array", { ...good, entities: { type: "mention" } }, activityErrors.badEntities],
  ];
  for (const [name, body, want] of cases) it(name, () => assert.equal(checkActivity(body), want));
});
