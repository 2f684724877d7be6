import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { buildAppPackage, checkIcon, fillTemplate, PackageError, packageDefaults, packageErrors, packageValuesFrom, validateManifest } from "../../manifest/buildPackage";

const appId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
const validEnv = Object.freeze({ MicrosoftAppId: appId, PUBLIC_HOSTNAME: "bot.contoso.com" });
const root = path.resolve(__dirname, "..", "..");

async function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  const archive = await JSZip.loadAsync(zip);
  const files = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(archive.files)) files.set(name, await entry.async("nodebuffer"));
  return files;
}

const rejectsWith = (promise: Promise<unknown>, message: string) =>
  assert.rejects(promise, (error: unknown) => error instanceof PackageError && error.message.includes(message));

describe("Teams app package", function () {
  this.timeout(30_000);

  describe("with valid values", () => {
    let files: Map<string, Buffer>;
    let manifest: Record<string, unknown>;
    let first: Buffer;
    before(async () => {
      const built = await buildAppPackage({ env: validEnv, appVersion: "0.1.0" });
      first = built.zip;
      files = await unzip(built.zip);
      manifest = JSON.parse(files.get("manifest.json")?.toString("utf8") ?? "null");
    });

    it("holds manifest.json, color.png and outline.png at the zip root, and nothing else", () => {
      assert.deepEqual([...files.keys()].sort(), ["color.png", "manifest.json", "outline.png"]);
    });

    it("has a manifest that validates against the official schema with zero errors", async () => {
      assert.deepEqual(await validateManifest(files.get("manifest.json")?.toString("utf8") ?? ""), []);
      assert.match(String(manifest.$schema), /\/teams\/v1\.\d+\/MicrosoftTeams\.schema\.json$/);
      assert.ok(Number(String(manifest.manifestVersion).split(".")[1]) >= 19, "a current manifest version");
    });

    it("fills every placeholder: bot id, app id, host, version", () => {
      const text = files.get("manifest.json")?.toString("utf8") ?? "";
      assert.doesNotMatch(text, /\$\{\{/);
      assert.equal(manifest.id, appId);
      assert.equal(manifest.version, "0.1.0");
      assert.deepEqual(manifest.validDomains, ["bot.contoso.com"]);
      assert.match(text, /"botId": "3f2504e0-4f89-11d3-9a0c-0305e82c3301"/);
      assert.match(text, /"contentUrl": "https:\/\/bot\.contoso\.com\/tab"/);
    });

    it("declares the bot in personal, team and groupChat scope with help and list commands", () => {
      const [bot] = manifest.bots as Array<{ scopes: string[]; commandLists: Array<{ commands: Array<{ title: string }> }> }>;
      assert.deepEqual(bot?.scopes, ["personal", "team", "groupChat"]);
      const titles = bot?.commandLists.flatMap((l) => l.commands.map((c) => c.title)) ?? [];
      assert.ok(titles.includes("help") && titles.includes("list"), titles.join(", "));
    });

    it("declares the search message extension with searchQuery and initialRun", () => {
      const [extension] = manifest.composeExtensions as Array<{ botId: string; commands: Array<{ id: string; type: string; initialRun: boolean; parameters: Array<{ name: string }> }> }>;
      assert.equal(extension?.botId, appId);
      const command = extension?.commands[0];
      assert.equal(command?.id, "searchResponsibilities");
      assert.equal(command?.type, "query");
      assert.equal(command?.initialRun, true);
      assert.deepEqual(command?.parameters.map((p) => p.name), ["searchQuery"]);
    });

    it("declares the Responsibilities static tab", () => {
      const [tab] = manifest.staticTabs as Array<{ name: string; entityId: string; contentUrl: string }>;
      assert.equal(tab?.name, "Responsibilities");
      assert.ok(tab?.entityId);
    });

    it("has a 192x192 colour icon and a 32x32 outline icon that is white on transparent", () => {
      const color = PNG.sync.read(files.get("color.png") ?? Buffer.alloc(0));
      const outline = PNG.sync.read(files.get("outline.png") ?? Buffer.alloc(0));
      assert.deepEqual([color.width, color.height, outline.width, outline.height], [192, 192, 32, 32]);
      let transparent = 0;
      let white = 0;
      for (let i = 0; i < outline.data.length; i += 4) {
        if (outline.data[i + 3] === 0) transparent++;
        else {
          assert.deepEqual([outline.data[i], outline.data[i + 1], outline.data[i + 2]], [255, 255, 255], `pixel ${i / 4}`);
          white++;
        }
      }
      assert.ok(transparent > 0 && white > 0, `transparent ${transparent}, white ${white}`);
      const colours = new Set<number>();
      for (let i = 0; i < color.data.length; i += 4) colours.add(color.data.readUInt32BE(i));
      assert.ok(colours.size > 2, "the colour icon is in colour");
    });

    it("is the same zip for the same inputs", async () => {
      const again = await buildAppPackage({ env: validEnv, appVersion: "0.1.0" });
      assert.ok(again.zip.equals(first));
    });
  });

  describe("refuses", () => {
    const cases = [
      { name: "a missing MicrosoftAppId", env: { PUBLIC_HOSTNAME: "bot.contoso.com" }, message: packageErrors.missing("MicrosoftAppId") },
      { name: "a blank MicrosoftAppId", env: { MicrosoftAppId: "  ", PUBLIC_HOSTNAME: "bot.contoso.com" }, message: packageErrors.missing("MicrosoftAppId") },
      { name: "a MicrosoftAppId that is no GUID", env: { MicrosoftAppId: "my-bot", PUBLIC_HOSTNAME: "bot.contoso.com" }, message: packageErrors.notGuid("MicrosoftAppId", "my-bot") },
      { name: "a missing PUBLIC_HOSTNAME", env: { MicrosoftAppId: appId }, message: packageErrors.missing("PUBLIC_HOSTNAME") },
      { name: "a PUBLIC_HOSTNAME with a scheme", env: { MicrosoftAppId: appId, PUBLIC_HOSTNAME: "https://bot.contoso.com" }, message: packageErrors.notHost("https://bot.contoso.com") },
      { name: "a PUBLIC_HOSTNAME with a path", env: { MicrosoftAppId: appId, PUBLIC_HOSTNAME: "bot.contoso.com/tab" }, message: packageErrors.notHost("bot.contoso.com/tab") },
      { name: "a TEAMS_APP_ID that is no GUID", env: { ...validEnv, TEAMS_APP_ID: "x" }, message: packageErrors.notGuid("TEAMS_APP_ID", "x") },
      { name: "a DEVELOPER_NAME over 32 characters", env: { ...validEnv, DEVELOPER_NAME: "x".repeat(33) }, message: packageErrors.developerName("x".repeat(33)) },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        assert.throws(() => packageValuesFrom(c.env, "1.0.0"), { name: "PackageError", message: c.message });
        await rejectsWith(buildAppPackage({ env: c.env, appVersion: "1.0.0" }), c.message);
      });
    }

    describe("a broken template", () => {
      let dir: string;
      beforeEach(() => {
        dir = mkdtempSync(path.join(tmpdir(), "manifest-"));
      });
      afterEach(() => rmSync(dir, { recursive: true, force: true }));
      const template = () => readFileSync(packageDefaults.templatePath, "utf8");
      const build = (text: string) => {
        const templatePath = path.join(dir, "manifest.template.json");
        writeFileSync(templatePath, text);
        return buildAppPackage({ env: validEnv, appVersion: "1.0.0", templatePath });
      };

      it("that breaks the schema (no accentColor, a short name over 30 characters)", async () => {
        const manifest = JSON.parse(template());
        delete manifest.accentColor;
        manifest.name.short = "x".repeat(31);
        await assert.rejects(build(JSON.stringify(manifest)), (error: unknown) => {
          assert.ok(error instanceof PackageError);
          assert.match(error.message, /does not validate against its schema/);
          assert.match(error.message, /accentColor/);
          assert.match(error.message, /\/name\/short/);
          return true;
        });
      });

      it("without $schema", async () => {
        await rejectsWith(build(template().replace(/"\$schema": "[^"]*",/, "")), packageErrors.noSchema);
      });

      it("that is not JSON", async () => {
        await rejectsWith(build(template().replace(/}\s*$/, "")), "not valid JSON");
      });

      it("with a placeholder that has no value", async () => {
        await rejectsWith(build(template().replace("MMD Who does what", "${{APP_NAME}}")), packageErrors.unfilled(["APP_NAME"]));
      });
    });

    it("an outline icon that is coloured or opaque", () => {
      const png = new PNG({ width: 32, height: 32 });
      png.data.fill(255);
      png.data[0] = 0;
      assert.deepEqual(checkIcon(PNG.sync.write(png), 32, true), ["must have a transparent background", "must be white only (every visible pixel #FFFFFF)"]);
      assert.deepEqual(checkIcon(PNG.sync.write(png), 192, false), ["must be 192x192, is 32x32"]);
      assert.match(checkIcon(Buffer.from("nope"), 32, true)[0] ?? "", /not a PNG/);
    });
  });

  it("fillTemplate escapes values for JSON", () => {
    assert.equal(fillTemplate('{"a":"${{X}}"}', { X: 'say "hi"\\' }), '{"a":"say \\"hi\\"\\\\"}');
  });

  describe("npm run package", () => {
    const run = (env: Record<string, string>) =>
      promisify(execFile)(process.execPath, ["--import", "tsx", path.join(root, "manifest", "packageApp.ts")], {
        cwd: root,
        env: { PATH: process.env.PATH ?? "", ...env },
      });

    it("writes out/appPackage.zip with a valid manifest", async () => {
      const { stdout } = await run(validEnv);
      assert.match(stdout, /Wrote out\/appPackage\.zip/);
      const files = await unzip(readFileSync(path.join(root, "out", "appPackage.zip")));
      assert.deepEqual(await validateManifest(files.get("manifest.json")?.toString("utf8") ?? ""), []);
    });

    it("exits 1 with a message naming the missing key", async () => {
      await assert.rejects(run({ MicrosoftAppId: appId }), (error: unknown) => {
        assert.ok(error instanceof Error && "code" in error && "stderr" in error);
        assert.equal(error.code, 1);
        assert.match(String(error.stderr), /Cannot package the app: PUBLIC_HOSTNAME is not set/);
        return true;
      });
    });
  });
});
