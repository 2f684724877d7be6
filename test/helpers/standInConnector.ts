// A stand-in for the Bot Framework connector on loopback: records what the bot posts and answers 200 {id}.
import http from "node:http";
import type { Activity } from "botbuilder";

export interface PostedActivity {
  conversationId: string;
  /** The activity id the bot replied to (the thread reply path), when the path has one. */
  replyToId: string | undefined;
  authorization: string | undefined;
  activity: Partial<Activity>;
}

const activityPath = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

export interface StandInOptions {
  /** Wait this long before answering each post, so a test can catch a turn in flight. */
  delayMs?: number;
}

export class StandInConnector {
  readonly posted: PostedActivity[] = [];
  /** Posts that have arrived, answered or not yet. */
  received = 0;
  readonly unexpected: string[] = [];
  private readonly server = http.createServer((req, res) => this.handle(req, res));
  private waiters: Array<() => void> = [];

  constructor(private readonly options: StandInOptions = {}) {}

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return this.url;
  }

  get url(): string {
    const address = this.server.address();
    if (address === null || typeof address === "string") throw new Error("stand-in connector is not listening");
    return `http://127.0.0.1:${address.port}/`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves once `count` activities have been posted in all; rejects after the timeout. */
  async waitFor(count: number, timeoutMs = 5000): Promise<PostedActivity[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.posted.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`stand-in connector got ${this.posted.length} of ${count} activities; unexpected: ${this.unexpected.join(", ")}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.posted.slice(0, count);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const match = req.method === "POST" ? activityPath.exec(new URL(req.url ?? "/", "http://x").pathname) : null;
      if (!match) {
        this.unexpected.push(`${req.method} ${req.url}`);
        res.statusCode = 404;
        res.end();
        return;
      }
      this.received++;
      if (this.options.delayMs) setTimeout(() => this.record(req, res, match, chunks), this.options.delayMs);
      else this.record(req, res, match, chunks);
    });
  }

  private record(req: http.IncomingMessage, res: http.ServerResponse, match: RegExpExecArray, chunks: Buffer[]): void {
    const id = `reply-${this.posted.length + 1}`;
    const activity: Partial<Activity> = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    this.posted.push({
      conversationId: decodeURIComponent(match[1] ?? ""),
      replyToId: match[2] === undefined ? undefined : decodeURIComponent(match[2]),
      authorization: req.headers.authorization,
      activity,
    });
    res.statusCode = 200;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ id }));
    for (const wake of this.waiters.splice(0)) wake();
  }
}
