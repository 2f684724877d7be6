// The real answer engine over the real published pages in knowledge/sources.
import { createAnswerEngine } from "../../knowledge/answerEngine";
import { loadKnowledgeBase } from "../../knowledge/loadSources";
import type { AnswerEngine } from "../../knowledge/types";

export function createRealEngine(): AnswerEngine {
  const knowledge = loadKnowledgeBase();
  if (knowledge.pages.length === 0) throw new Error(`no page parsed: ${JSON.stringify(knowledge.errors)}`);
  return createAnswerEngine(knowledge);
}
