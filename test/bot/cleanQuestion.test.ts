import assert from "node:assert/strict";
import { cleanQuestion, maxQuestionLength } from "../../bot/cleanQuestion";
import { readTurn } from "../../bot/readTurn";
import { RateLimiter, type RateDecision } from "../../bot/rateLimiter";

describe("cleanQuestion", () => {
  const cases: Array<{ name: string; text: string; expected: string }> = [
    { name: "keeps an ordinary question", text: "Vem övervakar säkerheten?", expected: "Vem övervakar säkerheten?" },
    { name: "turns control characters into spaces", text: "Vem\u0000övervakar\u0007\u001bsäkerheten?\u007f", expected: "Vem övervakar säkerheten?" },
    { name: "drops zero-width and bidi characters", text: "Vem\u200b \u202eövervakar\u202c\ufeff?", expected: "Vem övervakar ?" },
    { name: "drops lone surrogates, keeps pairs", text: "a\ud800b \udc00c 😀", expected: "ab c 😀" },
    { name: "collapses whitespace and newlines", text: "  Vem\r\n\t ansvarar  ", expected: "Vem ansvarar" },
    { name: "binary junk becomes nothing", text: "\u0000\u0001\u0002\ufffe\uffff", expected: "" },
  ];
  for (const c of cases) it(c.name, () => assert.equal(cleanQuestion(c.text), c.expected));

  it("caps the length without leaving half a surrogate pair", () => {
    const text = `${"a".repeat(maxQuestionLength - 1)}😀tail`;
    const clean = cleanQuestion(text);
    assert.ok(clean.length <= maxQuestionLength);
    assert.equal(clean, "a".repeat(maxQuestionLength - 1));
  });

  it("cleans the question inside a card action too", () => {
    const turn = readTurn({ text: "", recipient: { id: "28:bot", name: "bot" }, value: { mmd: "ask", q: `x\u0000${"y".repeat(5000)}`, locale: "sv-SE" } });
    assert.ok(turn.type === "action" && turn.action.mmd === "ask");
    assert.equal(turn.action.q.length, maxQuestionLength);
    assert.ok(!turn.action.q.includes("\u0000"));
  });
});

describe("RateLimiter", () => {
  const cases: Array<{ name: string; limit: number; hits: Array<[key: string, at: number]>; expected: RateDecision[] }> = [
    { name: "allows up to the limit", limit: 3, hits: [["a", 0], ["a", 1], ["a", 2]], expected: ["allow", "allow", "allow"] },
    { name: "says so once when over, then drops", limit: 2, hits: [["a", 0], ["a", 1], ["a", 2], ["a", 3], ["a", 4]], expected: ["allow", "allow", "notify", "drop", "drop"] },
    { name: "counts conversations apart", limit: 1, hits: [["a", 0], ["b", 0], ["a", 1], ["b", 1]], expected: ["allow", "allow", "notify", "notify"] },
    { name: "allows again once the window slides", limit: 1, hits: [["a", 0], ["a", 10], ["a", 60_000]], expected: ["allow", "notify", "allow"] },
    { name: "says so again in a later window", limit: 1, hits: [["a", 0], ["a", 59_000], ["a", 59_500], ["a", 60_000], ["a", 60_001], ["a", 119_500]], expected: ["allow", "notify", "drop", "allow", "drop", "notify"] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      let now = 0;
      const limiter = new RateLimiter(c.limit, {}, () => now);
      const decisions = c.hits.map(([key, at]) => {
        now = at;
        return limiter.hit(key);
      });
      assert.deepEqual(decisions, c.expected);
    });
  }

  it("keeps memory bounded when many conversations come and go", () => {
    let now = 0;
    const limiter = new RateLimiter(5, { maxKeys: 100 }, () => now);
    for (let i = 0; i < 1000; i++) {
      now = i;
      limiter.hit(`c${i}`);
    }
    assert.ok(limiter.size <= 100, `${limiter.size} windows`);
  });

  it("forgets the least recent conversations first", () => {
    let now = 0;
    const limiter = new RateLimiter(1, { maxKeys: 100 }, () => now);
    for (let i = 0; i < 1000; i++) {
      now = i;
      limiter.hit(`c${i}`);
    }
    assert.equal(limiter.hit("c999"), "notify", "the latest conversation is still counted");
    assert.equal(limiter.hit("c0"), "allow", "the first was forgotten");
  });
});
