import assert from "node:assert/strict";
import path from "node:path";
import { ConfigError, configDefaults, configErrors, loadConfig } from "../../bot/config";

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
    });
    assert.deepEqual({ ...config }, {
      port: 8080,
      host: "127.0.0.1",
      microsoftAppId: "app",
      microsoftAppPassword: "secret",
      microsoftAppTenantId: "tenant",
      microsoftAppType: "SingleTenant",
      defaultLocale: "sv-SE",
      knowledgeDir: path.resolve("some/dir"),
    });
  });

  const bad: Array<[string, Record<string, string>, string]> = [
    ["a port that is not a number", { PORT: "http" }, configErrors.port("http")],
    ["a port out of range", { PORT: "70000" }, configErrors.port("70000")],
    ["an unknown app type", { MicrosoftAppType: "Personal" }, configErrors.appType("Personal")],
    ["a password without an app id", { MicrosoftAppPassword: "x" }, configErrors.passwordWithoutId],
    ["single tenant without a tenant", { MicrosoftAppId: "a", MicrosoftAppType: "SingleTenant" }, configErrors.tenantRequired("SingleTenant")],
    ["a locale that is not one", { DEFAULT_LOCALE: "swedish please" }, configErrors.locale("swedish please")],
  ];
  for (const [name, env, message] of bad) {
    it(`stops on ${name}, naming the key`, () => {
      assert.throws(() => loadConfig(env), (e: unknown) => e instanceof ConfigError && e.message === message);
    });
  }

  it("keeps its defaults frozen", () => assert.ok(Object.isFrozen(configDefaults)));
});
