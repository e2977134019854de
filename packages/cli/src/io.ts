/** What a CLI run talks to; the entry wires the process, tests never need to. */
export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
  signal: AbortSignal;
}
