// The panel's place as the extension keeps it: edge, folded, and (since the panel is narrow by default) widened.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackgroundRequest } from '../../../lib/messages';
import { PrefsDb, panelPlace, setPanelPlace } from '../../../lib/store/prefs';

const dbs: PrefsDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});
const fresh = () => {
  const db = new PrefsDb(`prefs-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
};

describe('the panel\'s remembered place', () => {
  it('keeps the edge, the fold and the width the reader chose', async () => {
    const db = fresh();
    expect(await panelPlace(db)).toBeNull();
    await setPanelPlace(db, { side: 'left', collapsed: false, wide: true });
    expect(await panelPlace(db)).toEqual({ side: 'left', collapsed: false, wide: true });
    await setPanelPlace(db, { side: 'right', collapsed: true });
    expect(await panelPlace(db)).toEqual({ side: 'right', collapsed: true, wide: false });
  });

  it('reads a place kept before the width existed, and refuses a width that is not a yes or no', async () => {
    const db = fresh();
    await db.prefs.put({ key: 'panel-place', value: { side: 'left', collapsed: true } });
    expect(await panelPlace(db)).toEqual({ side: 'left', collapsed: true });
    await db.prefs.put({ key: 'panel-place', value: { side: 'left', collapsed: true, wide: 'very' } });
    expect(await panelPlace(db)).toBeNull();
  });

  it('is set through a validated message that carries the width', () => {
    expect(parseBackgroundRequest({ type: 'jianbao:set-panel-place', place: { side: 'right', collapsed: false, wide: true } })).not.toBeNull();
    expect(parseBackgroundRequest({ type: 'jianbao:set-panel-place', place: { side: 'right', collapsed: false, wide: 1 } })).toBeNull();
  });
});
