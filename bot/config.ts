// The bot's settings, read once from the environment into a frozen, typed object.
import path from "node:path";

export type AppType = "MultiTenant" | "SingleTenant" | "UserAssignedMSI";

export interface BotConfig {
  readonly port: number;
  readonly host: string | undefined;
  readonly microsoftAppId: string;
  readonly microsoftAppPassword: string;
  readonly microsoftAppTenantId: string;
  readonly microsoftAppType: AppType;
  readonly defaultLocale: string;
  readonly knowledgeDir: string;
}

export const configDefaults = Object.freeze({
  port: 3978,
  microsoftAppType: "MultiTenant" as AppType,
  defaultLocale: "en-US",
  // Beside the code, so `npm start` works from any working directory.
  knowledgeDir: path.resolve(__dirname, "..", "knowledge", "sources"),
});

const appTypes: readonly AppType[] = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

export const configErrors = Object.freeze({
  port: (value: string) => `PORT must be a whole number from 0 to 65535, got "${value}"`,
  appType: (value: string) => `MicrosoftAppType must be one of ${appTypes.join(", ")}, got "${value}"`,
  passwordWithoutId: "MicrosoftAppPassword is set but MicrosoftAppId is not",
  tenantRequired: (appType: string) => `MicrosoftAppTenantId is required when MicrosoftAppType is ${appType}`,
  locale: (value: string) => `DEFAULT_LOCALE must be a locale such as "en-US", got "${value}"`,
});

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

type Env = Readonly<Record<string, string | undefined>>;

const read = (env: Env, key: string): string => (env[key] ?? "").trim();

function parsePort(value: string): number {
  if (value === "") return configDefaults.port;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new ConfigError(configErrors.port(value));
  return port;
}

function parseAppType(value: string): AppType {
  if (value === "") return configDefaults.microsoftAppType;
  const match = appTypes.find((t) => t.toLowerCase() === value.toLowerCase());
  if (!match) throw new ConfigError(configErrors.appType(value));
  return match;
}

function parseLocale(value: string): string {
  if (value === "") return configDefaults.defaultLocale;
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(value)) throw new ConfigError(configErrors.locale(value));
  return value;
}

/** Reads the environment; throws a ConfigError naming the key when a value is bad. */
export function loadConfig(env: Env = process.env): BotConfig {
  const microsoftAppId = read(env, "MicrosoftAppId");
  const microsoftAppPassword = read(env, "MicrosoftAppPassword");
  const microsoftAppTenantId = read(env, "MicrosoftAppTenantId");
  const microsoftAppType = parseAppType(read(env, "MicrosoftAppType"));
  if (microsoftAppPassword && !microsoftAppId) throw new ConfigError(configErrors.passwordWithoutId);
  if (microsoftAppId && microsoftAppType !== "MultiTenant" && !microsoftAppTenantId) {
    throw new ConfigError(configErrors.tenantRequired(microsoftAppType));
  }
  const knowledgeDir = read(env, "KNOWLEDGE_DIR");
  return Object.freeze({
    port: parsePort(read(env, "PORT")),
    host: read(env, "HOST") || undefined,
    microsoftAppId,
    microsoftAppPassword,
    microsoftAppTenantId,
    microsoftAppType,
    defaultLocale: parseLocale(read(env, "DEFAULT_LOCALE")),
    knowledgeDir: knowledgeDir ? path.resolve(knowledgeDir) : configDefaults.knowledgeDir,
  });
}
