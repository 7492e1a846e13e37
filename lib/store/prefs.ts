// The extension's own small preferences (where the in-page panel sits), in a database of their own beside the
// library's: the library's schema and upgrades stay as they are, and a page never sees either.
import { Dexie, type Table } from 'dexie';
import { parsePanelPlace, type PanelPlace } from '../messages';

export const PREFS_DB_NAME = 'jianbao-prefs';

interface PrefRow {
  key: string;
  value: unknown;
}

export class PrefsDb extends Dexie {
  declare prefs: Table<PrefRow, string>;

  constructor(name: string = PREFS_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ prefs: 'key' });
  }
}

const PANEL = 'panel-place';

/** The panel's last place, or null when none was kept (or what was kept no longer fits its shape). */
export async function panelPlace(db: PrefsDb): Promise<PanelPlace | null> {
  const row = await db.prefs.get(PANEL);
  return row ? parsePanelPlace(row.value) : null;
}

export async function setPanelPlace(db: PrefsDb, place: PanelPlace): Promise<void> {
  await db.prefs.put({ key: PANEL, value: { side: place.side, collapsed: place.collapsed, wide: place.wide === true } });
}
