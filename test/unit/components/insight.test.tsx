// The library's map and figures views as a reader uses them: what they show for the clippings the filter selects,
// and clicking a region to filter by it.
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { act } from 'preact/test-utils';
import { topology } from 'topojson-server';
import type { FeatureCollection } from 'geojson';
import { Library } from '../../../components/Library';
import type { MapTopology } from '../../../components/MapView';
import { openLibrary, saveClipping, type LibraryDb } from '../../../lib/store';
import { BAOTOU, DONGSHENG, ECOMMERCE, FREIGHT, SNOW } from '../store/clipping-fixtures';
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

const square = (x: number, y: number, code: string | null, name: string) => ({
  type: 'Feature' as const,
  properties: { code, name },
  geometry: { type: 'Polygon' as const, coordinates: [[[x, y], [x + 5, y], [x + 5, y + 5], [x, y + 5], [x, y]]] },
});
/** A map of four regions in the shape of map.json: two prefectures of Inner Mongolia, Mongolia and China. */
const MAP = topology({
  china: { type: 'FeatureCollection', features: [square(108, 38, '150600', '鄂尔多斯市'), square(109, 40, '150200', '包头市'), square(111, 40, '150100', '呼和浩特市')] } as FeatureCollection,
  world: { type: 'FeatureCollection', features: [square(100, 45, 'MN', 'Mongolia'), square(105, 30, 'CN', 'China')] } as FeatureCollection,
}) as unknown as MapTopology;

/** The gazetteer's English names as the library page's loadPlaceNamer gives them (its own name where it has none). */
const ENGLISH: Record<string, string> = { '150600': 'Ordos', '150200': 'Baotou', '150000': 'Inner Mongolia' };
const englishNamer = async () => (p: { code: string | null; name: string }) => (p.code && ENGLISH[p.code]) || p.name;

async function show(lang: 'zh' | 'en' = 'en', loadPlaceNamer?: typeof englishNamer): Promise<HTMLElement> {
  const db: LibraryDb = openLibrary(`insight-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  let t = 1000;
  for (const c of [FREIGHT, SNOW, DONGSHENG, ECOMMERCE, BAOTOU]) await saveClipping(db, c, (t += 1000));
  const root = await mount(<Library db={db} lang={lang} listHeight={400} openUrl={() => {}} loadMap={async () => MAP} loadPlaceNamer={loadPlaceNamer} />);
  roots.push(root);
  await waitFor(() => expect(root.querySelectorAll('.clip').length).toBe(5));
  return root;
}

describe('the map view', () => {
  it('shades each prefecture by how many clippings name it, ranks them, and filters the list by a click', async () => {
    const root = await show();
    await click(button(root, 'Map'));
    const ordos = await waitFor(() => {
      const p = root.querySelector<SVGPathElement>('path[data-code="150600"]');
      expect(p).not.toBeNull();
      return p!;
    });
    const baotou = root.querySelector<SVGPathElement>('path[data-code="150200"]')!;
    // 鄂尔多斯 is named by two clippings, 包头 by one: darker for more.
    expect(ordos.getAttribute('fill')).not.toBe(baotou.getAttribute('fill'));
    expect(ordos.querySelector('title')?.textContent).toBe('鄂尔多斯市: 2 clippings');
    const ranked = [...root.querySelectorAll('.map-ranked button')].map((b) => b.textContent);
    expect(ranked[0]).toContain('鄂尔多斯市');
    expect(root.querySelector('.map-legend')?.textContent).toContain('1');

    await click(root.querySelector('.map-ranked button'));
    await click(button(root, 'List'));
    await waitFor(() => expect(root.querySelector('.count')?.textContent).toBe('2 of 5 clippings'));
  });

  it('in the English UI names prefectures by the gazetteer’s English names, on the map and in the place filter', async () => {
    const root = await show('en', englishNamer);
    await waitFor(() => expect([...root.querySelectorAll('select option')].map((o) => o.textContent)).toContain('Ordos'));
    expect([...root.querySelectorAll('select option')].map((o) => o.textContent)).not.toContain('鄂尔多斯市');
    await click(button(root, 'Map'));
    await waitFor(() => expect(root.querySelector('path[data-code="150600"] title')?.textContent).toBe('Ordos: 2 clippings'));
    expect([...root.querySelectorAll('.map-ranked button')].map((b) => b.textContent)[0]).toContain('Ordos');
    // A prefecture the gazetteer has no English name for keeps the boundary data's own.
    expect(root.querySelector('path[data-code="150100"] title')?.textContent).toBe('呼和浩特市: 1 clipping');
  });

  it('shows the world with country names in the reader’s language, and China opens China’s map', async () => {
    const root = await show('zh');
    await click(button(root, '地图'));
    await waitFor(() => expect(root.querySelector('path[data-code]')).not.toBeNull());
    await click(button(root, '世界'));
    const china = await waitFor(() => {
      const p = root.querySelector<SVGPathElement>('path[data-code="CN"]');
      expect(p).not.toBeNull();
      return p!;
    });
    expect(china.querySelector('title')?.textContent).toBe('中国：3 条剪报');
    expect(root.querySelector('path[data-code="MN"] title')?.textContent).toBe('蒙古');
    await act(() => {
      china.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    await waitFor(() => expect(root.querySelector('path[data-code="150600"]')).not.toBeNull());
  });
});

describe('the figures view', () => {
  it('lists the figures by kind and unit, sortable, with years left out unless asked for', async () => {
    const root = await show();
    await click(button(root, 'Figures'));
    const rows = () => [...root.querySelectorAll('.figures-table tbody tr.figure-group')].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(rows()[0]).toEqual(['Quantity', 'mm', '4', '4.6', '4.85', '5.3']);
    expect(rows().some((r) => r[0] === 'Date')).toBe(false);
    await click(root.querySelector('.figures-view input[type="checkbox"]'));
    await waitFor(() => expect(rows().some((r) => r[0] === 'Date')).toBe(true));

    await click(button(root, 'Largest'));
    expect(rows()[0]![0]).toBe('Money');
    await click(button(root, 'Largest'));
    expect(rows()[0]![0]).not.toBe('Money');

    // Back to the most figures first: the millimetres of snow open to their figures, largest first.
    await click(button(root, 'How many'));
    expect(rows()[0]!.slice(0, 2)).toEqual(['Quantity', 'mm']);
    await click(root.querySelector('.figures-table tbody tr.figure-group th button'));
    expect([...root.querySelectorAll('.figure-entries .figure-text')].map((e) => e.textContent)).toEqual(['5.3毫米', '4.9毫米', '4.8毫米', '4.6毫米']);
  });
});
