// Rebuilds the answer engine when a page in KNOWLEDGE_DIR is edited, added or removed, without a restart.
// A page that no longer parses keeps its last good version (the other pages still reload), and the
// error is logged with file and line.
import { watch, type FSWatcher } from "node:fs";
import { createAnswerEngine } from "../knowledge/answerEngine";
import { loadKnowledgeBase } from "../knowledge/loadSources";
import type { AnswerEngine, KnowledgeBase, Page } from "../knowledge/types";
import type { Logger } from "./logger";
import { SwappableEngine } from "./swappableEngine";

export interface ReloaderOptions {
  dir: string;
  defaultLocale: string;
  logger: Logger;
  /** Editors write a file in several steps; wait this long after the last change. */
  debounceMs?: number;
}

export interface ReloadResult {
  reloaded: boolean;
  locales: string[];
  /** Files whose last good page was kept because the new version does not parse. */
  keptFiles: string[];
  ms: number;
}

export const reloadMessages = Object.freeze({
  reloaded: "knowledge reloaded",
  kept: "knowledge reload: page does not parse, its last good version is kept",
  noPages: "knowledge reload: no page parses, the last good knowledge is kept",
  failed: "knowledge reload failed, the last good knowledge is kept",
  watchFailed: "knowledge watcher failed; pages will not reload until restart",
});

export class KnowledgeReloader {
  readonly engine: SwappableEngine;
  private lastGood = new Map<string, Page>();
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly options: ReloaderOptions,
    initial: KnowledgeBase,
  ) {
    this.engine = new SwappableEngine(this.build(initial));
    for (const page of initial.pages) this.lastGood.set(page.file, page);
  }

  /** Watches the folder; changes are debounced into one reload. */
  start(): void {
    if (this.watcher) return;
    this.watcher = watch(this.options.dir, () => this.schedule());
    this.watcher.on("error", (error) => this.options.logger.error({ err: error, dir: this.options.dir }, reloadMessages.watchFailed));
  }

  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.watcher?.close();
    this.watcher = undefined;
  }

  /** Loads the folder again and swaps the engine; keeps what it has when nothing usable comes back. */
  reload(): ReloadResult {
    const started = performance.now();
    const { logger, dir } = this.options;
    const result = (reloaded: boolean, keptFiles: string[] = []): ReloadResult => ({ reloaded, keptFiles, locales: this.engine.locales(), ms: Math.round(performance.now() - started) });
    let knowledge: KnowledgeBase;
    try {
      knowledge = loadKnowledgeBase(dir);
    } catch (error) {
      logger.error({ err: error, dir }, reloadMessages.failed);
      return result(false);
    }
    const pages = [...knowledge.pages];
    const keptFiles: string[] = [];
    for (const error of knowledge.errors) {
      const kept = this.lastGood.get(error.file);
      logger.error({ file: error.file, line: error.line, kept: kept !== undefined }, `${reloadMessages.kept}: ${error.file}:${error.line}: ${error.message}`);
      if (kept && !pages.some((p) => p.file === error.file)) {
        pages.push(kept);
        keptFiles.push(error.file);
      }
    }
    if (pages.length === 0) {
      logger.error({ dir }, reloadMessages.noPages);
      return result(false);
    }
    try {
      this.engine.swap(this.build({ ...knowledge, pages }));
    } catch (error) {
      logger.error({ err: error, dir }, reloadMessages.failed);
      return result(false);
    }
    this.lastGood = new Map(pages.map((p) => [p.file, p]));
    const done = result(true, keptFiles);
    logger.info({ locales: done.locales, pages: pages.length, keptFiles, ms: done.ms }, reloadMessages.reloaded);
    return done;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.reload();
    }, this.options.debounceMs ?? 150);
  }

  private build(knowledge: KnowledgeBase): AnswerEngine {
    return createAnswerEngine(knowledge, { defaultLocale: this.options.defaultLocale });
  }
}
