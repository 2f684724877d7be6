// The Responsibilities tab: the static page, its assets, teams-js, and the JSON it reads
// (GET /api/locales, GET /api/rows?locale=...). The page renders and searches on the client.
import { readFileSync } from "node:fs";
import path from "node:path";
import restify, { type Next, type Request, type Response, type Server } from "restify";
import * as cards from "../cards";
import type { AnswerEngine, Owner, Party, Row } from "../knowledge/types";
import type { CardKit, UiLanguage } from "./cardKit";
import { configDefaults } from "./config";
import { tabStrings, type TabStrings } from "./tab/tabStrings";

export interface TabDeps {
  engine: AnswerEngine;
  /** Party labels and the UI language; the real cards when not given. */
  cards?: Pick<CardKit, "uiLanguageFor" | "partyLabel">;
  defaultLocale?: string;
}

const tabDir = path.join(__dirname, "tab");
const teamsJs = path.join(__dirname, "..", "node_modules", "@microsoft", "teams-js", "dist", "umd", "MicrosoftTeams.min.js");

// Teams loads the tab in a frame from these hosts; nothing else may frame it, and the page runs only its own scripts.
// teams-js fetches its list of valid host origins from the Office CDN (falling back to a bundled copy).
export const teamsJsOriginsUrl = "https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json";
const frameAncestors = "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.microsoft365.com https://*.cloud.microsoft https://*.skype.com";
const tabSecurityHeaders = Object.freeze({
  "content-security-policy": `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' https://res.cdn.office.net; frame-ancestors ${frameAncestors}`,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
});

/** Files the page may load, by URL path: a fixed list, so no path from a request ever reaches the disk. */
const assets: Readonly<Record<string, { file: string; type: string }>> = Object.freeze({
  "/tab/tab.js": { file: path.join(tabDir, "tab.js"), type: "text/javascript; charset=utf-8" },
  "/tab/tab.css": { file: path.join(tabDir, "tab.css"), type: "text/css; charset=utf-8" },
  "/tab/teams-js.js": { file: teamsJs, type: "text/javascript; charset=utf-8" },
  "/tab/icon.png": { file: path.join(__dirname, "..", "manifest", "color.png"), type: "image/png" },
  "/privacy": { file: path.join(tabDir, "privacy.html"), type: "text/html; charset=utf-8" },
  "/terms": { file: path.join(tabDir, "terms.html"), type: "text/html; charset=utf-8" },
});

export interface TabRow {
  key: string;
  title: string;
  owner: Owner;
  /** Each statement with its party, so shared rows can say whose it is in words. */
  statements: Array<{ party: Party; partyLabel: string; text: string; kind: "paragraph" | "bullet" }>;
  url: string;
}

export interface TabGroup {
  owner: Owner;
  label: string;
  rows: TabRow[];
}

export interface TabRows {
  locale: string;
  ui: UiLanguage;
  labels: TabStrings;
  page: { title: string; url: string; date: string | null; machineTranslated: boolean };
  total: number;
  groups: TabGroup[];
}

/** A locale tag as a query parameter may give it: "sv-SE", "nl_be", "en". */
export const localePattern = /^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i;

/** The rows of the page closest to the locale, grouped Microsoft, your organisation, shared; document order within. */
function buildTabRows(engine: AnswerEngine, locale: string, kit: Pick<CardKit, "uiLanguageFor" | "partyLabel"> = cards): TabRows {
  const rows = engine.listRows(locale);
  const first: Row | undefined = rows[0];
  const pageLocale = first?.citation.locale ?? locale;
  const ui = kit.uiLanguageFor(undefined, pageLocale);
  const toTabRow = (row: Row): TabRow => ({
    key: row.key,
    title: row.title,
    owner: row.owner,
    statements: row.segments.map((s) => ({ party: s.owner, partyLabel: kit.partyLabel(s.owner, ui), text: s.text, kind: s.kind })),
    url: row.citation.url,
  });
  return {
    locale: pageLocale,
    ui,
    labels: tabStrings[ui],
    page: { title: first?.citation.pageTitle ?? "", url: first?.citation.url.replace(/#.*$/, "") ?? "", date: first?.citation.date ?? null, machineTranslated: first?.citation.machineTranslated ?? false },
    total: rows.length,
    groups: cards.owners.map((owner) => ({ owner, label: kit.partyLabel(owner, ui), rows: rows.filter((r) => r.owner === owner).map(toTabRow) })),
  };
}

function sendFile(res: Response, file: string, type: string): void {
  res.writeHead(200, { "content-type": type, "cache-control": "no-cache", ...tabSecurityHeaders });
  res.end(readFileSync(file));
}

export const queryOf = (req: Request): Record<string, unknown> => (typeof req.query === "object" && req.query !== null ? req.query : {});

export function registerTabRoutes(server: Server, deps: TabDeps): void {
  const { engine, cards: kit = cards, defaultLocale = configDefaults.defaultLocale } = deps;
  const page = (_req: Request, res: Response, next: Next) => {
    sendFile(res, path.join(tabDir, "index.html"), "text/html; charset=utf-8");
    next();
  };
  server.get("/", page);
  server.get("/tab", page);
  for (const [route, asset] of Object.entries(assets)) {
    server.get(route, (_req: Request, res: Response, next: Next) => {
      sendFile(res, asset.file, asset.type);
      next();
    });
  }
  server.get("/api/locales", (_req: Request, res: Response, next: Next) => {
    res.send(200, { locales: engine.locales(), defaultLocale });
    next();
  });
  server.get("/api/rows", restify.plugins.queryParser({ mapParams: false }), (req: Request, res: Response, next: Next) => {
    const asked = queryOf(req).locale;
    const locale = typeof asked === "string" && localePattern.test(asked) ? asked : defaultLocale;
    res.send(200, buildTabRows(engine, locale, kit));
    next();
  });
}
