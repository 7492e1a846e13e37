// The library's figures view: the figures of the filtered clippings by kind and unit, in a table sortable by any
// column, with a bar for how many each group holds; a group opens to its figures, largest first, each naming the
// article it came from. Dates are left out unless the reader asks for them (they say when, not how much).
import { useMemo, useState } from 'preact/hooks';
import type { Clipping } from '../lib/clipping';
import { sortFigureGroups, summariseFigures, type FigureGroup, type FigureSortKey } from '../lib/summary/figures';
import type { Lang, Strings } from './i18n';

/** Figures shown when a group is opened; the rest are counted. */
const ENTRIES_SHOWN = 50;

export interface FiguresViewProps {
  clippings: Clipping[];
  lang: Lang;
  t: Strings;
}

export function FiguresView({ clippings, lang, t }: FiguresViewProps) {
  const [includeDates, setIncludeDates] = useState(false);
  const [sort, setSort] = useState<{ by: FigureSortKey; descending: boolean }>({ by: 'count', descending: true });
  const [open, setOpen] = useState<string | null>(null);
  const groups = useMemo(() => summariseFigures(clippings, { includeDates }), [clippings, includeDates]);
  const sorted = useMemo(() => sortFigureGroups(groups, sort.by, sort.descending), [groups, sort]);
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const number = useMemo(() => new Intl.NumberFormat(locale, { maximumSignificantDigits: 4 }), [locale]);
  const fmt = (v: number | null) => (v === null ? '—' : number.format(v));
  const most = Math.max(1, ...groups.map((g) => g.count));
  const head = (by: FigureSortKey, label: string) => (
    <th scope="col" aria-sort={sort.by === by ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={() => setSort((s) => ({ by, descending: s.by === by ? !s.descending : by === 'count' || by === 'max' }))}>
        {label}
      </button>
    </th>
  );
  const keyOf = (g: FigureGroup) => `${g.kind}/${g.unit ?? ''}`;
  return (
    <section class="figures-view" aria-label={t.views.figures}>
      <label class="field-check">
        <input type="checkbox" checked={includeDates} onChange={(e) => setIncludeDates((e.currentTarget as HTMLInputElement).checked)} />
        {t.includeDates}
      </label>
      {sorted.length === 0 ? (
        <p class="figures-none">{t.figuresNone}</p>
      ) : (
        <table class="figures-table">
          <thead>
            <tr>
              {head('kind', t.figureKind)}
              {head('unit', t.unit)}
              {head('count', t.howMany)}
              {head('min', t.smallest)}
              {head('median', t.median)}
              {head('max', t.largest)}
            </tr>
          </thead>
          <tbody>
            {sorted.map((g) => {
              const k = keyOf(g);
              const expanded = open === k;
              return [
                <tr class="figure-group">
                  <th scope="row">
                    <button type="button" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : k)}>
                      {t.kinds[g.kind]}
                    </button>
                  </th>
                  <td>{g.unit ?? '—'}</td>
                  <td class="bar-cell">
                    <span class="bar" style={{ width: `${Math.max(4, (g.count / most) * 100)}%` }} aria-hidden="true" />
                    <span class="n">{g.count.toLocaleString(locale)}</span>
                  </td>
                  <td>{fmt(g.min)}</td>
                  <td>{fmt(g.median)}</td>
                  <td>{fmt(g.max)}</td>
                </tr>,
                expanded ? (
                  <tr class="figure-entries">
                    <td colSpan={6}>
                      <ol>
                        {g.entries.slice(0, ENTRIES_SHOWN).map((e) => (
                          <li>
                            <span class="figure-text">{e.text}</span> <span class="figure-value">{fmt(e.value)}</span>{' '}
                            <span class="figure-source">{e.headline}</span>
                          </li>
                        ))}
                      </ol>
                      {g.entries.length > ENTRIES_SHOWN ? <p class="more">{t.moreFigures(g.entries.length - ENTRIES_SHOWN)}</p> : null}
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
