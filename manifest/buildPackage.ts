// The Teams app package: fill the manifest template from the environment, validate it against the
// official schema (bundled in @microsoft/app-manifest, so offline), check the icons, zip the three files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { AppManifestUtils, type TeamsManifest } from "@microsoft/app-manifest";
import JSZip from "jszip";
import { PNG } from "pngjs";

export const packageDefaults = Object.freeze({
  templatePath: path.join(__dirname, "manifest.template.json"),
  iconDir: __dirname,
  developerName: "Your IT department",
  colorIcon: "color.png",
  outlineIcon: "outline.png",
});

/** The values the template's ${{KEY}} placeholders take. */
export interface PackageValues {
  MicrosoftAppId: string;
  TEAMS_APP_ID: string;
  PUBLIC_HOSTNAME: string;
  DEVELOPER_NAME: string;
  APP_VERSION: string;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Labels of letters, digits and hyphens, dot separated: no scheme, port or path (Teams validDomains wants a bare host).
const hostName = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const semver = /^\d+\.\d+\.\d+$/;

export const packageErrors = Object.freeze({
  missing: (key: string) => `${key} is not set. Set it in the environment (or in .env) and run npm run package again.`,
  notGuid: (key: string, value: string) => `${key} must be a GUID such as 00000000-0000-0000-0000-000000000000 (the Azure bot's Microsoft App ID), got "${value}"`,
  notHost: (value: string) => `PUBLIC_HOSTNAME must be a host name such as bot.contoso.com, without https:// or a path, got "${value}"`,
  developerName: (value: string) => `DEVELOPER_NAME must be 1 to 32 characters, got "${value}"`,
  version: (value: string) => `APP_VERSION must be a version such as 1.0.0, got "${value}"`,
  unfilled: (keys: string[]) => `The manifest template has placeholders with no value: ${keys.join(", ")}`,
  notJson: (reason: string) => `The filled manifest is not valid JSON: ${reason}`,
  noSchema: "The manifest needs $schema (the Teams schema URL) and manifestVersion.",
  invalid: (errors: string[]) => `The manifest does not validate against its schema:\n${errors.map((e) => `  - ${e}`).join("\n")}`,
  icon: (name: string, problem: string) => `Icon ${name}: ${problem}`,
});

export class PackageError extends Error {
  override readonly name = "PackageError";
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads and checks the values; throws a PackageError naming the first missing or bad key. */
export function packageValuesFrom(env: Env, appVersion: string): PackageValues {
  const read = (key: string): string => (env[key] ?? "").trim();
  const required = (key: string): string => {
    const value = read(key);
    if (!value) throw new PackageError(packageErrors.missing(key));
    return value;
  };
  const appId = required("MicrosoftAppId");
  if (!guid.test(appId)) throw new PackageError(packageErrors.notGuid("MicrosoftAppId", appId));
  const host = required("PUBLIC_HOSTNAME");
  if (!hostName.test(host)) throw new PackageError(packageErrors.notHost(host));
  const teamsAppId = read("TEAMS_APP_ID") || appId;
  if (!guid.test(teamsAppId)) throw new PackageError(packageErrors.notGuid("TEAMS_APP_ID", teamsAppId));
  const developer = read("DEVELOPER_NAME") || packageDefaults.developerName;
  if (developer.length > 32) throw new PackageError(packageErrors.developerName(developer));
  const version = read("APP_VERSION") || appVersion;
  if (!semver.test(version)) throw new PackageError(packageErrors.version(version));
  return { MicrosoftAppId: appId, TEAMS_APP_ID: teamsAppId, PUBLIC_HOSTNAME: host.toLowerCase(), DEVELOPER_NAME: developer, APP_VERSION: version };
}

const placeholder = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Replaces every ${{KEY}}; values are JSON-escaped because they land inside JSON strings. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const unknown = new Set<string>();
  const filled = template.replace(placeholder, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) {
      unknown.add(key);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (unknown.size > 0) throw new PackageError(packageErrors.unfilled([...unknown]));
  return filled;
}

/** Just enough to pick the schema; the schema itself then checks everything else. */
const hasSchema = (value: unknown): value is TeamsManifest =>
  typeof value === "object" && value !== null && "$schema" in value && typeof value.$schema === "string" && "manifestVersion" in value;

/** Schema errors of a manifest (empty when it validates), all of them; a JSON problem is one error. */
export async function validateManifest(json: string): Promise<string[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return [packageErrors.notJson(error instanceof Error ? error.message : String(error))];
  }
  if (!hasSchema(parsed)) return [packageErrors.noSchema];
  try {
    return await AppManifestUtils.validateAgainstSchema(parsed);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

/** Problems of an icon: size, and for the outline icon anything but white on transparent. */
export function checkIcon(png: Buffer, size: number, outline: boolean): string[] {
  let image: PNG;
  try {
    image = PNG.sync.read(png);
  } catch (error) {
    return [`not a PNG (${error instanceof Error ? error.message : String(error)})`];
  }
  const problems: string[] = [];
  if (image.width !== size || image.height !== size) problems.push(`must be ${size}x${size}, is ${image.width}x${image.height}`);
  if (outline) {
    let transparent = false;
    let coloured = false;
    for (let i = 0; i < image.data.length; i += 4) {
      const alpha = image.data[i + 3] ?? 0;
      if (alpha === 0) transparent = true;
      else if (image.data[i] !== 255 || image.data[i + 1] !== 255 || image.data[i + 2] !== 255) coloured = true;
    }
    if (!transparent) problems.push("must have a transparent background");
    if (coloured) problems.push("must be white only (every visible pixel #FFFFFF)");
  }
  return problems;
}

export interface PackageInputs {
  env: Env;
  appVersion: string;
  templatePath?: string;
  iconDir?: string;
}

export interface AppPackage {
  manifest: string;
  zip: Buffer;
}

/** The whole build; throws a PackageError that says what to fix, and writes nothing. */
export async function buildAppPackage(inputs: PackageInputs): Promise<AppPackage> {
  const { templatePath = packageDefaults.templatePath, iconDir = packageDefaults.iconDir } = inputs;
  const values = packageValuesFrom(inputs.env, inputs.appVersion);
  const manifest = fillTemplate(readFileSync(templatePath, "utf8"), { ...values });
  const errors = await validateManifest(manifest);
  if (errors.length > 0) throw new PackageError(packageErrors.invalid(errors));
  const color = readFileSync(path.join(iconDir, packageDefaults.colorIcon));
  const outline = readFileSync(path.join(iconDir, packageDefaults.outlineIcon));
  const iconProblems = [
    ...checkIcon(color, 192, false).map((p) => packageErrors.icon(packageDefaults.colorIcon, p)),
    ...checkIcon(outline, 32, true).map((p) => packageErrors.icon(packageDefaults.outlineIcon, p)),
  ];
  if (iconProblems.length > 0) throw new PackageError(iconProblems.join("\n"));
  const zip = new JSZip();
  zip.file("manifest.json", manifest);
  zip.file(packageDefaults.colorIcon, color);
  zip.file(packageDefaults.outlineIcon, outline);
  // A fixed date keeps the zip byte-identical for the same inputs.
  const date = new Date("2024-01-01T00:00:00Z");
  for (const file of Object.values(zip.files)) file.date = date;
  return { manifest, zip: await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) };
}
