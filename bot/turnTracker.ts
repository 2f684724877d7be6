// Counts requests in flight so shutdown can wait for them, and says when the server is stopping.

export class TurnTracker {
  private count = 0;
  private idleWaiters: Array<() => void> = [];
  private stoppingFlag = false;

  get inFlight(): number {
    return this.count;
  }

  get stopping(): boolean {
    return this.stoppingFlag;
  }

  stop(): void {
    this.stoppingFlag = true;
  }

  /** Marks one request in flight; call the returned function once, when it is done. */
  begin(): () => void {
    this.count++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.count--;
      if (this.count === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    };
  }

  /** Resolves true when nothing is in flight, or false when the timeout comes first. */
  async drain(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
