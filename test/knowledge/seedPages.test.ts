import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultSourcesDir } from "../../knowledge/loadSources";
import { parsePage } from "../../knowledge/parsePage";
import type { Owner, Page } from "../../knowledge/types";
import { markupLeft } from "./markupLeft";

function parseSeed(file: string): Page {
  const result = parsePage(readFileSync(join(defaultSourcesDir, file), "utf8"), file);
  assert.ok(result.ok, result.ok ? "" : `${result.error.file}:${result.error.line}: ${result.error.message}`);
  return result.page;
}

interface SeedCase {
  file: string;
  locale: string;
  date: string;
  title: string;
  headings: [string, string];
  microsoft: string[];
  customer: [string, Owner][];
}

const sharedRows: [number, Owner][] = [[1, "shared"], [3, "shared"], [5, "shared"]];

const seeds: SeedCase[] = [
  {
    file: "roles-and-responsibilities.sv-SE.md",
    locale: "sv-SE",
    date: "2020-07-30",
    title: "Roller och ansvar för Microsoft Hanterat skrivbord",
    headings: ["Microsofts roller och ansvarsområden", "Dina roller och ansvarsområden"],
    microsoft: [
      "Hantering av MDM-policy",
      "Support för slutanvändare",
      "Servicesupport för Microsoft Managed Desktop",
      "Övervakning av säkerhet",
      "Uppdatera övervakning och hantering",
      "Gruppering av användare och enheter",
    ],
    customer: [
      ["Förändringsledning", "shared"],
      ["Identitetshantering", "customer"],
      ["Microsoft 365 Apps för företagskonfiguration och företagshantering", "shared"],
      ["Support för slutanvändare", "customer"],
      ["Apps", "shared"],
      ["Säkerhetsrevision och svar", "customer"],
      ["Driftstöd", "customer"],
      ["Nätverksinfrastruktur, inklusive VPN", "customer"],
      ["Utskrift", "customer"],
    ],
  },
  {
    file: "roles-and-responsibilities.nl-NL.md",
    locale: "nl-NL",
    date: "2018-09-24",
    title: "Rollen en verantwoordelijkheden van Microsoft Managed Desktop",
    headings: ["De rollen en verantwoordelijkheden van Microsoft", "Uw rollen en verantwoordelijkheden"],
    microsoft: [
      "MDM beleidsmanagement",
      "Ondersteuning voor eindgebruikers",
      "Ondersteuning voor Microsoft Managed Desktop-service",
      "Veiligheidsbewaking",
      "Monitoring en beheer bijwerken",
      "Groepering van gebruiker en apparaat",
    ],
    customer: [
      ["Wijzigingsbeheer", "shared"],
      ["Identiteitsbeheer", "customer"],
      ["Microsoft 365 Apps voor bedrijfsconfiguratie en -beheer", "shared"],
      ["Ondersteuning voor eindgebruikers", "customer"],
      ["Apps", "shared"],
      ["Beveiligingsmonitoring en -respons", "customer"],
      ["Ondersteuning voor bewerkingen", "customer"],
      ["Netwerkinfrastructuur, inclusief VPN", "customer"],
      ["Afdrukken", "customer"],
    ],
  },
];

describe("seed pages", () => {
  for (const seed of seeds) {
    describe(seed.file, () => {
      const page = parseSeed(seed.file);

      it("reads locale, title, date and article URL from the front matter and the H1", () => {
        assert.equal(page.locale, seed.locale);
        assert.equal(page.language, seed.locale.slice(0, 2));
        assert.equal(page.title, seed.title);
        assert.equal(page.date, seed.date);
        assert.equal(page.machineTranslated, true);
        assert.equal(page.articleUrl, `https://learn.microsoft.com/${seed.locale.toLowerCase()}/microsoft-365/managed-desktop/intro/roles-and-responsibilities`);
        assert.deepEqual(page.warnings, []);
      });

      it("has two tables of 6 and 9 rows: Microsoft's, then the customer's", () => {
        assert.deepEqual(page.tables.map((t) => [t.owner, t.rows.length, t.heading]), [
          ["microsoft", 6, seed.headings[0]],
          ["customer", 9, seed.headings[1]],
        ]);
        assert.deepEqual(page.tables.map((t) => t.anchor), ["microsofts-roles-and-responsibilities", "your-roles-and-responsibilities"]);
      });

      it("keeps the row titles exactly as published", () => {
        assert.deepEqual(page.tables[0]?.rows.map((r) => r.title), seed.microsoft);
        assert.deepEqual(page.tables[1]?.rows.map((r) => r.title), seed.customer.map(([title]) => title));
      });

      it("gives every row of Microsoft's table to Microsoft and the customer rows their parties", () => {
        assert.deepEqual(page.tables[0]?.rows.map((r) => r.owner), seed.microsoft.map(() => "microsoft"));
        assert.deepEqual(page.tables[1]?.rows.map((r) => r.owner), seed.customer.map(([, owner]) => owner));
      });

      for (const [row] of sharedRows) {
        it(`shared row ${row} carries statements of both parties, each with its own`, () => {
          const shared = page.tables[1]?.rows[row - 1];
          assert.ok(shared);
          const owners = new Set(shared.segments.map((s) => s.owner));
          assert.deepEqual([...owners].sort(), ["customer", "microsoft"]);
          assert.equal(shared.segments[0]?.owner, row === 5 ? "customer" : "microsoft");
        });
      }

      it("leaves no markup in any title, text, statement or link text", () => {
        for (const row of page.tables.flatMap((t) => t.rows)) {
          for (const text of [row.title, row.text, ...row.segments.map((s) => s.text), ...row.links.map((l) => l.text)]) {
            assert.equal(markupLeft(text), null, `${row.key}: ${text}`);
          }
        }
      });

      it("makes every link absolute on learn.microsoft.com in the page's locale, without .md", () => {
        const links = page.tables.flatMap((t) => t.rows.flatMap((r) => r.links));
        assert.equal(links.length, 10);
        for (const link of links) {
          assert.match(link.url, new RegExp(`^https://learn\\.microsoft\\.com/${seed.locale.toLowerCase()}/microsoft-365/managed-desktop/[a-z-]+/[a-z-]+(#[a-z-]+)?$`));
          assert.ok(link.text.length > 0);
        }
        assert.ok(links.some((l) => l.url.endsWith("/working-with-managed-desktop/config-setting-ref#proxy")));
      });

      it("cites every row: file, locale, table, row, line, heading, anchored URL, date", () => {
        const rows = page.tables.flatMap((t) => t.rows);
        const lines = readFileSync(join(defaultSourcesDir, seed.file), "utf8").split("\n");
        rows.forEach((row) => {
          const c = row.citation;
          assert.equal(c.file, seed.file);
          assert.equal(c.locale, seed.locale);
          assert.equal(c.date, seed.date);
          assert.equal(c.pageTitle, seed.title);
          assert.ok(lines[c.line - 1]?.startsWith(row.title), `line ${c.line} starts with ${row.title}`);
          assert.equal(c.heading, page.tables[c.table - 1]?.heading);
          assert.equal(c.url, `${page.articleUrl}#${page.tables[c.table - 1]?.anchor}`);
          assert.equal(page.tables[c.table - 1]?.rows[c.row - 1], row);
        });
        assert.deepEqual(rows.map((r) => `${r.citation.table}.${r.citation.row}`).slice(5, 8), ["1.6", "2.1", "2.2"]);
      });

      it("cuts the description into paragraphs and bullets, bullets inheriting their lead-in", () => {
        const apps = page.tables[1]?.rows[4];
        assert.ok(apps);
        const bullets = apps.segments.filter((s) => s.kind === "bullet");
        assert.equal(bullets.length, 12);
        assert.ok(bullets.every((b) => b.owner === "customer"));
        const office = page.tables[1]?.rows[2];
        assert.deepEqual(office?.segments.map((s) => `${s.kind}:${s.owner}`), [
          "paragraph:microsoft", "paragraph:customer", "bullet:customer", "bullet:customer", "bullet:customer", "paragraph:customer",
        ]);
        assert.equal(page.tables[1]?.rows[3]?.segments.filter((s) => s.kind === "bullet").length, 3);
      });

      it("does not let a Microsoft sentence inside a customer paragraph make the row shared", () => {
        const operations = page.tables[1]?.rows[6];
        assert.ok(operations?.text.includes("Microsoft"));
        assert.equal(operations?.owner, "customer");
      });

      it("splits a paragraph where a bold party word changes the subject", () => {
        const apps = page.tables[1]?.rows[4];
        const licences = apps?.segments.find((s) => /^(Du|U) /.test(s.text));
        assert.equal(licences?.owner, "customer");
        assert.equal(apps?.segments[1]?.owner, "microsoft");
      });
    });
  }

  it("gives rows that mean the same thing the same key in Swedish and Dutch", () => {
    const [sv, nl] = seeds.map((s) => parseSeed(s.file));
    const keys = (page: Page | undefined) => page?.tables.flatMap((t) => t.rows.map((r) => r.key));
    assert.deepEqual(keys(sv), keys(nl));
    assert.deepEqual(keys(sv)?.slice(0, 2), ["microsoft-1", "microsoft-2"]);
    assert.equal(keys(sv)?.[14], "customer-9");
    const urls = (page: Page | undefined) => page?.tables.flatMap((t) => t.rows.map((r) => r.links.map((l) => new URL(l.url).pathname.slice(6))));
    assert.deepEqual(urls(sv), urls(nl));
  });
});
