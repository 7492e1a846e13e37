// Types for scripts/ensure-browser.mjs (plain Node so that it runs before tsx and `npm ci`).
type Env = Record<string, string | undefined>;
export const BROWSER_NAMES: string[];
export const PACKAGES: { browser: string; font: string };
export const NO_BROWSER_MESSAGE: string;
export function onPath(name: string, env?: Env): string | null;
export function findChromium(env?: Env): string;
export function findCjkFont(env?: Env): string | null;
export function manualCommand(packages: string[]): string;
export function ensure(options?: { env?: Env; dryRun?: boolean; log?: (line: string) => void }): 0 | 1 | 2;
