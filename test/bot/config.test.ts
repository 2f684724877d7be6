import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, configDefaults, configErrors, describeHost, loadConfig } from "../../bot/config";

describe("loadConfig", () => {
  it("has local defaults: port 3978, no credentials, en-US, the pages beside the code", () => {
    const config = loadConfig({});
    assert.equal(config.port, 3978);
    assert.equal(config.microsoftAppId, "");
    assert.equal(config.microsoftAppType, "MultiTenant");
    assert.equal(config.defaultLocale, "en-US");
    assert.equal(config.knowledgeDir, path.resolve(__dirname, "../../knowledge/sources"));
    assert.ok(Object.isFrozen(config));
  });

  it("reads every key", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "127.0.0.1",
      MicrosoftAppId: "app",
      MicrosoftAppPassword: "secret",
      MicrosoftAppTenantId: "tenant",
      MicrosoftAppType: "singletenant",
      DEFAULT_LOCALE: "sv-SE",
      KNOWLEDGE_DIR: "some/dir",
      RELOAD_KNOWLEDGE: "false",
      STORAGE: "blob",
      BLOB_CONNECTION_STRING: "UseDevelopmentStorage=true",
      BLOB_CONTAINER: "bot-state",
      LOG_LEVEL: "debug",
      LOG_MESSAGE_TEXT: "true",
      RATE_LIMIT_PER_MINUTE: "5",
      MAX_BODY_BYTES: "1000",
      SHUTDOWN_TIMEOUT_MS: "2000",
    });
    assert.deepEqual({ ...config }, {
      port: 8080,
      host: "127.0.0.1",
      hostSource: "HOST",
      microsoftAppId: "app",
      microsoftAppPassword: "secret",
      microsoftAppTenantId: "tenant",
      microsoftAppType: "SingleTenant",
      defaultLocale: "sv-SE",
      knowledgeDir: path.resolve("some/dir"),
      reloadKnowledge: false,
      storage: "blob",
      blobConnectionString: "UseDevelopmentStorage=true",
      blobContainer: "bot-state",
      logLevel: "debug",
      logMessageText: true,
      rateLimitPerMinute: 5,
      maxBodyBytes: 1000,
      shutdownTimeoutMs: 2000,
    });
  });

  it("has production defaults for the new keys: memory storage, info logs without text, reload on", () => {
    const config = loadConfig({});
    assert.equal(config.storage, "memory");
    assert.equal(config.logLevel, "info");
    assert.equal(config.logMessageText, false);
    assert.equal(config.reloadKnowledge, true);
    assert.equal(config.rateLimitPerMinute, configDefaults.rateLimitPerMinute);
    assert.equal(config.maxBodyBytes, configDefaults.maxBodyBytes);
  });

  const hosts: Array<{ name: string; env: Record<string, string>; host: string; says: RegExp }> = [
    { name: "no credentials: loopback only", env: {}, host: "127.0.0.1", says: /^no credentials: listening on loopback only; set HOST to change$/ },
    { name: "credentials: all interfaces", env: { MicrosoftAppId: "app", MicrosoftAppPassword: "p" }, host: "0.0.0.0", says: /all interfaces/ },
    { name: "HOST wins without credentials", env: { HOST: "0.0.0.0" }, host: "0.0.0.0", says: /\(HOST\)/ },
    { name: "HOST wins with credentials", env: { HOST: "127.0.0.1", MicrosoftAppId: "app" }, host: "127.0.0.1", says: /\(HOST\)/ },
  ];
  for (const c of hosts) {
    it(`listens where it should and says why: ${c.name}`, () => {
      const config = loadConfig(c.env);
      assert.equal(config.host, c.host);
      assert.match(describeHost(config), c.says);
    });
  }

  it("accepts every key of .env.example as written", () => {
    const text = readFileSync(path.resolve(__dirname, "../../.env.example"), "utf8");
    const env = Object.fromEntries(
      text
        .split("\n")
        .filter((line) => /^[A-Za-z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    assert.ok(Object.keys(env).length >= 17, `keys: ${Object.keys(env).join(", ")}`);
    const config = loadConfig(env);
    assert.equal(config.port, 3978);
    assert.equal(config.host, "127.0.0.1");
    // Every key the code reads is documented.
    const source = readFileSync(path.resolve(__dirname, "../../bot/config.ts"), "utf8");
    const read = [...source.matchAll(/(?:read|parseFlag|parsePositive)\(env, "([A-Za-z_]+)"/g)].map((m) => m[1]);
    for (const key of read) assert.ok(key && key in env, `${key} is not in .env.example`);
  });

  const bad: Array<[string, Record<string, string>, string]> = [
    ["a port that is not a number", { PORT: "http" }, configErrors.port("http")],
    ["a port out of range", { PORT: "70000" }, configErrors.port("70000")],
    ["an unknown app type", { MicrosoftAppType: "Personal" }, configErrors.appType("Personal")],
    ["a password without an app id", { MicrosoftAppPassword: "x" }, configErrors.passwordWithoutId],
    ["single tenant without a tenant", { MicrosoftAppId: "a", MicrosoftAppType: "SingleTenant" }, configErrors.tenantRequired("SingleTenant")],
    ["a locale that is not one", { DEFAULT_LOCALE: "swedish please" }, configErrors.locale("swedish please")],
    ["an unknown storage", { STORAGE: "disk" }, configErrors.storage("disk")],
    ["blob without a connection string", { STORAGE: "blob", BLOB_CONTAINER: "c1c" }, configErrors.blobRequired("BLOB_CONNECTION_STRING")],
    ["blob without a container", { STORAGE: "blob", BLOB_CONNECTION_STRING: "x" }, configErrors.blobRequired("BLOB_CONTAINER")],
    ["a container name Azure refuses", { STORAGE: "blob", BLOB_CONNECTION_STRING: "x", BLOB_CONTAINER: "Bot_State" }, configErrors.blobContainer("Bot_State")],
    ["an unknown log level", { LOG_LEVEL: "loud" }, configErrors.logLevel("loud")],
    ["a flag that is not true or false", { LOG_MESSAGE_TEXT: "yes" }, configErrors.flag("LOG_MESSAGE_TEXT", "yes")],
    ["a reload flag that is not true or false", { RELOAD_KNOWLEDGE: "sometimes" }, configErrors.flag("RELOAD_KNOWLEDGE", "sometimes")],
    ["a rate limit of zero", { RATE_LIMIT_PER_MINUTE: "0" }, configErrors.positive("RATE_LIMIT_PER_MINUTE", "0")],
    ["a body limit that is not a number", { MAX_BODY_BYTES: "1MB" }, configErrors.positive("MAX_BODY_BYTES", "1MB")],
    ["a shutdown timeout below zero", { SHUTDOWN_TIMEOUT_MS: "-1" }, configErrors.positive("SHUTDOWN_TIMEOUT_MS", "-1")],
  ];
  for (const [name, env, message] of bad) {
    it(`stops on ${name}, naming the key`, () => {
      assert.throws(() => loadConfig(env), (e: unknown) => e instanceof ConfigError && e.message === message);
    });
  }

  it("keeps its defaults frozen", () => assert.ok(Object.isFrozen(configDefaults)));
});
