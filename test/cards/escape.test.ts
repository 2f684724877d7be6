import assert from "node:assert/strict";
import { cardText, escapeMarkdown, escapeTemplateText, safeUrl, speechText, truncate } from "../../cards/escape";
import { compileTemplate, localizeTemplate, templateErrors } from "../../cards/expandTemplate";
import { uiStrings } from "../../cards/strings";

const expandTemplate = (name: string, template: object, data: object) => compileTemplate(name, template)(data, "en");

describe("escaping", () => {
  it("breaks every ${ so no template pass can evaluate it, invisibly", () => {
    const out = escapeTemplateText("a ${x} b $${y} $ {z}");
    assert.ok(!out.includes("${"));
    assert.equal(out.replace(/\u2060/g, ""), "a ${x} b $${y} $ {z}");
  });

  it("a data value is never evaluated by templating, even unescaped (and escaped it stays unbound in a second pass)", () => {
    const template = { type: "AdaptiveCard", version: "1.5", fallbackText: "${f}", speak: "${s}", body: [{ type: "TextBlock", text: "${q}" }] };
    const raw = expandTemplate("t", template, { q: "${secret}", f: "f", s: "s", secret: "LEAK" });
    assert.equal((raw.body[0] as { text: string }).text, "${secret}", "templating does not evaluate data");
    const second = expandTemplate("t", { ...template, body: [{ type: "TextBlock", text: cardText("${secret}") }] }, { f: "f", s: "s", secret: "LEAK" });
    assert.ok(!JSON.stringify(second).includes("LEAK"), "an escaped value survives being used as a template");
  });

  it("strips control and bidi-override characters, keeps line breaks", () => {
    assert.equal(cardText("a\u0000b\u202Ec\nd"), "abc\nd");
  });

  it("truncates at a word with an ellipsis", () => {
    assert.equal(truncate("alpha beta gamma delta", 15), "alpha beta…");
    assert.equal(truncate("short", 12), "short");
  });

  it("escapes markdown for markdown contexts", () => {
    assert.equal(escapeMarkdown("**x** [a](http://e) # _y_"), "\\*\\*x\\*\\* \\[a\\]\\(http://e\\) \\# \\_y\\_");
  });

  it("makes speech SSML-safe", () => {
    assert.equal(speechText('A & B <speak> "c"'), "A &amp; B &lt;speak&gt; &quot;c&quot;");
  });

  it("accepts only http(s) URLs", () => {
    assert.equal(safeUrl("https://learn.microsoft.com/x#a"), "https://learn.microsoft.com/x#a");
    assert.equal(safeUrl("javascript:alert(1)"), undefined);
    assert.equal(safeUrl("../relative.md"), undefined);
  });

  it("rejects a template that does not expand to a 1.5 card with fallback and speech", () => {
    assert.throws(() => expandTemplate("bad", { type: "AdaptiveCard", version: "1.6", body: [] }, {}), /bad did not expand/);
  });
});

describe("localized templates", () => {
  const template = { type: "AdaptiveCard", version: "1.5", fallbackText: "${f}", speak: "${s}", body: [{ type: "TextBlock", text: "${ui.youAsked}${q}" }, { type: "TextBlock", text: "${ui.source}" }] };

  it("fills each ${ui.key} with the UI string of the card's language, once, and binds the rest per reply", () => {
    for (const ui of ["en", "sv", "nl"] as const) {
      const card = compileTemplate("t", template)({ q: "vpn", f: "f", s: "s" }, ui);
      assert.deepEqual(card.body, [
        { type: "TextBlock", text: `${uiStrings[ui].youAsked}vpn` },
        { type: "TextBlock", text: uiStrings[ui].source },
      ]);
    }
  });

  it("refuses a key that is not a UI string, and one that needs values, naming the template", () => {
    const unknown = { ...template, body: [{ type: "TextBlock", text: "${ui.nope}" }] };
    assert.throws(() => localizeTemplate("myCard", unknown, "sv"), { message: templateErrors.unknownUiString("myCard", "nope") });
    const withPlaceholder = { ...template, body: [{ type: "TextBlock", text: "${ui.tableRow}" }] };
    assert.throws(() => localizeTemplate("myCard", withPlaceholder, "nl"), { message: templateErrors.uiStringNeedsValues("myCard", "tableRow") });
    assert.throws(() => localizeTemplate("myCard", { text: "${ui.toString}" }, "en"), /not a UI string/);
  });

  it("leaves the template it was given as it was", () => {
    const copy = structuredClone(template);
    localizeTemplate("t", template, "sv");
    assert.deepEqual(template, copy);
  });
});
