// Debian's chromium, driven by playwright-core: never a downloaded browser.
import { existsSync } from "node:fs";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless, and quiet on a machine without a network (no background connections). */
export const chromiumArgs: readonly string[] = Object.freeze([
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]);

export const hasChromium = (): boolean => existsSync(chromiumPath);

export const noChromium = `no browser at ${chromiumPath}: install Debian's chromium (apt-get install -y chromium) to run this suite`;
