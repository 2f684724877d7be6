// A sliding-window limit per key (a conversation id), in memory: each bot instance counts on its own.

/** allow: go on; notify: over the limit, say so once; drop: over the limit and already told. */
export type RateDecision = "allow" | "notify" | "drop";

interface Window {
  hits: number[];
  notifiedAt: number | undefined;
}

export interface RateLimiterOptions {
  windowMs: number;
  /** Most conversations remembered at once. */
  maxKeys: number;
}

const rateLimiterDefaults: Readonly<RateLimiterOptions> = Object.freeze({ windowMs: 60_000, maxKeys: 10_000 });

export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly windowMs: number;
  private readonly maxKeys: number;

  constructor(
    private readonly limit: number,
    options: Partial<RateLimiterOptions> = {},
    private readonly now: () => number = Date.now,
  ) {
    ({ windowMs: this.windowMs, maxKeys: this.maxKeys } = { ...rateLimiterDefaults, ...options });
  }

  /** Counts a hit unless it is over the limit (refused hits do not count, so waiting always helps). */
  hit(key: string): RateDecision {
    const now = this.now();
    const window = this.windows.get(key) ?? { hits: [], notifiedAt: undefined };
    window.hits = window.hits.filter((t) => now - t < this.windowMs);
    this.windows.delete(key);
    this.windows.set(key, window);
    this.prune(now);
    if (window.hits.length < this.limit) {
      window.hits.push(now);
      return "allow";
    }
    if (window.notifiedAt !== undefined && now - window.notifiedAt < this.windowMs) return "drop";
    window.notifiedAt = now;
    return "notify";
  }

  get size(): number {
    return this.windows.size;
  }

  /**
   * Keeps memory bounded when many conversations come and go: stale windows first, then the least recent.
   * Trims to 90% of maxKeys at once, so the cost is paid once per many new conversations, not on each hit.
   */
  private prune(now: number): void {
    if (this.windows.size <= this.maxKeys) return;
    const keep = Math.floor(this.maxKeys * 0.9);
    // The map is in order of last hit (a hit moves its key to the end): stale windows are all in front.
    for (const [key, window] of this.windows) {
      if (this.windows.size <= keep || !window.hits.every((t) => now - t >= this.windowMs)) break;
      this.windows.delete(key);
    }
    for (const key of this.windows.keys()) {
      if (this.windows.size <= keep) break;
      this.windows.delete(key);
    }
  }
}
