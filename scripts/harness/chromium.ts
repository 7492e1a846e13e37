// Finding a browser that is already installed (Debian's chromium, or a Chrome the user has): nothing is downloaded.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const NO_BROWSER_MESSAGE =
  'No Chromium found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary.';

export function findChromium(): string {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH=${override} does not exist. ${NO_BROWSER_MESSAGE}`);
    return override;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(NO_BROWSER_MESSAGE);
  return found;
}
