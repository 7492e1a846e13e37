// One clipping in the list: colour, the passage with its figures and places marked as on the page, where it came
// from, and what can be done with it.
import type { Clipping } from '../lib/clipping';
import { markRuns } from '../lib/marks';
import type { Strings } from './i18n';

/** Two lines of passage, the note, where it came from and the actions, at the library's 15 px text. */
export const CLIPPING_ROW_HEIGHT = 136;

export interface ClippingRowProps {
  clipping: Clipping;
  t: Strings;
  locale: string;
  onOpen: (c: Clipping) => void;
  onEdit: (c: Clipping) => void;
  onDelete: (c: Clipping) => void;
}

export function ClippingRow({ clipping: c, t, locale, onOpen, onEdit, onDelete }: ClippingRowProps) {
  const when = new Date(c.createdAt).toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
  const source = c.article?.headline || c.pageTitle || c.site;
  return (
    <article class={`clip clip-${c.color}`} data-clipping-id={c.id} aria-label={c.text.slice(0, 80)}>
      <p class="clip-text">
        {markRuns(c.text, c.figures, c.places).map((r) =>
          r.mark === null ? r.text : <mark class={r.mark === 'place' ? 'm-place' : `m-figure m-${r.kind}`}>{r.text}</mark>,
        )}
      </p>
      {c.note ? <p class="clip-note">{c.note}</p> : null}
      <p class="clip-meta">
        <span class="clip-source">{source}</span>
        <span> · {c.site} · {when}</span>
        {c.tags.map((tag) => (
          <span class="clip-tag" key={tag}>
            #{tag}
          </span>
        ))}
      </p>
      <div class="clip-actions">
        <button type="button" onClick={() => onOpen(c)} title={t.openLabel} aria-label={`${t.openLabel}`}>
          {t.open}
        </button>
        <button type="button" onClick={() => onEdit(c)}>
          {t.edit}
        </button>
        <button type="button" onClick={() => onDelete(c)}>
          {t.delete}
        </button>
      </div>
    </article>
  );
}
