// npm run bench: answer latency and throughput on the real pages and on synthetic corpora up to
// 10,000 rows, then the bot's /api/messages under load next to a bare CloudAdapter bot.
// --engine-only or --http-only runs one part.
import { createAnswerEngine } from "../../knowledge/answerEngine";
import { loadKnowledgeBase } from "../../knowledge/loadSources";
import type { KnowledgeBase } from "../../knowledge/types";
import { loadQuestions, quantile, type Question } from "./benchQuestions";
import { runHttpBench } from "./httpBench";
import { buildSyntheticCorpus } from "./syntheticCorpus";


const sizes = [30, 300, 1_000, 3_000, 10_000];
const minSamples = 2_000;



function measure(knowledge: KnowledgeBase, questions: readonly Question[]) {
  const buildStart = process.hrtime.bigint();
  const engine = createAnswerEngine(knowledge);
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
  for (const q of questions) engine.ask(q.q, { locale: q.locale }); // warm up
  const times: number[] = [];
  const started = process.hrtime.bigint();
  while (times.length < minSamples) {
    for (const q of questions) {
      const t0 = process.hrtime.bigint();
      engine.ask(q.q, { locale: q.locale });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  return { buildMs, median: quantile(times, 0.5), p99: quantile(times, 0.99), perSecond: times.length / seconds };
}

/**
 * Each question asked once of a new engine (a word shared by several questions is read once): what the
 * word caches save. A few engines, for enough samples.
 */
function measureCold(knowledge: KnowledgeBase, questions: readonly Question[], engines = 5) {
  const times: number[] = [];
  for (let e = 0; e < engines; e++) {
    const engine = createAnswerEngine(knowledge);
    for (const q of questions) {
      const t0 = process.hrtime.bigint();
      engine.ask(q.q, { locale: q.locale });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p99: quantile(times, 0.99), samples: times.length };
}

function runEngineBench(): void {
  const knowledge = loadKnowledgeBase();
  const questions = loadQuestions();
  const realRows = knowledge.pages.reduce((n, p) => n + p.tables.reduce((m, t) => m + t.rows.length, 0), 0);
  console.log(`answer engine: ${questions.length} questions, at least ${minSamples} answers per corpus, one core`);
  console.log("rows    pages  build ms  median ms  p99 ms  answers/s  median vs real");
  let baseline = 0;
  for (const size of sizes) {
    const corpus = size <= realRows ? knowledge : buildSyntheticCorpus(knowledge, size);
    const rows = corpus.pages.reduce((n, p) => n + p.tables.reduce((m, t) => m + t.rows.length, 0), 0);
    const r = measure(corpus, questions);
    if (baseline === 0) baseline = r.median;
    console.log(
      `${String(rows).padEnd(7)} ${String(corpus.pages.length).padEnd(6)} ${r.buildMs.toFixed(0).padStart(8)}  ${r.median.toFixed(3).padStart(9)}  ${r.p99.toFixed(3).padStart(6)}  ${r.perSecond.toFixed(0).padStart(9)}  ${(r.median / baseline).toFixed(1).padStart(6)}x`,
    );
  }
  const cold = measureCold(knowledge, questions);
  console.log(`real pages, new engines asked each question once (${cold.samples} answers, word caches cold): median ${cold.median.toFixed(3)} ms, p99 ${cold.p99.toFixed(3)} ms`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const engineOnly = args.includes("--engine-only");
  const httpOnly = args.includes("--http-only");
  if (engineOnly && httpOnly) throw new Error("--engine-only and --http-only exclude each other");
  if (!httpOnly) runEngineBench();
  if (!engineOnly) await runHttpBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
