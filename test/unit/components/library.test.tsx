import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { Library } from '../../../components/Library';
import { CLIPPING_ROW_HEIGHT } from '../../../components/ClippingRow';
import { pickLang, type Lang } from '../../../components/i18n';
import { LibraryDb, openLibrary, saveClipping, queryClippings } from '../../../lib/store';
import { seedClippings } from '../../../lib/store/seed';
import { DONGSHENG, ECOMMERCE, FREIGHT, SNOW, BAOTOU } from '../store/clipping-fixtures';
import { button, click, labelled, mount, type, unmount, waitFor } from './helpers';

const dbs: Dexie[] = [];
const roots: HTMLElement[] = [];
let n = 0;
function library(): LibraryDb {
  const db = openLibrary(`popup-test-${++n}-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const r of roots.splice(0)) await unmount(r);
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

interface Opened {
  urls: string[];
  downloads: { name: string; text: string; mime: string }[];
  copied: string[];
}

/** What the library page loads: province and prefecture names, built with the gazetteer at install time. */
const DIVISION_NAMES = JSON.parse(readFileSync(resolve('public/place-names.json'), 'utf8')) as Record<string, string>;

async function show(db: LibraryDb, lang: Lang = 'en'): Promise<{ root: HTMLElement; opened: Opened }> {
  const opened: Opened = { urls: [], downloads: [], copied: [] };
  const root = await mount(
    <Library
      db={db}
      lang={lang}
      listHeight={400}
      divisionNames={DIVISION_NAMES}
      openUrl={(u) => opened.urls.push(u)}
      download={(name, text, mime) => opened.downloads.push({ name, text, mime })}
      copyText={async (t) => {
        opened.copied.push(t);
      }}
    />,
  );
  roots.push(root);
  return { root, opened };
}

const rowTexts = (root: HTMLElement) => [...root.querySelectorAll('.clip-text')].map((p) => p.textContent);

describe('the popup library', () => {
  it('tells a new user what to do when the library is empty', async () => {
    const { root } = await show(library());
    await waitFor(() => expect(root.textContent).toContain('Click the 剪报 button on a newspaper page, select text, and save'));
    expect(root.querySelectorAll('[role="listitem"]')).toHaveLength(0);
  });

  it('speaks Chinese to a Chinese browser', async () => {
    expect(pickLang('zh-CN')).toBe('zh');
    expect(pickLang('zh-Hans-HK')).toBe('zh');
    expect(pickLang('en-GB')).toBe('en');
    const { root } = await show(library(), pickLang('zh-CN'));
    await waitFor(() => expect(root.textContent).toContain('还没有剪报'));
  });

  it('speaks Traditional Chinese to a Taiwan, Hong Kong or Macau browser', async () => {
    for (const l of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW']) expect(pickLang(l), l).toBe('zh-Hant');
    const { root } = await show(library(), pickLang('zh-HK'));
    await waitFor(() => expect(root.textContent).toContain('還沒有剪報'));
    expect(root.querySelector('main')?.getAttribute('lang')).toBe('zh-TW');
  });

  it('renders only the visible window of 10,000 clippings', async () => {
    const db = library();
    await seedClippings(db, 10_000);
    const { root } = await show(db);
    await waitFor(() => expect(root.querySelector('.count')?.textContent).toBe('10,000 clippings'));
    const rows = root.querySelectorAll('[role="listitem"]');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(30);
    const list = root.querySelector('.vlist') as HTMLElement;
    const inner = root.querySelector('.vlist-inner') as HTMLElement;
    expect(inner.style.height).toBe(`${10_000 * CLIPPING_ROW_HEIGHT}px`);
    // Scrolling far down shows rows from there, still only a window of them.
    list.scrollTop = 500_000;
    list.dispatchEvent(new Event('scroll'));
    await waitFor(() => {
      const tops = [...root.querySelectorAll<HTMLElement>('[role="listitem"]')].map((r) => parseInt(r.style.top, 10));
      expect(Math.min(...tops)).toBeGreaterThan(499_000);
      expect(tops.length).toBeLessThan(30);
    });
    // A search matching thousands: the newest first, then all of them counted exactly.
    const matches = await queryClippings(db, { text: '同比增长' });
    expect(matches.length).toBeGreaterThan(3000);
    await type(labelled(root, 'Search clippings'), '同比增长');
    await waitFor(() => expect(root.querySelector('.count')?.textContent).toBe(`${matches.length.toLocaleString("en")} of 10,000 clippings`), 20_000);
    list.scrollTop = 0;
    list.dispatchEvent(new Event('scroll'));
    await waitFor(() => expect(root.querySelector('article.clip')?.getAttribute('data-clipping-id')).toBe(matches[0]!.id));
  }, 60_000);

  it('searches a large library: the newest matches at once, then the exact count, and scrolling reaches the oldest', async () => {
    const db = library();
    await seedClippings(db, 1500);
    const matches = await queryClippings(db, { text: '鄂尔多斯' });
    const { root } = await show(db);
    await waitFor(() => expect(root.querySelector('.count')?.textContent).toBe('1,500 clippings'));
    await type(labelled(root, 'Search clippings'), '鄂尔多斯');
    await waitFor(() => expect(root.querySelector('article.clip')?.getAttribute('data-clipping-id')).toBe(matches[0]!.id));
    await waitFor(() => expect(root.querySelector('.count')?.textContent).toBe(`${matches.length.toLocaleString("en")} of 1,500 clippings`));
    const list = root.querySelector('.vlist') as HTMLElement;
    list.scrollTop = matches.length * CLIPPING_ROW_HEIGHT - 400;
    list.dispatchEvent(new Event('scroll'));
    await waitFor(() => {
      const shown = [...root.querySelectorAll('article.clip')].map((r) => r.getAttribute('data-clipping-id'));
      expect(shown).toContain(matches[matches.length - 1]!.id);
      expect(rowTexts(root).every((text) => text?.includes('鄂尔多斯'))).toBe(true);
    });
  }, 60_000);

  it('shows a clipping saved while the library is open at the top, and counts it', async () => {
    const db = library();
    await saveClipping(db, FREIGHT, 1000);
    const { root } = await show(db);
    await waitFor(() => expect(rowTexts(root)).toEqual([FREIGHT.text]));
    await saveClipping(db, SNOW, 2000);
    await waitFor(() => expect(rowTexts(root)).toEqual([SNOW.text, FREIGHT.text]));
    expect(root.querySelector('.count')?.textContent).toBe('2 clippings');
  });

  it('narrows the list as the user types a search, in Chinese or English', async () => {
    const db = library();
    for (const c of [FREIGHT, SNOW, ECOMMERCE]) await saveClipping(db, c);
    const { root } = await show(db);
    await waitFor(() => expect(rowTexts(root)).toHaveLength(3));
    await type(labelled(root, 'Search clippings'), '货运量');
    await waitFor(() => expect(rowTexts(root)).toEqual([FREIGHT.text]));
    expect(root.querySelector('.count')?.textContent).toBe('1 of 3 clippings');
    await type(labelled(root, 'Search clippings'), 'cross-border');
    await waitFor(() => expect(rowTexts(root)).toEqual([ECOMMERCE.text]));
    await type(labelled(root, 'Search clippings'), 'nothing like this');
    await waitFor(() => expect(root.textContent).toContain('No clippings match these filters.'));
  });

  it('filters by a prefecture and finds its counties', async () => {
    const db = library();
    for (const c of [SNOW, DONGSHENG, BAOTOU, FREIGHT]) await saveClipping(db, c);
    const { root } = await show(db);
    await waitFor(() => expect(rowTexts(root)).toHaveLength(4));
    const place = labelled(root, 'Place') as HTMLSelectElement;
    await waitFor(() => expect([...place.options].map((o) => o.textContent)).toContain('鄂尔多斯市'));
    // Rolled-up codes no clipping names still read as places, never as bare codes.
    expect([...place.options].map((o) => o.textContent)).toContain('内蒙古自治区');
    expect([...place.options].map((o) => o.textContent).filter((l) => /^\d+$/.test(l ?? ''))).toEqual([]);
    await type(place, '150600', 'change');
    await waitFor(() => expect(rowTexts(root).sort()).toEqual([DONGSHENG.text, SNOW.text].sort()));
    await click(button(root, 'Clear filters'));
    await waitFor(() => expect(rowTexts(root)).toHaveLength(4));
  });

  it('edits a note and tags, and the list shows the change', async () => {
    const db = library();
    const saved = await saveClipping(db, SNOW);
    const { root } = await show(db);
    await waitFor(() => expect(rowTexts(root)).toHaveLength(1));
    await click(button(root, 'Edit'));
    const dialog = root.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog).not.toBeNull();
    expect(document.activeElement).toBe(labelled(dialog, 'Note'));
    await type(labelled(dialog, 'Note'), 'Snow eased the drought');
    await type(labelled(dialog, 'Tags (comma separated)'), '天气, 旱情');
    await click(button(dialog, 'Save'));
    await waitFor(() => expect(root.querySelector('.clip-note')?.textContent).toBe('Snow eased the drought'));
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    expect(root.querySelector('.clip-meta')?.textContent).toContain('#旱情');
    expect((await queryClippings(db, { tag: '旱情' })).map((c) => c.id)).toEqual([saved.id]);
  });

  it('deletes a clipping and brings it back with undo', async () => {
    const db = library();
    await saveClipping(db, FREIGHT, 1000);
    await saveClipping(db, SNOW, 2000);
    const { root } = await show(db);
    await waitFor(() => expect(rowTexts(root)).toHaveLength(2));
    const freightRow = [...root.querySelectorAll('.clip')].find((r) => r.textContent?.includes('货运量'))!;
    await click(button(freightRow, 'Delete'));
    await waitFor(() => expect(rowTexts(root)).toEqual([SNOW.text]));
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Clipping deleted.');
    await click(button(root, 'Undo'));
    await waitFor(() => expect(rowTexts(root)).toEqual([SNOW.text, FREIGHT.text]));
  });

  it('opens the source page at the exact passage', async () => {
    const db = library();
    await saveClipping(db, FREIGHT);
    const { root, opened } = await show(db);
    await waitFor(() => expect(rowTexts(root)).toHaveLength(1));
    await click(button(root, 'Open'));
    expect(opened.urls).toHaveLength(1);
    expect(opened.urls[0]).toMatch(/^https:\/\/szb\.northnews\.cn\/.*#:~:text=/);
  });

  it('exports the current filter as Markdown, and copies it', async () => {
    const db = library();
    for (const c of [FREIGHT, SNOW]) await saveClipping(db, c);
    const { root, opened } = await show(db);
    await waitFor(() => expect(rowTexts(root)).toHaveLength(2));
    await type(labelled(root, 'Search clippings'), '毫米');
    await waitFor(() => expect(rowTexts(root)).toHaveLength(1));
    // The export reads the whole filter from the library when asked, so it lands a moment after the click.
    await click(button(root, 'Download Markdown'));
    await waitFor(() => expect(opened.downloads).toHaveLength(1));
    expect(opened.downloads[0]?.name).toMatch(/^jianbao-filter-\d{4}-\d{2}-\d{2}\.md$/);
    expect(opened.downloads[0]?.text).toContain('scope: "filter: 毫米"');
    expect(opened.downloads[0]?.text).toContain('准格尔旗');
    expect(opened.downloads[0]?.text).not.toContain('5842.2万吨');
    await click(button(root, 'Copy Markdown'));
    await waitFor(() => expect(opened.copied).toEqual([opened.downloads[0]!.text]));
  });

  it('shows hostile page text as text, never as markup', async () => {
    const db = library();
    await saveClipping(db, { ...FREIGHT, text: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>', note: '<b>bold?</b>' });
    const { root } = await show(db);
    await waitFor(() => expect(rowTexts(root)).toHaveLength(1));
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(root.querySelector('.clip-text')?.textContent).toContain('<script>');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('groups clippings under their article headline', async () => {
    const db = library();
    for (const c of [SNOW, DONGSHENG, FREIGHT]) await saveClipping(db, c);
    const { root, opened } = await show(db);
    await waitFor(() => expect(rowTexts(root)).toHaveLength(3));
    await click(labelled(root, 'Group by article'));
    await waitFor(() => expect([...root.querySelectorAll('.article-headline')].map((h) => h.textContent)).toHaveLength(2));
    expect([...root.querySelectorAll('.article-headline')].map((h) => h.textContent)).toContain('全区多地降雪有效缓解当前旱情');
    const header = [...root.querySelectorAll('.article-row')].find((r) => r.textContent?.includes('降雪'))!;
    await click(button(header, 'Markdown for this article'));
    await waitFor(() => expect(opened.downloads).toHaveLength(1));
    expect(opened.downloads[0]?.text).toMatch(/^---\ntitle: "全区多地降雪有效缓解当前旱情"/);
  });

  it('groups a large library by article: every article once, the one saved to last first', async () => {
    const db = library();
    const seeded = await seedClippings(db, 400);
    const newest = [...seeded].sort((a, b) => b.createdAt - a.createdAt)[0]!;
    const { root } = await show(db);
    await waitFor(() => expect(root.querySelector('.count')?.textContent).toBe('400 clippings'));
    await click(labelled(root, 'Group by article'));
    await waitFor(() => expect(root.querySelector('.article-headline')?.textContent).toBe(newest.article!.headline));
    await waitFor(() => {
      const headlines = [...root.querySelectorAll('.article-headline')].map((h) => h.textContent);
      expect(new Set(headlines).size).toBe(headlines.length);
      expect(root.querySelector('article.clip')?.getAttribute('data-clipping-id')).toBe(newest.id);
    });
  }, 60_000);

  it('imports a backup and reports a damaged one without changing anything', async () => {
    const db = library();
    await saveClipping(db, FREIGHT);
    const { root } = await show(db);
    await waitFor(() => expect(rowTexts(root)).toHaveLength(1));
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['{"format":"jianbao-backup","version":1,"clippings":[{"id":'], 'broken.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await type(input, '', 'change');
    await waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/not complete JSON/));
    expect(rowTexts(root)).toHaveLength(1);
  });
});

describe('keyboard use', () => {
  it('moves between rows with the arrow keys and returns focus after editing and deleting', async () => {
    const db = library();
    await saveClipping(db, FREIGHT, 1000);
    await saveClipping(db, SNOW, 2000);
    const { root } = await show(db);
    await waitFor(() => expect(rowTexts(root)).toHaveLength(2));
    const edits = [...root.querySelectorAll('button')].filter((b) => b.textContent === 'Edit');
    edits[0]!.focus();
    edits[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(edits[1]);
    await click(edits[1]);
    const dialog = root.querySelector('[role="dialog"]') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(labelled(dialog, 'Note')));
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => expect(root.querySelector('[role="dialog"]')).toBeNull());
    expect(document.activeElement).toBe(edits[1]);
    await click(button(root.querySelectorAll('.clip')[1]!, 'Delete'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Undo'));
  });
});

describe('failures the user is told about', () => {
  it('says so when the disk is full while saving an edit, and keeps the old note', async () => {
    const db = library();
    await saveClipping(db, SNOW);
    const { root } = await show(db);
    await waitFor(() => expect(rowTexts(root)).toHaveLength(1));
    const put = db.clippings.put.bind(db.clippings);
    db.clippings.put = (() => {
      const e = new Error('quota');
      e.name = 'QuotaExceededError';
      return Dexie.Promise.reject(new Dexie.QuotaExceededError(e));
    }) as typeof put;
    await click(button(root, 'Edit'));
    const dialog = root.querySelector('[role="dialog"]') as HTMLElement;
    await type(labelled(dialog, 'Note'), 'will not fit');
    await click(button(dialog, 'Save'));
    await waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/no room left/));
    db.clippings.put = put;
    expect(root.querySelector('[role="dialog"]')).not.toBeNull();
    expect((await queryClippings(db))[0]!.note).toBe('');
  });
});
