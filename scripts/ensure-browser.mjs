#!/usr/bin/env node
// Makes sure this machine has what `npm start`, the e2e tests and the benchmarks need: a Chromium to drive and
// a font with Chinese glyphs for its screenshots. Plain Node, no dependencies: it runs before `npm ci` in CI and
// before tsx anywhere. The one place that finds a browser (scripts/harness/chromium.ts imports findChromium).
//
//   node scripts/ensure-browser.mjs            find both; install what is missing when this user can, else exit 2
//   node scripts/ensure-browser.mjs --dry-run  say what it found and what it would do; install nothing
//
// Exit codes: 0 ready (a missing CJK font alone is a warning), 1 an install ran and failed, 2 no browser and no
// way to install one here (the command to run is printed).
// Nothing is downloaded but Debian packages through apt-get: no browser builds of their own.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Names tried on PATH, in order (Debian, Ubuntu/Fedora, Google's packages). */
export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
/** Places outside PATH where a browser is commonly installed. */
const BROWSER_PATHS = [
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
/** Font files with Han glyphs, checked only where fontconfig's fc-list is absent. */
const CJK_FONT_PATHS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/arphic/uming.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  '/System/Library/Fonts/STHeiti Light.ttc',
];
/** Debian's package for each missing thing. */
export const PACKAGES = { browser: 'chromium', font: 'fonts-noto-cjk' };

export const NO_BROWSER_MESSAGE =
  'No Chromium found (tried CHROMIUM_PATH, ' + BROWSER_NAMES.join(', ') + ' on PATH).';

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first executable `name` on PATH (as the shell would find it), or null. */
export function onPath(name, env = process.env) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/**
 * The browser to drive: CHROMIUM_PATH when set (it must exist: a wrong override is an error, not a fallback),
 * else the first of BROWSER_NAMES on PATH, else a usual install place. Throws with NO_BROWSER_MESSAGE.
 */
export function findChromium(env = process.env) {
  const override = env.CHROMIUM_PATH;
  if (override) {
    if (!isExecutable(override)) throw new Error(`CHROMIUM_PATH=${override} is not an executable file.`);
    return override;
  }
  for (const name of BROWSER_NAMES) {
    const found = onPath(name, env);
    if (found) return found;
  }
  const found = BROWSER_PATHS.find(isExecutable);
  if (found) return found;
  throw new Error(NO_BROWSER_MESSAGE);
}

/** A font family with Chinese glyphs (fontconfig's answer when fc-list exists, else a known font file), or null. */
export function findCjkFont(env = process.env) {
  const fcList = onPath('fc-list', env);
  if (fcList) {
    const r = spawnSync(fcList, [':lang=zh', 'family'], { env, encoding: 'utf8' });
    const first = (r.stdout ?? '').split('\n').find((l) => l.trim());
    return r.status === 0 && first ? first.split(',')[0].trim() : null;
  }
  return CJK_FONT_PATHS.find((p) => existsSync(p)) ?? null;
}

/**
 * How this process may run apt-get: 'root', 'sudo' (passwordless), or null. JIANBAO_SETUP_UID stands in for the
 * real user id (tests run as root and must see what a user sees).
 */
function installer(env) {
  if (!onPath('apt-get', env)) return null;
  const uid = env.JIANBAO_SETUP_UID !== undefined ? Number(env.JIANBAO_SETUP_UID) : process.getuid?.();
  if (uid === 0) return 'root';
  const sudo = onPath('sudo', env);
  if (sudo && spawnSync(sudo, ['-n', 'true'], { env, stdio: 'ignore' }).status === 0) return 'sudo';
  return null;
}

/** The commands a person runs by hand to install `packages`. */
export const manualCommand = (packages) => `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;

function run(how, args, env) {
  const [cmd, argv] = how === 'sudo' ? ['sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]] : ['apt-get', args];
  // Output is shown as it comes (apt's progress); stdin is closed so nothing can wait for an answer.
  const r = spawnSync(onPath(cmd, env) ?? cmd, argv, {
    env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return r.status === 0;
}

/** Probes, installs when missing and allowed; returns the exit code. `log` gets each line meant for the user. */
export function ensure({ env = process.env, dryRun = false, log = (line) => console.error(line) } = {}) {
  const probe = () => {
    let browser = null;
    let browserError = null;
    try {
      browser = findChromium(env);
    } catch (e) {
      browserError = e.message;
    }
    return { browser, browserError, font: findCjkFont(env) };
  };
  let found = probe();
  // A wrong CHROMIUM_PATH is the user's choice to fix, not a reason to install another browser.
  if (env.CHROMIUM_PATH && !found.browser) {
    log(`jianbao: ${found.browserError} Fix or unset CHROMIUM_PATH.`);
    return 2;
  }
  const missing = [];
  if (!found.browser) missing.push(PACKAGES.browser);
  if (!found.font) missing.push(PACKAGES.font);
  if (missing.length === 0) {
    log(`jianbao: browser ${found.browser}; CJK font ${found.font}`);
    return 0;
  }
  const what = [!found.browser && 'no Chromium', !found.font && 'no CJK font (Chinese in screenshots would show as boxes)']
    .filter(Boolean)
    .join(' and ');
  const how = installer(env);
  if (!how) {
    if (!found.browser) {
      const advice = onPath('apt-get', env)
        ? `Run: ${manualCommand(missing)}  (or set CHROMIUM_PATH to a Chromium or Chrome binary)`
        : 'Install Chromium or Chrome with your system\'s package manager and set CHROMIUM_PATH to it.';
      log(`jianbao: ${what}. ${advice}`);
      return 2;
    }
    log(`jianbao: warning: ${what}. Run: ${manualCommand(missing)}`);
    return 0;
  }
  log(`jianbao: ${what}: installing Debian's ${missing.join(' ')} with apt-get${how === 'sudo' ? ' through sudo' : ''}${dryRun ? ' (dry run: not running it)' : ''}`);
  if (dryRun) return found.browser ? 0 : 2;
  if (!run(how, ['update'], env) || !run(how, ['install', '-y', ...missing], env)) {
    log(`jianbao: apt-get failed; run it yourself: ${manualCommand(missing)}`);
    return 1;
  }
  found = probe();
  if (!found.browser) {
    log(`jianbao: apt-get ran, but still: ${NO_BROWSER_MESSAGE}`);
    return 1;
  }
  if (!found.font) log(`jianbao: warning: still no CJK font after installing ${PACKAGES.font}`);
  log(`jianbao: browser ${found.browser}; CJK font ${found.font ?? 'none'}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = ensure({ dryRun: process.argv.includes('--dry-run') });
}
