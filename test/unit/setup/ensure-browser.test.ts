// scripts/ensure-browser.mjs on a machine that has never seen a browser, simulated: the script runs as its own
// process with PATH holding only a temporary folder of fake tools (no chromium, an fc-list that knows no Chinese
// font, an apt-get and a sudo that record how they were called), so nothing is installed for real.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/ensure-browser.mjs');
let dir: string;
let bin: string;
let calls: string;

function tool(name: string, body: string): void {
  const path = join(bin, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

/** A fake apt-get that logs its arguments; `install` puts a chromium and a font on the fake machine. */
function fakeApt(): void {
  tool(
    'apt-get',
    `echo "apt-get $* DEBIAN_FRONTEND=$DEBIAN_FRONTEND" >> "${calls}"
if [ "$1" = install ]; then
  printf '#!/bin/sh\\n' > "${bin}/chromium"; /bin/chmod +x "${bin}/chromium"
  : > "${dir}/font-installed"
fi
echo "Reading package lists... Done"`,
  );
}

function run(env: Record<string, string>, args: string[] = []) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { env: { PATH: bin, ...env }, encoding: 'utf8' });
  // The script's own lines go to stderr; apt-get's progress passes through on stdout.
  return { status: r.status, out: r.stderr, apt: r.stdout };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jianbao-setup-'));
  bin = join(dir, 'bin');
  mkdirSync(bin);
  calls = join(dir, 'calls.log');
  // fontconfig's answer: a Chinese font once fonts-noto-cjk is "installed", none before.
  tool('fc-list', `[ -e "${dir}/font-installed" ] && echo "Noto Sans CJK SC,Noto Sans CJK SC Regular"; exit 0`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const recorded = () => (existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : []);

describe('ensure-browser', () => {
  it('a user who cannot install is told the exact command, and it exits 2 without running apt-get', () => {
    fakeApt();
    tool('sudo', 'echo "sudo $*" >> "' + calls + '"; exit 1'); // sudo asks for a password: -n fails
    const r = run({ JIANBAO_SETUP_UID: '1000' });
    expect(r.status).toBe(2);
    expect(r.out.trim()).toBe(
      'jianbao: no Chromium and no CJK font (Chinese in screenshots would show as boxes). ' +
        'Run: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk  ' +
        '(or set CHROMIUM_PATH to a Chromium or Chrome binary)',
    );
    expect(recorded()).toEqual(['sudo -n true']);
  });

  it('root installs chromium and fonts-noto-cjk with apt-get, non-interactively, and then finds them', () => {
    fakeApt();
    const r = run({ JIANBAO_SETUP_UID: '0' });
    expect(r.status).toBe(0);
    expect(recorded()).toEqual([
      'apt-get update DEBIAN_FRONTEND=noninteractive',
      'apt-get install -y chromium fonts-noto-cjk DEBIAN_FRONTEND=noninteractive',
    ]);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe(
      "jianbao: no Chromium and no CJK font (Chinese in screenshots would show as boxes): installing Debian's chromium fonts-noto-cjk with apt-get",
    );
    expect(r.apt).toContain('Reading package lists... Done'); // apt's own progress is shown
    expect(lines.at(-1)).toBe(`jianbao: browser ${join(bin, 'chromium')}; CJK font Noto Sans CJK SC`);
  });

  it('a user with passwordless sudo installs through sudo', () => {
    fakeApt();
    tool('sudo', `echo "sudo $*" >> "${calls}"; [ "$1" = -n ] && shift; [ "$1" = true ] && exit 0; shift; DEBIAN_FRONTEND=\${1#DEBIAN_FRONTEND=}; export DEBIAN_FRONTEND; shift; shift; exec "${bin}/apt-get" "$@"`);
    const r = run({ JIANBAO_SETUP_UID: '1000' });
    expect(r.status).toBe(0);
    expect(recorded()).toEqual([
      'sudo -n true',
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update',
      'apt-get update DEBIAN_FRONTEND=noninteractive',
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk',
      'apt-get install -y chromium fonts-noto-cjk DEBIAN_FRONTEND=noninteractive',
    ]);
  });

  it('CHROMIUM_PATH overrides what is on PATH, and only the missing font is installed', () => {
    fakeApt();
    tool('chromium', 'exit 0');
    tool('my-chrome', 'exit 0');
    const r = run({ JIANBAO_SETUP_UID: '0', CHROMIUM_PATH: join(bin, 'my-chrome') });
    expect(r.status).toBe(0);
    expect(recorded()).toEqual([
      'apt-get update DEBIAN_FRONTEND=noninteractive',
      'apt-get install -y fonts-noto-cjk DEBIAN_FRONTEND=noninteractive',
    ]);
    expect(r.out.trim().split('\n').at(-1)).toBe(`jianbao: browser ${join(bin, 'my-chrome')}; CJK font Noto Sans CJK SC`);
  });

  it('a CHROMIUM_PATH that does not exist is an error, not a reason to install another browser', () => {
    fakeApt();
    const r = run({ JIANBAO_SETUP_UID: '0', CHROMIUM_PATH: join(dir, 'nowhere') });
    expect(r.status).toBe(2);
    expect(r.out.trim()).toBe(`jianbao: CHROMIUM_PATH=${join(dir, 'nowhere')} is not an executable file. Fix or unset CHROMIUM_PATH.`);
    expect(recorded()).toEqual([]);
  });

  it('a missing CJK font alone is a warning with the command, when it cannot be installed', () => {
    tool('chromium', 'exit 0');
    const r = run({ JIANBAO_SETUP_UID: '1000' }); // no apt-get, no sudo
    expect(r.status).toBe(0);
    expect(r.out.trim()).toBe(
      'jianbao: warning: no CJK font (Chinese in screenshots would show as boxes). Run: sudo apt-get update && sudo apt-get install -y fonts-noto-cjk',
    );
  });

  it('a dry run says what it would install and runs nothing', () => {
    fakeApt();
    const r = run({ JIANBAO_SETUP_UID: '0' }, ['--dry-run']);
    expect(r.status).toBe(2);
    expect(r.out).toContain("installing Debian's chromium fonts-noto-cjk with apt-get (dry run: not running it)");
    expect(recorded()).toEqual([]);
  });
  it('without apt-get (not Debian) it says to install a browser and set CHROMIUM_PATH, and exits 2', () => {
    const r = run({ JIANBAO_SETUP_UID: '0' });
    expect(r.status).toBe(2);
    expect(r.out.trim()).toBe(
      'jianbao: no Chromium and no CJK font (Chinese in screenshots would show as boxes). ' +
        "Install Chromium or Chrome with your system's package manager and set CHROMIUM_PATH to it.",
    );
  });

  it('an apt-get that fails, or installs no browser, fails the run (exit 1) instead of going on', () => {
    tool('apt-get', `echo "apt-get $*" >> "${calls}"; [ "$1" = update ] && exit 100; exit 0`);
    const failed = run({ JIANBAO_SETUP_UID: '0' });
    expect(failed.status).toBe(1);
    expect(failed.out.trim().split('\n').at(-1)).toBe(
      'jianbao: apt-get failed; run it yourself: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk',
    );
    tool('apt-get', 'exit 0');
    const empty = run({ JIANBAO_SETUP_UID: '0' });
    expect(empty.status).toBe(1);
    expect(empty.out).toContain('jianbao: apt-get ran, but still: No Chromium found');
  });
});
