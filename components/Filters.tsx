// Search box and filters. Every control has a visible label; the parent owns the filter state.
import type { FigureKind } from '../lib/types';
import type { ClippingFilter } from '../lib/store/queries';
import type { Strings } from './i18n';

export interface FilterOptions {
  places: { code: string; label: string }[];
  kinds: FigureKind[];
  sites: string[];
  tags: string[];
}

export interface FiltersProps {
  filter: ClippingFilter;
  options: FilterOptions;
  grouped: boolean;
  t: Strings;
  onChange: (filter: ClippingFilter) => void;
  onGroupedChange: (grouped: boolean) => void;
}

/** yyyy-mm-dd (local) <-> epoch ms at local midnight. */
export function dayStart(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}
function dayValue(ms: number | undefined): string {
  if (ms === undefined) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
const DAY = 86_400_000;

function set<K extends keyof ClippingFilter>(filter: ClippingFilter, key: K, value: ClippingFilter[K] | ''): ClippingFilter {
  const next = { ...filter };
  if (value === '' || value === undefined) delete next[key];
  else next[key] = value as ClippingFilter[K];
  return next;
}

export function Filters({ filter, options, grouped, t, onChange, onGroupedChange }: FiltersProps) {
  const select = (id: string, label: string, key: 'placeCode' | 'site' | 'tag' | 'figureKind', choices: { value: string; label: string }[]) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={filter[key] ?? ''} onChange={(e) => onChange(set(filter, key, e.currentTarget.value as never))}>
        <option value="">{t.any}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
  const active = Object.keys(filter).length > 0;
  return (
    <div class="filters" role="search">
      <div class="field field-search">
        <label for="search">{t.search}</label>
        <input
          id="search"
          type="search"
          placeholder={t.searchPlaceholder}
          value={filter.text ?? ''}
          onInput={(e) => onChange(set(filter, 'text', e.currentTarget.value))}
        />
      </div>
      {select('filter-place', t.place, 'placeCode', options.places.map((p) => ({ value: p.code, label: p.label })))}
      {select('filter-kind', t.figureKind, 'figureKind', options.kinds.map((k) => ({ value: k, label: t.kinds[k] })))}
      {select('filter-site', t.site, 'site', options.sites.map((s) => ({ value: s, label: s })))}
      {select('filter-tag', t.tag, 'tag', options.tags.map((s) => ({ value: s, label: s })))}
      <div class="field">
        <label for="filter-from">{t.from}</label>
        <input id="filter-from" type="date" value={dayValue(filter.from)} onChange={(e) => onChange(set(filter, 'from', dayStart(e.currentTarget.value) ?? ''))} />
      </div>
      <div class="field">
        <label for="filter-to">{t.to}</label>
        <input
          id="filter-to"
          type="date"
          value={dayValue(filter.to === undefined ? undefined : filter.to - DAY)}
          onChange={(e) => {
            const start = dayStart(e.currentTarget.value);
            onChange(set(filter, 'to', start === undefined ? '' : start + DAY));
          }}
        />
      </div>
      <div class="field field-check">
        <input id="group" type="checkbox" checked={grouped} onChange={(e) => onGroupedChange(e.currentTarget.checked)} />
        <label for="group">{t.groupByArticle}</label>
      </div>
      {active ? (
        <button type="button" class="clear" onClick={() => onChange({})}>
          {t.clearFilters}
        </button>
      ) : null}
    </div>
  );
}
