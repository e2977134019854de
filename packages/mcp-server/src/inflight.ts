/**
 * The tool calls of this process that may still write or remove files. On a
 * shutdown (a signal, stdin closed, HTTP server stopping) the transports are
 * closed first, which aborts every call's signal; the process then waits for
 * these calls to clean up (temp files removed, renamed files taken back)
 * before it exits, instead of exiting under them.
 */
export class InflightCalls {
  private readonly calls = new Set<Promise<unknown>>();

  get size(): number {
    return this.calls.size;
  }

  track<T>(call: Promise<T>): Promise<T> {
    const settled = call.then(
      () => undefined,
      () => undefined,
    );
    this.calls.add(settled);
    void settled.finally(() => this.calls.delete(settled));
    return call;
  }

  /** Resolves true once every call has settled, false if `timeoutMs` passed first. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      while (this.calls.size > 0) {
        const done = await Promise.race([Promise.all([...this.calls]).then(() => true as const), timeout]);
        if (!done) return false;
      }
      return true;
    } finally {
      clearTimeout(timer);
    }
  }
}
