// Types for scripts/postinstall.mjs (plain Node: it runs in a production install, before any dev tool).
export interface Step {
  name: string;
  needs: string[];
  run: string[];
  skipped: string;
}
export const STEPS: Step[];
export function postinstall(options?: { env?: Record<string, string | undefined>; log?: (line: string) => void; steps?: Step[] }): 0 | 1;
