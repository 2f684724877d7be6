import assert from "node:assert/strict";
import { join } from "node:path";
import { defaultSourcesDir, loadKnowledgeBase, loadPageFiles } from "../../knowledge/loadSources";
import { parseMessages } from "../../knowledge/parseMessages";

const fixtures = join(__dirname, "..", "fixtures", "knowledge");
const seed = (locale: string) => join(defaultSourcesDir, `roles-and-responsibilities.${locale}.md`);

describe("loadSources", () => {
  it("loads every page in knowledge/sources, sorted by name, with no errors or warnings", () => {
    const knowledge = loadKnowledgeBase();
    assert.deepEqual(knowledge.pages.map((p) => p.file), ["roles-and-responsibilities.nl-NL.md", "roles-and-responsibilities.sv-SE.md"]);
    assert.deepEqual(knowledge.errors, []);
    assert.deepEqual(knowledge.warnings, []);
  });

  it("keeps the good files when one is bad, and names the bad one with its line", () => {
    const knowledge = loadPageFiles([seed("sv-SE"), join(fixtures, "binary.en-US.md"), join(fixtures, "no-newline.en-US.md")]);
    assert.deepEqual(knowledge.pages.map((p) => p.file), ["roles-and-responsibilities.sv-SE.md", "no-newline.en-US.md"]);
    assert.deepEqual(knowledge.errors, [{ file: "binary.en-US.md", line: 4, message: parseMessages.binary }]);
  });

  it("loads a whole folder of fixtures: the malformed ones become errors, the rest pages", () => {
    const knowledge = loadKnowledgeBase(fixtures);
    assert.deepEqual(knowledge.errors.map((e) => e.file), ["bad-yaml.en-US.md", "binary.en-US.md", "not-a-page.en-US.md"]);
    assert.equal(knowledge.pages.length, 14);
    assert.ok(knowledge.warnings.some((w) => w.file === "malformed-row.en-US.md" && w.line === 22));
  });

  it("reports a file it cannot read as an error", () => {
    const knowledge = loadPageFiles([join(fixtures, "missing.en-US.md"), seed("nl-NL")]);
    assert.equal(knowledge.pages.length, 1);
    assert.equal(knowledge.errors[0]?.file, "missing.en-US.md");
    assert.match(knowledge.errors[0]?.message ?? "", /^cannot read file: ENOENT/);
  });

  it("warns when rows with the same key in two locales share no link target", () => {
    const mismatch = join(fixtures, "mismatch", "roles-and-responsibilities.sv-SE.md");
    const knowledge = loadPageFiles([seed("nl-NL"), mismatch]);
    const expected = {
      file: "roles-and-responsibilities.sv-SE.md",
      line: 16,
      message: parseMessages.keyMismatch("microsoft-1", "roles-and-responsibilities.nl-NL.md", 31),
    };
    assert.deepEqual(knowledge.warnings, [expected]);
    assert.deepEqual(knowledge.pages[1]?.warnings, [expected]);
  });

  it("does not compare rows of different articles", () => {
    const knowledge = loadPageFiles([join(fixtures, "links.en-US.md"), join(fixtures, "bullets.en-US.md")]);
    assert.deepEqual(knowledge.warnings, []);
  });
});
