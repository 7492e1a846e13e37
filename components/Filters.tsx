// Search box and filters. Every control has a visible label; the parent owns the filter state.
import type { FigureKind } from '../lib/types';
import type { ClippingFilter } from '../lib/store/queries';
import { useEffect, useState } from 'preact/hooks';
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

/**
 * A day as a reader writes it (2023-02-09, 2023-2-9, 2023/2/9, 2023.2.9, 2023年2月9日) <-> epoch ms at local
 * midnight; undefined for anything else, or a day no calendar has (2023-02-30).
 */
export function dayStart(value: string): number | undefined {
  const m = /^\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?\s*$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return undefined;
  return date.getTime();
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
        <DayField id="filter-from" t={t} value={dayValue(filter.from)} onDay={(start) => onChange(set(filter, 'from', start ?? ''))} />
      </div>
      <div class="field">
        <label for="filter-to">{t.to}</label>
        <DayField
          id="filter-to"
          t={t}
          value={dayValue(filter.to === undefined ? undefined : filter.to - DAY)}
          onDay={(start) => onChange(set(filter, 'to', start === undefined ? '' : start + DAY))}
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

/**
 * A day typed as text, in place of the browser's date input (whose mm/dd/yyyy and calendar follow the browser's
 * locale, not the library's language): the placeholder and the message for a day it cannot read are the UI's.
 * The filter changes when the field is committed (Enter or leaving it); an empty field clears it.
 */
function DayField(props: { id: string; t: Strings; value: string; onDay(start: number | undefined): void }) {
  const { id, t } = props;
  const [text, setText] = useState(props.value);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(props.value);
    setInvalid(false);
  }, [props.value]);
  const commit = (value: string) => {
    if (!value.trim()) {
      setInvalid(false);
      props.onDay(undefined);
      return;
    }
    const start = dayStart(value);
    setInvalid(start === undefined);
    if (start !== undefined) props.onDay(start);
  };
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t.datePlaceholder}
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-invalid` : undefined}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={(e) => commit(e.currentTarget.value)}
      />
      {invalid && (
        <span id={`${id}-invalid`} class="field-error" role="alert">
          {t.dateInvalid}
        </span>
      )}
    </>
  );
}
