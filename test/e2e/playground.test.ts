// A real client: Microsoft 365 Agents Playground in Teams mode, driven in headless chromium, talks to
// the bot as `npm start` runs it. Ask, see the answer card, press one of its buttons, see the next reply.
import assert from "node:assert/strict";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startPlayground, type RunningPlayground } from "../../bot/agentsPlayground";
import { loadConfig } from "../../bot/config";
import { createLogger } from "../../bot/logger";
import { startBot, type RunningBot } from "../../bot/startBot";
import { chromiumArgs, chromiumPath, hasChromium, noChromium } from "../helpers/chromium";
import { freePort } from "../helpers/freePort";

// The README's picture is refreshed on request only: the Playground shows clock times, so every run differs.
const screenshot = process.env.UPDATE_SCREENSHOTS ? join(__dirname, "playground.png") : join(tmpdir(), "mmd-playground.png");
const question = "Vem ansvarar för utskrift?";

describe("a real Teams client: the bot in Microsoft 365 Agents Playground", function () {
  this.timeout(180_000);
  let bot: RunningBot | undefined;
  let playground: RunningPlayground | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  before(async function () {
    if (!hasChromium()) return this.skip(); // noChromium says how to get one
    const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", RELOAD_KNOWLEDGE: "false" });
    bot = await startBot(config, createLogger(config));
    playground = await startPlayground(bot.url, await freePort());
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    // Everything stays on this machine: the Playground's own assets are served locally.
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      return ["127.0.0.1", "localhost"].includes(url.hostname) || url.protocol === "data:" ? route.continue() : route.abort();
    });
    await page.goto(playground.url);
  });

  after(async () => {
    await browser?.close();
    playground?.stop();
    await bot?.stop("test finished");
  });

  it(`answers "${question}" with the answer card, and its "show as text" button with the plain answer`, async () => {
    assert.ok(hasChromium(), noChromium);
    const compose = page.getByRole("textbox").last();
    await compose.waitFor({ timeout: 60_000 });
    await compose.fill(question);
    await compose.press("Enter");

    // The answer card, rendered by the Playground's Teams card renderer.
    await page.getByText("Utskrift", { exact: true }).first().waitFor({ timeout: 60_000 });
    await page.getByText("Din organisation", { exact: true }).first().waitFor({ timeout: 10_000 });
    const button = page.getByRole("button", { name: "Visa som text" }).last();
    await button.click();

    // The next reply: the same answer as plain text.
    const textReply = page.getByText(/Sidan säger: Kunden ansvarar för att installera/).first();
    await textReply.waitFor({ timeout: 60_000 });
    await textReply.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshot });
    assert.deepEqual(pageErrors, []);
  });
});
