// The library list as a reader meets it: it fills a resized window, screen readers hear where a row stands, and
// English counts agree in number.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Dexie } from 'dexie';
import { Library } from '../../../components/Library';
import { strings } from '../../../components/i18n';
import { strings as panelStrings } from '../../../entrypoints/annotator/strings';
import { openLibrary, type LibraryDb } from '../../../lib/store';
import { seedClippings } from '../../../lib/store/seed';
import { button, click, mount, unmount, waitFor } from './helpers';

const dbs: Dexie[] = [];
const roots: HTMLElement[] = [];
afterEach(async () => {
  for (const r of roots.splice(0)) await unmount(r);
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function showSeeded(n: number): Promise<HTMLElement> {
  const db: LibraryDb = openLibrary(`list-layout-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  await seedClippings(db, n);
  const root = await mount(<Library db={db} lang="en" openUrl={() => {}} />);
  roots.push(root);
  return root;
}

async function resizeWindow(height: number): Promise<void> {
  await act(() => {
    (window as unknown as { innerHeight: number }).innerHeight = height;
    window.dispatchEvent(new Event('resize'));
  });
}

describe('the library list', () => {
  it('grows with the window and draws the rows the taller window shows', async () => {
    await resizeWindow(700);
    const root = await showSeeded(200);
    const list = await waitFor(() => {
      const el = root.querySelector<HTMLElement>('.vlist');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(list.style.height).toBe('440px');
    const before = root.querySelectorAll('.vrow').length;
    await resizeWindow(1600);
    await waitFor(() => expect(list.style.height).toBe('1340px'));
    expect(root.querySelectorAll('.vrow').length).toBeGreaterThan(before);
  });

  it('tells assistive technology each row’s position in the whole list, not only among the drawn rows', async () => {
    const root = await showSeeded(120);
    const rows = await waitFor(() => {
      const r = [...root.querySelectorAll('.vrow')];
      expect(r.length).toBeGreaterThan(0);
      return r;
    });
    for (const r of rows) expect(r.getAttribute('aria-setsize')).toBe('120');
    expect(rows.map((r) => r.getAttribute('aria-posinset'))).toContain('1');
  });
});

describe('counts in English agree in number; Chinese punctuation is full-width', () => {
  it('says "1 clipping" and "2 clippings"', () => {
    const t = strings('en');
    expect(t.count(1, 1)).toBe('1 clipping');
    expect(t.count(2, 2)).toBe('2 clippings');
    expect(t.count(1, 3)).toBe('1 of 3 clippings');
    expect(t.count(10000, 10000)).toBe('10,000 clippings');
  });

  it('the panel says "1 figure", "1 place", "1 article"', () => {
    const t = panelStrings('en');
    expect([t.figures(1), t.places(1), t.articles(1), t.figures(3)]).toEqual(['1 figure', '1 place', '1 article', '3 figures']);
  });

  it('the Chinese library uses the panel’s full-width ，（）：', () => {
    const zh = strings('zh');
    const texts = Object.values(zh).filter((v): v is string => typeof v === 'string');
    texts.push(zh.imported(1, 2));
    for (const s of texts) if (/[\u4e00-\u9fff]/.test(s)) expect(s, s).not.toMatch(/[,():]/);
  });
});

describe('native controls speak the library’s language', () => {
  it('imports through a button of ours (not the browser’s “Choose File”) that opens the file picker', async () => {
    const db: LibraryDb = openLibrary(`list-layout-${Math.random().toString(36).slice(2)}`);
    dbs.push(db);
    const root = await mount(<Library db={db} lang="zh" openUrl={() => {}} />);
    roots.push(root);
    const picker = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
    try {
      const importButton = await waitFor(() => {
        const b = button(root, '导入备份');
        expect(b).toBeDefined();
        return b;
      });
      await click(importButton);
      expect(picker).toHaveBeenCalledTimes(1);
      expect(picker.mock.contexts[0]).toBe(root.querySelector('input[type="file"]'));
    } finally {
      picker.mockRestore();
    }
  });
});
