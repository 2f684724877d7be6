import assert from "node:assert/strict";
import { decodeHtmlEntities } from "../../knowledge/htmlEntities";
import { toIsoDate } from "../../knowledge/parseFrontMatter";
import { buildArticleUrl, resolveLink } from "../../knowledge/resolveLink";

const article = buildArticleUrl("sv-SE", "roles-and-responsibilities");
const site = "https://learn.microsoft.com";

describe("resolveLink", () => {
  it("builds the article URL with the locale in lower case and the intro folder by default", () => {
    assert.equal(article, `${site}/sv-se/microsoft-365/managed-desktop/intro/roles-and-responsibilities`);
    assert.equal(buildArticleUrl("nl-NL", "x", "get-ready"), `${site}/nl-nl/microsoft-365/managed-desktop/get-ready/x`);
  });

  const cases: [string, string, string | null][] = [
    ["relative with ../", "../service-description/device-policies.md", `${site}/sv-se/microsoft-365/managed-desktop/service-description/device-policies`],
    ["relative keeps the anchor", "../working-with-managed-desktop/config-setting-ref.md#proxy", `${site}/sv-se/microsoft-365/managed-desktop/working-with-managed-desktop/config-setting-ref#proxy`],
    ["same folder", "apps.md", `${site}/sv-se/microsoft-365/managed-desktop/intro/apps`],
    ["anchor only", "#your-roles-and-responsibilities", `${article}#your-roles-and-responsibilities`],
    ["site-absolute without locale", "/microsoft-365/admin/x", `${site}/sv-se/microsoft-365/admin/x`],
    ["site-absolute with locale", "/en-us/windows/x", `${site}/en-us/windows/x`],
    ["absolute stays", "https://aka.ms/x.md#y", "https://aka.ms/x.md#y"],
    ["protocol-relative", "//example.com/a", "https://example.com/a"],
    ["mailto stays", "mailto:help@example.com", "mailto:help@example.com"],
    ["angle brackets", "<../get-ready/apps.md>", `${site}/sv-se/microsoft-365/managed-desktop/get-ready/apps`],
    ["empty target", "", null],
  ];
  for (const [name, href, expected] of cases) {
    it(name, () => assert.equal(resolveLink(href, article, "sv-SE"), expected));
  }
});

describe("dates and entities", () => {
  const dates: [string, string | null][] = [
    ["07/30/2020", "2020-07-30"],
    ["9/4/2018", "2018-09-04"],
    ["2023-01-05", "2023-01-05"],
    ["2023-01-05T10:00:00Z", "2023-01-05"],
    ["13/01/2020", null],
    ["02/30/2020", null],
    ["last week", null],
  ];
  for (const [value, expected] of dates) {
    it(`date "${value}" -> ${expected}`, () => assert.equal(toIsoDate(value), expected));
  }

  const entities: [string, string][] = [
    ["a &amp; b", "a & b"],
    ["&lt;br&gt;", "<br>"],
    ["&#228;&#xE4;", "ää"],
    ["&nbsp;", "\u00a0"],
    ["&ndash; &rsquo;", "– ’"],
    ["&unknown; &#xD800;", "&unknown; &#xD800;"],
  ];
  for (const [text, expected] of entities) {
    it(`entities "${text}"`, () => assert.equal(decodeHtmlEntities(text), expected));
  }
});
