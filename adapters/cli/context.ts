// What a command needs from the outside world, passed in so the commands stay testable.
export interface Output {
  write(text: string): unknown;
}

export interface CliContext {
  /** The folder of shipped packs (policies/). */
  policiesDir: string;
  stdout: Output;
  stderr: Output;
  /** Colors and bold only when stdout is a terminal. */
  color: boolean;
  /** Set by a command that ran but failed (e.g. a pack test case); errors are thrown instead. */
  exitCode: number;
}
