// Diagnostics of the page parser and loader, as functions so tests can assert them.

export const parseMessages = Object.freeze({
  binary: "not a text page: binary or control characters",
  frontMatterNotClosed: "front matter opened with --- is never closed",
  frontMatterNotMapping: "front matter is not a YAML mapping of keys to values",
  frontMatterYaml: (reason: string) => `front matter is not valid YAML: ${reason}`,
  noFrontMatter: "no front matter: title, locale and date come from the page and the file name",
  noTable: "not a roles-and-responsibilities page: no table found",
  noLocale: (fallback: string) => `no ms.contentlocale and no locale in the file name: assuming ${fallback}`,
  badDate: (value: string) => `date "${value}" is not MM/DD/YYYY or YYYY-MM-DD: page has no date`,
  noTitle: "no H1 and no front matter title: the file name is the title",
  rowWithoutDescription: "row has no description cell: skipped",
  rowWithoutTitle: "row has no role title: skipped",
  extraCells: (count: number) => `row has ${count} cells, expected 2: extra cells joined to the description`,
  tableWithoutRows: "table has no rows",
  partyFromOrder: (party: string) => `table party not found in its anchor or heading: ${party} by document order`,
  unknownLanguage: (language: string) => `no party words for language "${language}": using English words`,
  badLink: (href: string) => `link target "${href}" cannot be resolved: link dropped`,
  unreadable: (reason: string) => `cannot read file: ${reason}`,
  keyMismatch: (key: string, other: string, otherLine: number) =>
    `row ${key} shares no link target with the same row in ${other}:${otherLine}: check that the rows mean the same`,
});
