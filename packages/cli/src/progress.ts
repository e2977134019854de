/** A one-line progress bar with rows/s and ETA, for a terminal's stderr. */
export class ProgressBar {
  private readonly started = performance.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly label: string,
    /** Wait this long before drawing, so short runs stay quiet. */
    private readonly delayMs = 400,
  ) {}

  update(done: number, total: number): void {
    const now = performance.now();
    const elapsed = now - this.started;
    if (elapsed < this.delayMs || (now - this.lastDraw < 100 && done < total)) return;
    this.lastDraw = now;
    this.drawn = true;
    const rate = done / (elapsed / 1000);
    const eta = rate > 0 ? (total - done) / rate : 0;
    const width = 24;
    const filled = Math.round((done / total) * width);
    const bar = "#".repeat(filled) + "-".repeat(width - filled);
    this.stream.write(`\r${this.label} [${bar}] ${pct(done, total)} ${format(done)}/${format(total)} rows  ${format(rate)} rows/s  ETA ${seconds(eta)}\x1b[K`);
  }

  done(): void {
    if (this.drawn) this.stream.write("\r\x1b[K");
  }
}

function pct(done: number, total: number): string {
  return `${Math.floor((done / total) * 100)}%`.padStart(4);
}

function format(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(0)}k` : `${Math.round(n)}`;
}

function seconds(s: number): string {
  return s >= 60 ? `${Math.floor(s / 60)}m${Math.round(s % 60)}s` : `${s.toFixed(1)}s`;
}
