// npm run package: builds out/appPackage.zip from the environment (and .env when there is one).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildAppPackage, PackageError } from "./buildPackage";

const root = path.resolve(__dirname, "..");
const outFile = path.join(root, "out", "appPackage.zip");

async function main(): Promise<void> {
  const envFile = path.join(root, ".env");
  // Values already in the environment win over .env.
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const pkg: unknown = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const appVersion = typeof pkg === "object" && pkg !== null && "version" in pkg && typeof pkg.version === "string" ? pkg.version : "1.0.0";
  const { zip } = await buildAppPackage({ env: process.env, appVersion });
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, zip);
  console.log(`Wrote ${path.relative(process.cwd(), outFile)}: manifest.json (validated against its schema), color.png, outline.png.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof PackageError ? `Cannot package the app: ${error.message}` : error);
  process.exitCode = 1;
});
