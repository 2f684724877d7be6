// The bot's settings, read once from the environment into a frozen, typed object.
import path from "node:path";

export type AppType = "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
export type StorageKind = "memory" | "blob";
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
/** Why the server listens where it does, for the start-up line. */
export type HostSource = "HOST" | "loopback-no-credentials" | "all-interfaces-with-credentials";

export interface BotConfig {
  readonly port: number;
  readonly host: string;
  readonly hostSource: HostSource;
  readonly microsoftAppId: string;
  readonly microsoftAppPassword: string;
  readonly microsoftAppTenantId: string;
  readonly microsoftAppType: AppType;
  readonly defaultLocale: string;
  readonly knowledgeDir: string;
  readonly reloadKnowledge: boolean;
  readonly storage: StorageKind;
  readonly blobConnectionString: string;
  readonly blobContainer: string;
  readonly logLevel: LogLevel;
  readonly logMessageText: boolean;
  readonly rateLimitPerMinute: number;
  readonly maxBodyBytes: number;
  readonly shutdownTimeoutMs: number;
}

export const configDefaults = Object.freeze({
  port: 3978,
  loopbackHost: "127.0.0.1",
  allInterfacesHost: "0.0.0.0",
  microsoftAppType: "MultiTenant" as AppType,
  defaultLocale: "en-US",
  // Beside the code, so `npm start` works from any working directory.
  knowledgeDir: path.resolve(__dirname, "..", "knowledge", "sources"),
  reloadKnowledge: true,
  storage: "memory" as StorageKind,
  logLevel: "info" as LogLevel,
  logMessageText: false,
  // A person types a few questions a minute; 20 leaves room for picks and feedback clicks.
  rateLimitPerMinute: 20,
  // Teams activities are a few KiB; an Adaptive Card submit with its data stays well under this.
  maxBodyBytes: 256 * 1024,
  shutdownTimeoutMs: 10000,
});

const appTypes: readonly AppType[] = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];
const storageKinds: readonly StorageKind[] = ["memory", "blob"];
const logLevels: readonly LogLevel[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

export const configErrors = Object.freeze({
  port: (value: string) => `PORT must be a whole number from 0 to 65535, got "${value}"`,
  appType: (value: string) => `MicrosoftAppType must be one of ${appTypes.join(", ")}, got "${value}"`,
  passwordWithoutId: "MicrosoftAppPassword is set but MicrosoftAppId is not",
  tenantRequired: (appType: string) => `MicrosoftAppTenantId is required when MicrosoftAppType is ${appType}`,
  locale: (value: string) => `DEFAULT_LOCALE must be a locale such as "en-US", got "${value}"`,
  storage: (value: string) => `STORAGE must be one of ${storageKinds.join(", ")}, got "${value}"`,
  blobRequired: (key: string) => `${key} is required when STORAGE is blob`,
  blobContainer: (value: string) => `BLOB_CONTAINER must be 3-63 lower-case letters, digits and single hyphens, got "${value}"`,
  logLevel: (value: string) => `LOG_LEVEL must be one of ${logLevels.join(", ")}, got "${value}"`,
  flag: (key: string, value: string) => `${key} must be true or false, got "${value}"`,
  positive: (key: string, value: string) => `${key} must be a whole number above 0, got "${value}"`,
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

function parseOneOf<T extends string>(value: string, allowed: readonly T[], fallback: T, error: (value: string) => string): T {
  if (value === "") return fallback;
  const match = allowed.find((t) => t.toLowerCase() === value.toLowerCase());
  if (!match) throw new ConfigError(error(value));
  return match;
}

function parseLocale(value: string): string {
  if (value === "") return configDefaults.defaultLocale;
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(value)) throw new ConfigError(configErrors.locale(value));
  return value;
}

function parseFlag(env: Env, key: string, fallback: boolean): boolean {
  const value = read(env, key).toLowerCase();
  if (value === "") return fallback;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new ConfigError(configErrors.flag(key, read(env, key)));
}

function parsePositive(env: Env, key: string, fallback: number): number {
  const value = read(env, key);
  if (value === "") return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) throw new ConfigError(configErrors.positive(key, value));
  return Number(value);
}

function parseBlob(env: Env, storage: StorageKind): { blobConnectionString: string; blobContainer: string } {
  const blobConnectionString = read(env, "BLOB_CONNECTION_STRING");
  const blobContainer = read(env, "BLOB_CONTAINER");
  if (storage !== "blob") return { blobConnectionString, blobContainer };
  if (!blobConnectionString) throw new ConfigError(configErrors.blobRequired("BLOB_CONNECTION_STRING"));
  if (!blobContainer) throw new ConfigError(configErrors.blobRequired("BLOB_CONTAINER"));
  // Azure's container naming rule: the service would refuse it later with a less helpful error.
  if (!/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/.test(blobContainer)) throw new ConfigError(configErrors.blobContainer(blobContainer));
  return { blobConnectionString, blobContainer };
}

/** Without credentials requests are not authenticated, so only this machine may reach the bot unless HOST says otherwise. */
function parseHost(env: Env, microsoftAppId: string): { host: string; hostSource: HostSource } {
  const host = read(env, "HOST");
  if (host) return { host, hostSource: "HOST" };
  return microsoftAppId
    ? { host: configDefaults.allInterfacesHost, hostSource: "all-interfaces-with-credentials" }
    : { host: configDefaults.loopbackHost, hostSource: "loopback-no-credentials" };
}

/** Reads the environment; throws a ConfigError naming the key when a value is bad. */
export function loadConfig(env: Env = process.env): BotConfig {
  const microsoftAppId = read(env, "MicrosoftAppId");
  const microsoftAppPassword = read(env, "MicrosoftAppPassword");
  const microsoftAppTenantId = read(env, "MicrosoftAppTenantId");
  const microsoftAppType = parseOneOf(read(env, "MicrosoftAppType"), appTypes, configDefaults.microsoftAppType, configErrors.appType);
  if (microsoftAppPassword && !microsoftAppId) throw new ConfigError(configErrors.passwordWithoutId);
  if (microsoftAppId && microsoftAppType !== "MultiTenant" && !microsoftAppTenantId) {
    throw new ConfigError(configErrors.tenantRequired(microsoftAppType));
  }
  const knowledgeDir = read(env, "KNOWLEDGE_DIR");
  const storage = parseOneOf(read(env, "STORAGE"), storageKinds, configDefaults.storage, configErrors.storage);
  return Object.freeze({
    port: parsePort(read(env, "PORT")),
    ...parseHost(env, microsoftAppId),
    microsoftAppId,
    microsoftAppPassword,
    microsoftAppTenantId,
    microsoftAppType,
    defaultLocale: parseLocale(read(env, "DEFAULT_LOCALE")),
    knowledgeDir: knowledgeDir ? path.resolve(knowledgeDir) : configDefaults.knowledgeDir,
    reloadKnowledge: parseFlag(env, "RELOAD_KNOWLEDGE", configDefaults.reloadKnowledge),
    storage,
    ...parseBlob(env, storage),
    logLevel: parseOneOf(read(env, "LOG_LEVEL"), logLevels, configDefaults.logLevel, configErrors.logLevel),
    logMessageText: parseFlag(env, "LOG_MESSAGE_TEXT", configDefaults.logMessageText),
    rateLimitPerMinute: parsePositive(env, "RATE_LIMIT_PER_MINUTE", configDefaults.rateLimitPerMinute),
    maxBodyBytes: parsePositive(env, "MAX_BODY_BYTES", configDefaults.maxBodyBytes),
    shutdownTimeoutMs: parsePositive(env, "SHUTDOWN_TIMEOUT_MS", configDefaults.shutdownTimeoutMs),
  });
}

/** The start-up line that says where the server listens and why. */
export function describeHost(config: Pick<BotConfig, "host" | "hostSource">): string {
  switch (config.hostSource) {
    case "HOST":
      return `listening on ${config.host} (HOST)`;
    case "loopback-no-credentials":
      return "no credentials: listening on loopback only; set HOST to change";
    case "all-interfaces-with-credentials":
      return `MicrosoftAppId set: listening on all interfaces (${config.host}); set HOST to change`;
  }
}
