// One figure of `npm run eval`, as docs/cli-contract.md fixes it: what was measured, over how many items, and the
// peer it is read beside (run in the same process, or published for the same data).
export interface EvalFigure {
  eval: string;
  value: number;
  peer: string | null;
  peerValue: number | null;
  n: number;
}

/** A suite scores one corpus; it may print progress on stderr, never on stdout. */
export interface EvalSuite {
  /** Short name used by JIANBAO_EVAL_ONLY (comma-separated) to run some suites only. */
  name: string;
  run(): Promise<EvalFigure[]>;
}

export function figure(name: string, value: number, n: number, peer: string | null = null, peerValue: number | null = null): EvalFigure {
  return { eval: name, value, peer, peerValue, n };
}
