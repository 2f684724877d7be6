import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseMessages } from "../../knowledge/parseMessages";
import { parsePage } from "../../knowledge/parsePage";
import type { Page, Row } from "../../knowledge/types";
import { markupLeft } from "./markupLeft";

const fixtures = join(__dirname, "..", "fixtures", "knowledge");

function read(file: string): string {
  return readFileSync(join(fixtures, file), "utf8");
}

function rows(page: Page): Row[] {
  return page.tables.flatMap((t) => t.rows);
}

function row(page: Page, key: string): Row {
  const found = rows(page).find((r) => r.key === key);
  assert.ok(found, `no row ${key}`);
  return found;
}

interface VariantCase {
  name: string;
  file: string;
  check: (page: Page) => void;
}

const variants: VariantCase[] = [
  {
    name: "tables with and without leading and trailing pipes, mixed within one table",
    file: "pipes.en-US.md",
    check: (page) => {
      assert.deepEqual(page.tables[0]?.rows.map((r) => [r.title, r.text]), [
        ["Policy management", "Microsoft applies policies."],
        ["End user support", "Microsoft provides support."],
        ["Monitoring", "Microsoft monitors devices."],
        ["Updates", "Microsoft updates devices."],
      ]);
    },
  },
  {
    name: "a last row ending in <br><br> and no pipe, at the end of the file",
    file: "last-row-br.en-US.md",
    check: (page) => {
      assert.deepEqual(row(page, "customer-2").segments.map((s) => [s.kind, s.text]), [
        ["paragraph", "The customer installs printers."],
        ["bullet", "Print queues"],
      ]);
    },
  },
  {
    name: "a row ending in <br><br> continued on the next line without pipes",
    file: "continued-row.en-US.md",
    check: (page) => {
      assert.deepEqual(row(page, "customer-1").segments.map((s) => s.text), ["The customer installs printers.", "Cloud printing is recommended."]);
      assert.ok(!row(page, "customer-1").text.includes("After the table"));
    },
  },
  {
    name: "cells with <ul><li> and <p> HTML, including an unbalanced </li>",
    file: "html-cells.en-US.md",
    check: (page) => {
      assert.deepEqual(row(page, "customer-1").segments.map((s) => `${s.kind}:${s.owner}:${s.text}`), [
        "paragraph:customer:The customer provides support for:",
        "bullet:customer:Networks",
        "bullet:customer:Printers",
        "paragraph:microsoft:Microsoft provides the tools.",
      ]);
      assert.equal(row(page, "customer-1").owner, "shared");
      assert.deepEqual(row(page, "customer-2").segments.map((s) => `${s.kind}:${s.text}`), [
        "paragraph:You are responsible for these actions:",
        "bullet:Package apps",
        "bullet:Upload apps",
        "bullet:Test apps",
      ]);
    },
  },
  {
    name: "bullets written <br>-x and <br>– x (en dash)",
    file: "bullets.en-US.md",
    check: (page) => {
      const apps = row(page, "customer-1");
      assert.deepEqual(apps.segments.filter((s) => s.kind === "bullet").map((s) => s.text), ["Package apps", "Upload apps", "Test apps"]);
      assert.ok(apps.segments.every((s) => s.owner === "customer"));
    },
  },
  {
    name: "a page without <a name> anchors: party from the heading, in German, in any order",
    file: "no-anchors.de-DE.md",
    check: (page) => {
      assert.deepEqual(page.tables.map((t) => [t.owner, t.anchor, t.heading]), [
        ["customer", null, "Ihre Rollen und Verantwortlichkeiten"],
        ["microsoft", null, "Rollen und Verantwortlichkeiten von Microsoft"],
      ]);
      assert.deepEqual(rows(page).map((r) => [r.key, r.owner]), [["customer-1", "customer"], ["microsoft-1", "microsoft"]]);
      assert.equal(row(page, "customer-1").citation.url, page.articleUrl);
      assert.deepEqual(page.warnings, []);
    },
  },
  {
    name: "a header row with typos",
    file: "header-typo.en-US.md",
    check: (page) => {
      assert.deepEqual(rows(page).map((r) => r.title), ["Policy management", "Printing"]);
    },
  },
  {
    name: "YAML lists in the front matter and an ISO ms.date",
    file: "yaml-lists.en-US.md",
    check: (page) => {
      assert.deepEqual(page.frontMatter["ms.collection"], ["M365-modern-desktop", "m365initiative-coredeploy"]);
      assert.deepEqual(page.frontMatter.keywords, ["Microsoft Managed Desktop", "service"]);
      assert.equal(page.date, "2023-01-05");
      assert.equal(page.machineTranslated, false);
    },
  },
  {
    name: "right-to-left text with direction marks (Arabic)",
    file: "rtl.ar-SA.md",
    check: (page) => {
      assert.equal(page.language, "ar");
      assert.deepEqual(rows(page).map((r) => r.title), ["إدارة النهج", "الطباعة"]);
      assert.deepEqual(row(page, "customer-1").segments.map((s) => s.owner), ["customer", "microsoft"]);
      assert.ok(rows(page).every((r) => !/[\u200e\u200f]/.test(r.title + r.text)));
    },
  },
  {
    name: "CJK text with full-width punctuation and a link followed by 。",
    file: "cjk.ja-JP.md",
    check: (page) => {
      assert.equal(row(page, "microsoft-1").text, "Microsoftは、ポリシーを適用します（詳細はデバイス ポリシー。）");
      assert.deepEqual(row(page, "customer-1").segments.map((s) => s.owner), ["customer", "microsoft"]);
      assert.ok(row(page, "customer-1").text.includes("ネットワークを参照"));
      assert.equal(page.tables[1]?.owner, "customer");
    },
  },
  {
    name: "links: empty text, glued to the next word, site-absolute, absolute, same-page and same-folder",
    file: "links.en-US.md",
    check: (page) => {
      const security = row(page, "microsoft-1");
      const base = "https://learn.microsoft.com/en-us/microsoft-365";
      assert.deepEqual(security.links, [
        { text: "Security", url: `${base}/managed-desktop/service-description/security` },
        { text: `${base}/managed-desktop/get-ready/network#proxy`, url: `${base}/managed-desktop/get-ready/network#proxy` },
        { text: "admin center", url: `${base}/admin/admin-overview/admin-center-overview` },
        { text: "overview", url: `${base}/managed-desktop/overview` },
        { text: "elsewhere", url: "https://example.com/a.md#x" },
        { text: "here", url: `${base}/managed-desktop/intro/links#your-roles-and-responsibilities` },
        { text: "apps", url: `${base}/managed-desktop/intro/apps` },
      ]);
      assert.ok(security.text.includes("See Security for more information."));
    },
  },
  {
    name: "HTML entities are decoded",
    file: "links.en-US.md",
    check: (page) => {
      assert.equal(row(page, "customer-1").text, "The customer installs printers & print queues – see \"Printing\". It's <simple>.");
    },
  },
  {
    name: "narrow no-break and no-break spaces become plain spaces (French)",
    file: "spaces.fr-FR.md",
    check: (page) => {
      assert.equal(row(page, "microsoft-1").text, "Microsoft surveille les appareils : sécurité et mises à jour.");
      assert.equal(row(page, "customer-1").owner, "customer");
      assert.ok(rows(page).every((r) => !/[\u00a0\u202f]/.test(r.text)));
    },
  },
  {
    name: "no trailing newline",
    file: "no-newline.en-US.md",
    check: (page) => {
      assert.equal(row(page, "customer-1").text, "The customer installs printers.");
    },
  },
];

describe("page variants", () => {
  for (const c of variants) {
    it(c.name, () => {
      const result = parsePage(read(c.file), c.file);
      assert.ok(result.ok, result.ok ? "" : result.error.message);
      c.check(result.page);
      for (const r of rows(result.page)) {
        for (const text of [r.title, ...r.segments.map((s) => s.text)]) assert.ok(!/<br|\*\*|\]\(/.test(text), text);
      }
    });
  }

  it("parses every variant into rows with no markup in titles and statements", () => {
    for (const file of new Set(variants.map((v) => v.file))) {
      const result = parsePage(read(file), file);
      assert.ok(result.ok);
      for (const r of rows(result.page)) {
        assert.equal(markupLeft(r.title), null, `${file} ${r.key} title`);
        if (file !== "links.en-US.md") assert.equal(markupLeft(r.text), null, `${file} ${r.key}: ${r.text}`);
      }
    }
  });
});

interface BrokenCase {
  name: string;
  file: string;
  line: number;
  message: string;
}

const broken: BrokenCase[] = [
  { name: "a file that is not such a page", file: "not-a-page.en-US.md", line: 1, message: parseMessages.noTable },
  { name: "binary junk", file: "binary.en-US.md", line: 4, message: parseMessages.binary },
  {
    name: "front matter that is not valid YAML",
    file: "bad-yaml.en-US.md",
    line: 3,
    message: parseMessages.frontMatterYaml("Flow sequence in block collection must be sufficiently indented and end with a ]"),
  },
];

describe("malformed files", () => {
  for (const c of broken) {
    it(`${c.name}: an error with file and line`, () => {
      const result = parsePage(read(c.file), c.file);
      assert.equal(result.ok, false);
      if (!result.ok) assert.deepEqual(result.error, { file: c.file, line: c.line, message: c.message });
    });
  }

  it("front matter that is never closed", () => {
    const result = parsePage("---\ntitle: x\n\nA | B\n--- | ---\nC | D\n", "open.en-US.md");
    assert.deepEqual(result.ok ? null : result.error, { file: "open.en-US.md", line: 1, message: parseMessages.frontMatterNotClosed });
  });

  it("a row with no description cell: a warning with its line, the rest parses", () => {
    const file = "malformed-row.en-US.md";
    const result = parsePage(read(file), file);
    assert.ok(result.ok);
    assert.deepEqual(result.warnings, [{ file, line: 22, message: parseMessages.rowWithoutDescription }]);
    assert.deepEqual(result.page.tables[1]?.rows.map((r) => [r.key, r.title, r.citation.row, r.citation.line]), [["customer-1", "Printing", 1, 23]]);
  });

  it("a page without front matter still parses, with a warning, locale from the file name", () => {
    const result = parsePage("# Roller\n\nRoll | Beskrivning\n--- | ---\nUtskrift | Kunden installerar skrivare.\n", "page.sv-SE.md");
    assert.ok(result.ok);
    assert.equal(result.page.locale, "sv-SE");
    assert.equal(result.page.date, null);
    assert.deepEqual(result.warnings.map((w) => w.message), [parseMessages.noFrontMatter, parseMessages.partyFromOrder("microsoft")]);
  });

  it("no locale anywhere: en-US with a warning", () => {
    const result = parsePage("---\ntitle: T\n---\nA | B\n--- | ---\nC | The customer does D.\n", "page.md");
    assert.ok(result.ok);
    assert.equal(result.page.locale, "en-US");
    assert.ok(result.warnings.some((w) => w.message === parseMessages.noLocale("en-US")));
  });
});

interface CellLineCase {
  name: string;
  line: string;
  title: string;
  text: string;
}

const cellLines: CellLineCase[] = [
  { name: "a title with bold and a link", line: "**[Apps](../get-ready/apps.md)** | The customer packages apps.", title: "Apps", text: "The customer packages apps." },
  { name: "an escaped pipe stays in the description", line: "Networks | The customer runs VPN \\| proxy.", title: "Networks", text: "The customer runs VPN | proxy." },
  { name: "HTML comments inside a row are removed", line: "Printing | The customer <!-- TODO --> installs printers.", title: "Printing", text: "The customer installs printers." },
  { name: "a title with an entity and a code span", line: "Exchange &amp; `Teams` | The customer manages mail.", title: "Exchange & Teams", text: "The customer manages mail." },
];

describe("row cells", () => {
  for (const c of cellLines) {
    it(c.name, () => {
      const result = parsePage(`---\nms.contentlocale: en-US\n---\n## Your roles\n\nRole | Description\n--- | ---\n${c.line}\n`, "cells.en-US.md");
      assert.ok(result.ok);
      assert.deepEqual(result.page.tables[0]?.rows.map((r) => [r.title, r.text, r.owner]), [[c.title, c.text, "customer"]]);
    });
  }
});
