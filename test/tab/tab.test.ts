// The Responsibilities tab in headless Chromium (Debian's, via playwright-core), against the real server,
// real engine and real pages. The Office CDN that teams-js asks for its host list is stood in for, so the
// test never leaves loopback.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Server } from "restify";
import * as cards from "../../cards";
import { loadConfig } from "../../bot/config";
import { createBotApp } from "../../bot/createBotApp";
import { teamsJsOriginsUrl } from "../../bot/tabRoutes";
import type { AnswerEngine } from "../../knowledge/types";
import { chromiumArgs, chromiumPath, hasChromium } from "../helpers/chromium";
import { createRealEngine } from "../helpers/realEngine";

const screenshotPath = path.resolve(__dirname, "..", "..", "bot", "tab", "screenshot.png");

describe("Responsibilities tab in headless Chromium", function () {
  this.timeout(60_000);
  let engine: AnswerEngine;
  let server: Server;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  before(async function () {
    if (!hasChromium()) {
      this.skip(); // no browser to drive: install Debian's chromium (apt-get install chromium) to run these
    }
    engine = createRealEngine();
    server = createBotApp({ config: loadConfig({}), engine, cards, log: () => undefined }).server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = server.url;
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  });

  after(async () => {
    await browser?.close();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(async () => {
    consoleErrors = [];
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
    // Anything outside loopback but the CDN stand-in below is a bug in the page (later routes win).
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
      consoleErrors.push(`outside request: ${route.request().url()}`);
      return route.abort();
    });
    await page.route(teamsJsOriginsUrl, (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ validOrigins: ["teams.microsoft.com"] }) }));
  });

  afterEach(async function () {
    await page.close();
    if (this.currentTest?.state !== "failed") assert.deepEqual(consoleErrors, [], "no console errors");
  });

  const open = async (query: string) => {
    await page.goto(`${baseUrl}/tab${query}`);
    await page.waitForSelector("section.group");
  };
  const visibleTitles = () => page.locator("tbody tr:visible .row-title").allTextContents();
  const groupHeadings = () => page.locator("section.group:visible h2").allTextContents();

  it("loads both tables grouped by party: Microsoft, your organisation, shared", async () => {
    await open("?locale=sv-SE");
    const rows = engine.listRows("sv-SE");
    const count = (owner: string) => rows.filter((r) => r.owner === owner).length;
    assert.deepEqual(await groupHeadings(), [
      `${cards.partyLabel("microsoft", "sv")} (${count("microsoft")})`,
      `${cards.partyLabel("customer", "sv")} (${count("customer")})`,
      `${cards.partyLabel("shared", "sv")} (${count("shared")})`,
    ]);
    assert.equal((await visibleTitles()).length, rows.length);
    assert.equal(await page.locator("html").getAttribute("lang"), "sv");
    assert.equal(await page.locator("#status").textContent(), `Visar ${rows.length} av ${rows.length} ansvarsområden`);
    assert.match((await page.locator("#source a").getAttribute("href")) ?? "", /^https:\/\/learn\.microsoft\.com\//);
  });

  it("says in words whose each statement of a shared row is", async () => {
    await open("?locale=sv-SE");
    const labels = await page.locator('section[data-owner="shared"] .party').allTextContents();
    assert.ok(labels.includes("Microsoft: "), labels.join("|"));
    assert.ok(labels.includes("Din organisation: "), labels.join("|"));
  });

  it("filters the rows as you type, ignoring case and diacritics, and says when nothing matches", async () => {
    await open("?locale=sv-SE");
    await page.fill("#search", "UTSKRIFT");
    assert.deepEqual(await visibleTitles(), ["Utskrift"]);
    assert.deepEqual(await groupHeadings(), [`${cards.partyLabel("customer", "sv")} (1)`]);
    assert.equal(await page.locator("#status").textContent(), `Visar 1 av ${engine.listRows("sv-SE").length} ansvarsområden`);
    await page.fill("#search", "overvakning sakerhet");
    assert.ok((await visibleTitles()).includes("Övervakning av säkerhet"));
    await page.fill("#search", "xyzzy");
    assert.deepEqual(await visibleTitles(), []);
    assert.ok(await page.locator("#no-match").isVisible());
    await page.fill("#search", "");
    assert.equal((await visibleTitles()).length, engine.listRows("sv-SE").length);
  });

  it("switches language: rows and labels follow the chosen page", async () => {
    await open("?locale=sv-SE");
    assert.equal(await page.locator("#locale-label").textContent(), "Sidans språk");
    await page.selectOption("#locale", "nl-NL");
    await page.waitForFunction(() => document.documentElement.lang === "nl");
    const rows = engine.listRows("nl-NL");
    const grouped = ["microsoft", "customer", "shared"].flatMap((owner) => rows.filter((r) => r.owner === owner).map((r) => r.title));
    assert.deepEqual(await visibleTitles(), grouped);
    assert.equal(await page.locator("#locale-label").textContent(), "Taal van de pagina");
    assert.equal(await page.locator("#search-label").textContent(), "Verantwoordelijkheden zoeken");
    assert.equal(await page.locator("h1").textContent(), "Wie doet wat in Microsoft Managed Desktop");
    await page.fill("#search", "afdrukken");
    assert.deepEqual(await visibleTitles(), ["Afdrukken"]);
  });

  it("offers every loaded page in the language switch", async () => {
    await open("");
    const values = await page.locator("#locale option").evaluateAll((options) => options.map((o) => o.getAttribute("value")));
    assert.deepEqual(values, engine.locales());
  });

  const themes = [
    { theme: "dark", background: "rgb(31, 31, 31)", color: "rgb(255, 255, 255)" },
    { theme: "contrast", background: "rgb(0, 0, 0)", color: "rgb(255, 255, 255)" },
    { theme: "default", background: "rgb(255, 255, 255)", color: "rgb(36, 36, 36)" },
  ];
  for (const t of themes) {
    it(`applies the ${t.theme} theme from ?theme=${t.theme}`, async () => {
      await open(`?locale=nl-NL&theme=${t.theme}`);
      assert.equal(await page.locator("html").getAttribute("data-theme"), t.theme);
      const style = await page.locator("body").evaluate((body) => {
        const s = getComputedStyle(body);
        return { background: s.backgroundColor, color: s.color };
      });
      assert.deepEqual(style, { background: t.background, color: t.color });
    });
  }

  it("works from the keyboard: Tab reaches the search box, then the language switch", async () => {
    await open("?locale=sv-SE");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "search");
    await page.keyboard.type("utskrift");
    assert.deepEqual(await visibleTitles(), ["Utskrift"]);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "locale");
    assert.equal(await page.locator("#search").getAttribute("id"), await page.locator("label[for=search]").getAttribute("for"));
  });

  it("labels its controls", async () => {
    await open("?locale=nl-NL");
    for (const id of ["search", "locale"]) {
      const label = await page.locator(`label[for=${id}]`).textContent();
      assert.ok(label && label.trim().length > 0, `#${id} has a label`);
    }
    assert.equal(await page.locator("th[scope=col]").count(), 2 * (await page.locator("section.group").count()));
  });

  it("puts row text in as text, never as markup", async () => {
    await page.route(`${baseUrl}/api/rows**`, async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      body.groups[0].rows[0].title = '<img src=x onerror="window.hacked=1">';
      await route.fulfill({ response, json: body });
    });
    await open("?locale=sv-SE");
    assert.equal(await page.locator("section.group img").count(), 0);
    assert.equal((await visibleTitles())[0], '<img src=x onerror="window.hacked=1">');
    assert.equal(await page.evaluate(() => "hacked" in window), false);
  });

  it("works outside Teams with defaults, without waiting for a host (screenshot for the README)", async () => {
    const started = Date.now();
    await open("?locale=sv-SE");
    assert.ok(Date.now() - started < 5000, "no Teams timeout in a plain browser");
    assert.equal(await page.locator("html").getAttribute("data-theme"), "default");
    await page.fill("#search", "support");
    await page.screenshot({ path: screenshotPath });
    assert.ok(existsSync(screenshotPath));
  });
});
