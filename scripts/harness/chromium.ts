// Finding a browser that is already installed: the one probe in scripts/ensure-browser.mjs (which `npm start`,
// `npm test` and .ci/run call first, to install Debian's chromium when it is missing). Nothing is downloaded.
import { findChromium as probe } from '../ensure-browser.mjs';

export { findCjkFont, NO_BROWSER_MESSAGE } from '../ensure-browser.mjs';

export function findChromium(): string {
  try {
    return probe();
  } catch (e) {
    throw new Error(`${(e as Error).message} Run \`node scripts/ensure-browser.mjs\`: it installs one or says how.`);
  }
}
