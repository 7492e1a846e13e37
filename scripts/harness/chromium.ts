// Finding a browser that is already installed: the one probe in scripts/ensure-browser.mjs (which `npm start`,
// `npm test` and .ci/run call first, to install Debian's chromium when it is missing). Nothing is downloaded.
export { findChromium, findCjkFont, NO_BROWSER_MESSAGE } from '../ensure-browser.mjs';
