import assert from "node:assert/strict";
import { activityErrors, checkActivity, withoutProtoKeys } from "../../bot/validateActivity";

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

describe("withoutProtoKeys", () => {
  it("removes own __proto__ keys at every depth, however they were spelt in the JSON", () => {
    type Parsed = { from: object; list: [object, number] };
    const parsed = withoutProtoKeys<Parsed>(JSON.parse('{"__proto__":{"a":1},"from":{"\\u005f_proto__":{"b":2},"id":"x"},"list":[{"__proto__":{"c":3}},5]}'));
    assert.deepEqual(parsed, { from: { id: "x" }, list: [{}, 5] });
    for (const object of [parsed, parsed.from, parsed.list[0]]) {
      assert.equal(Object.hasOwn(object, "__proto__"), false);
      assert.equal(Object.getPrototypeOf(object), Object.prototype);
    }
  });

  it("walks nesting deeper than the call stack", () => {
    const depth = 200_000;
    const parsed = withoutProtoKeys(JSON.parse(`${'{"a":'.repeat(depth)}{"__proto__":1}${"}".repeat(depth)}`));
    let inner = parsed;
    for (let i = 0; i < depth; i++) inner = inner.a;
    assert.deepEqual(inner, {});
  });

  it("leaves everything else as it was", () => {
    const activity = { type: "message", text: "hej", entities: [{ type: "mention", mentioned: { id: "28:x" } }], value: null, n: 3 };
    assert.deepEqual(withoutProtoKeys(structuredClone(activity)), activity);
  });
});
