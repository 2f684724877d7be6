// npm run cards:render: builds every card from the real pages and renders it to cards/preview/<name>.png
// with the adaptivecards renderer in headless Chromium (Debian's /usr/bin/chromium; never downloads one).
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import type * as AC from "adaptivecards";
import { createAnswerEngine } from "../knowledge/answerEngine";
import { loadKnowledgeBase } from "../knowledge/loadSources";
import type { AdaptiveCardJson } from "./expandTemplate";
import { previewCards } from "./previewCards";
import hostConfig from "./teamsHostConfig.json";

const settings = Object.freeze({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  outDir: resolve(__dirname, "preview"),
  rendererScript: resolve(__dirname, "..", "node_modules", "adaptivecards", "dist", "adaptivecards.min.js"),
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

// A Teams-like host: light background, Segoe-like sans font, a message bubble about 500px wide.
const hostPage = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 16px; background: #F5F5F5; font-family: 'Segoe UI', 'Liberation Sans', 'DejaVu Sans', sans-serif; }
  #host { width: 500px; background: #FFFFFF; border-radius: 6px; box-shadow: 0 1px 2px rgba(0,0,0,.14), 0 0 2px rgba(0,0,0,.12); overflow: hidden; }
  .ac-pushButton { font-family: inherit; font-size: 14px; font-weight: 600; color: #242424; background: #FFFFFF;
    border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px 12px; min-height: 32px; cursor: pointer; white-space: normal; }
  .ac-pushButton.style-positive { background: #5B5FC7; border-color: #5B5FC7; color: #FFFFFF; }
  .ac-selectable { cursor: pointer; }
</style></head><body><div id="host"></div></body></html>`;

interface RenderInput {
  card: AdaptiveCardJson;
  hostConfig: unknown;
}

/** Runs in the page: parse and render with the real adaptivecards renderer, report its warnings. */
function renderInPage(input: RenderInput): string[] {
  const lib = (globalThis as unknown as { AdaptiveCards: typeof AC }).AdaptiveCards;
  const card = new lib.AdaptiveCard();
  card.hostConfig = new lib.HostConfig(input.hostConfig);
  const context = new lib.SerializationContext();
  card.parse(input.card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  const element = card.render();
  const host = document.getElementById("host");
  if (!element || !host) return [...problems, "nothing rendered"];
  host.replaceChildren(element);
  return problems;
}

const toggleTitle = (card: AdaptiveCardJson): string | undefined => {
  const match = /"type":"Action\.ToggleVisibility","title":"([^"]+)"/.exec(JSON.stringify(card));
  return match?.[1];
};

async function main(): Promise<void> {
  const knowledge = loadKnowledgeBase();
  if (knowledge.pages.length === 0) throw new Error(`no pages loaded: ${knowledge.errors.map((e) => e.message).join("; ")}`);
  const cards = previewCards(createAnswerEngine(knowledge));
  mkdirSync(settings.outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: settings.executablePath, headless: true, args: settings.args });
  try {
    const page = await browser.newPage({ viewport: { width: 560, height: 800 }, deviceScaleFactor: 1.5 });
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    for (const { name, built, expand } of cards) {
      await page.setContent(hostPage);
      await page.addScriptTag({ path: settings.rendererScript });
      const problems = await page.evaluate(renderInPage, { card: built.card, hostConfig });
      if (problems.length > 0) throw new Error(`${name}: ${problems.join("; ")}`);
      const title = expand ? toggleTitle(built.card) : undefined;
      if (title) await page.getByRole("button", { name: title }).click();
      const file = join(settings.outDir, `${name}.png`);
      await page.locator("#host").screenshot({ path: file });
      console.log(`${file}  (${built.summary})`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
