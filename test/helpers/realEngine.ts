// TEMPORARY until knowledge/loadSources.ts lands: an engine over the sample rows.
import { createAnswerEngine } from "../../knowledge/answerEngine";
import type { AnswerEngine, KnowledgeBase, Page } from "../../knowledge/types";
import { sampleRows } from "./sampleAnswers";

export function createRealEngine(): AnswerEngine {
  const rows = sampleRows();
  const page: Page = {
    file: "roles-and-responsibilities.sv-SE.md", locale: "sv-SE", language: "sv", title: "Roller", description: "", articleUrl: "https://learn.microsoft.com/x",
    date: null, machineTranslated: true, frontMatter: {}, sections: [], warnings: [],
    tables: [
      { owner: "microsoft", heading: "ms", anchor: null, line: 1, rows: rows.filter((r) => r.owner === "microsoft") },
      { owner: "customer", heading: "you", anchor: null, line: 2, rows: rows.filter((r) => r.owner !== "microsoft") },
    ],
  };
  const kb: KnowledgeBase = { pages: [page], errors: [], warnings: [] };
  return createAnswerEngine(kb);
}
