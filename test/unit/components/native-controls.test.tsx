// The library's own controls in place of the browser's: the day fields read what a Chinese or English reader types
// (not the browser-locale mm/dd/yyyy of <input type=date>), and a refused backup is told in the library's language.
import { afterEach, describe, expect, it } from 'vitest';
import { Filters, dayStart } from '../../../components/Filters';
import { strings } from '../../../components/i18n';
import { BackupError, type BackupProblem } from '../../../lib/export/backup-validate';
import { parseBackup } from '../../../lib/export/backup';
import type { ClippingFilter } from '../../../lib/store/queries';
import { labelled, mount, type, unmount } from './helpers';

const roots: HTMLElement[] = [];
afterEach(async () => {
  for (const r of roots.splice(0)) await unmount(r);
});

const OPTIONS = { places: [], kinds: [], sites: [], tags: [] };

describe('day fields', () => {
  it('read 2023-02-09, 2023/2/9 and 2023年2月9日 alike, and refuse a day no calendar has', () => {
    const day = new Date(2023, 1, 9).getTime();
    for (const v of ['2023-02-09', '2023-2-9', '2023/2/9', '2023.2.9', '2023年2月9日', ' 2023 年 2 月 9 日 ']) expect(dayStart(v), v).toBe(day);
    for (const v of ['2023-02-30', '02/09/2023', '2023年13月1日', '']) expect(dayStart(v), v).toBeUndefined();
  });

  it('are text fields with the library’s placeholder, set the filter when committed and say when a day cannot be read', async () => {
    const changes: ClippingFilter[] = [];
    const t = strings('zh');
    const root = await mount(<Filters filter={{}} options={OPTIONS} grouped={false} t={t} onChange={(f) => changes.push(f)} onGroupedChange={() => {}} />);
    roots.push(root);
    expect(root.querySelector('input[type=date]')).toBeNull();
    const from = labelled(root, t.from) as HTMLInputElement;
    expect(from.type).toBe('text');
    expect(from.placeholder).toBe('年-月-日');
    await type(from, '2023年2月9日');
    await type(from, '2023年2月9日', 'change');
    expect(changes.at(-1)).toEqual({ from: new Date(2023, 1, 9).getTime() });
    await type(from, '2/9/2023');
    await type(from, '2/9/2023', 'change');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('[role=alert]')?.textContent).toBe(t.dateInvalid);
    expect(changes).toHaveLength(1);
  });
});

describe('import errors', () => {
  it('every reason a backup is refused is said in Chinese in the Chinese library', () => {
    const problems: BackupProblem[] = ['too-large', 'not-json', 'not-backup', 'version', 'damaged'];
    for (const lang of ['zh', 'zh-Hant'] as const) {
      for (const p of problems) expect(strings(lang).importProblem[p]!('x'), `${lang} ${p}`).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff]/);
    }
    const refused = (text: string) => {
      try {
        parseBackup(text);
      } catch (e) {
        return e as BackupError;
      }
      throw new Error('accepted');
    };
    expect(refused('{').problem).toBe('not-json');
    expect(refused('{"format":"other"}').problem).toBe('not-backup');
    expect(strings('zh').importProblem[refused('{"format":"other"}').problem]!('')).toBe('这不是剪报的备份文件；未导入任何内容。');
  });
});
