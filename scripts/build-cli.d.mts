export function buildCli(options?: { outdir?: string }): Promise<{ inputs: number; ms: number }>;
