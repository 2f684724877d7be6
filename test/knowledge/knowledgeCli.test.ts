import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { cliMessages } from "../../knowledge/cli/knowledgeCli";

const root = join(__dirname, "..", "..");
const seeds = ["knowledge/sources/roles-and-responsibilities.sv-SE.md", "knowledge/sources/roles-and-responsibilities.nl-NL.md"];

function run(...args: string[]) {
  // node --import tsx, as the other spawning tests run TypeScript: npx would resolve tsx again on every call.
  const result = spawnSync(process.execPath, ["--import", "tsx", "knowledge/cli/knowledgeCli.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface CheckJson {
  files: {
    file: string;
    locale: string;
    title: string;
    articleUrl: string;
    date: string | null;
    tables: { owner: string; heading: string; rows: { key: string; title: string; owner: string; text: string; segments: { owner: string; text: string }[]; links: { text: string; url: string }[]; citation: Record<string, unknown> }[] }[];
    warnings: unknown[];
  }[];
  errors: { file: string; line: number; message: string }[];
}

describe("knowledge check command", function () {
  this.timeout(60000);

  it("prints one JSON document for the seeds and exits 0", () => {
    const { code, stdout } = run("check", ...seeds, "--json");
    assert.equal(code, 0);
    const json = JSON.parse(stdout) as CheckJson;
    assert.deepEqual(json.files.map((f) => [f.file, f.locale, f.date]), [
      ["roles-and-responsibilities.sv-SE.md", "sv-SE", "2020-07-30"],
      ["roles-and-responsibilities.nl-NL.md", "nl-NL", "2018-09-24"],
    ]);
    assert.deepEqual(json.errors, []);
    const sv = json.files[0];
    assert.deepEqual(sv?.tables.map((t) => [t.owner, t.rows.length]), [["microsoft", 6], ["customer", 9]]);
    const change = sv?.tables[1]?.rows[0];
    assert.deepEqual(Object.keys(change ?? {}), ["key", "title", "owner", "text", "segments", "links", "citation"]);
    assert.equal(change?.owner, "shared");
    assert.deepEqual(change?.segments.map((s) => s.owner), ["microsoft", "customer"]);
    assert.equal(change?.citation.line, 46);
  });

  it("exits 1 when a file does not parse, and still reports the others", () => {
    const { code, stdout } = run("check", seeds[0]!, "test/fixtures/knowledge/not-a-page.en-US.md", "--json");
    assert.equal(code, 1);
    const json = JSON.parse(stdout) as CheckJson;
    assert.equal(json.files.length, 1);
    assert.deepEqual(json.errors, [{ file: "not-a-page.en-US.md", line: 1, message: "not a roles-and-responsibilities page: no table found" }]);
  });

  it("prints a readable summary without --json", () => {
    const { code, stdout } = run("check", seeds[0]!, "test/fixtures/knowledge/malformed-row.en-US.md");
    assert.equal(code, 0);
    assert.match(stdout, /Table 2: Dina roller och ansvarsområden \(customer, 9 rows, line 44\)/);
    assert.match(stdout, /customer-5 +shared +Apps/);
    assert.match(stdout, /malformed-row\.en-US\.md:22: row has no description cell: skipped/);
    assert.match(stdout, /2 of 2 file\(s\) parsed/);
  });

  const usage: [string, string[], string][] = [
    ["no command", [], cliMessages.usage],
    ["an unknown command", ["list"], cliMessages.unknownCommand("list")],
    ["no files", ["check", "--json"], cliMessages.noFiles],
    ["an unknown option", ["check", seeds[0]!, "--yaml"], cliMessages.unknownOption("--yaml")],
  ];
  for (const [name, args, message] of usage) {
    it(`exits 2 with a usage message for ${name}`, () => {
      const { code, stderr, stdout } = run(...args);
      assert.equal(code, 2);
      assert.equal(stdout, "");
      assert.ok(stderr.includes(message), stderr);
    });
  }
});
