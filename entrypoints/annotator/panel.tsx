// The in-page panel (rendered inside a shadow root): the articles found, and the clipping form.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CLIP_COLORS, type ClipColor } from '@/lib/clipping';
import { datelineText } from '@/lib/export/markdown';
import type { Dateline } from '@/lib/types';
import type { Strings } from './strings';

/**
 * Every handler of the panel goes through this: an event the page's own scripts made (dispatchEvent, element.click())
 * is not the reader's, and is ignored. The panel lives in a closed shadow root, so the page cannot reach its
 * elements anyway; this holds even if it found a way to.
 */
export function trusted<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) handler(e);
  };
}

export interface PanelArticle {
  headline: string;
  dateline: Dateline | null;
  figures: number;
  places: number;
  continuedFrom: string | null;
  continuesTo: string | null;
  truncated: boolean;
  photo: boolean;
}

export interface ClipDraft {
  text: string;
  note: string;
  tags: string;
  color: ClipColor;
}

export interface PanelProps {
  t: Strings;
  visible: boolean;
  articles: PanelArticle[];
  figures: number;
  places: number;
  clippings: number;
  /** Saved clippings of this page not found again: counted only, their text stays in the library. */
  orphans: number;
  message: string | null;
  /** The page changed after it was annotated: offer to read it again. */
  stale: boolean;
  toast: { text: string; error: boolean } | null;
  draft: ClipDraft | null;
  onToggle(): void;
  onRerun(): void;
  onClose(): void;
  onOpenLibrary(): void;
  onScrollTo(article: number): void;
  onSaveArticle(article: number): void;
  onDraftChange(draft: ClipDraft): void;
  onDraftSave(): void;
  onDraftCancel(): void;
}

export function Panel(p: PanelProps) {
  const { t } = p;
  return (
    <aside class="panel" role="complementary" aria-label={t.title}>
      <header>
        <strong>{t.title}</strong>
        <span class="summary" data-testid="summary">
          {t.articles(p.articles.length)} · {t.figures(p.figures)} · {t.places(p.places)}
        </span>
        <div class="actions">
          <button type="button" onClick={trusted(p.onToggle)} aria-pressed={p.visible} data-testid="toggle">
            {p.visible ? t.hide : t.show}
          </button>
          <button type="button" onClick={trusted(p.onOpenLibrary)} data-testid="open-library">{t.library}</button>
          <button type="button" onClick={trusted(p.onRerun)} title={t.rerun} aria-label={t.rerun}>↻</button>
          <button type="button" onClick={trusted(p.onClose)} title={t.close} aria-label={t.close}>×</button>
        </div>
      </header>
      {p.toast && (
        <p class={p.toast.error ? 'toast error' : 'toast'} role="status" data-testid="toast">{p.toast.text}</p>
      )}
      {p.draft && <ClipForm t={t} draft={p.draft} onChange={p.onDraftChange} onSave={p.onDraftSave} onCancel={p.onDraftCancel} />}
      {p.message && <p class="message" role="status">{p.message}</p>}
      {p.stale && (
        <p class="message" role="status" data-testid="stale">
          {t.pageChanged}{' '}
          <button type="button" onClick={trusted(p.onRerun)}>{t.rerun}</button>
        </p>
      )}
      {p.clippings > 0 && <p class="note">{t.clippings(p.clippings)}</p>}
      {p.orphans > 0 && (
        <p class="orphans" data-testid="orphans">
          {t.orphans(p.orphans)}
        </p>
      )}
      <ol class="articles" data-testid="articles">
        {p.articles.map((a, i) => (
          <li key={i}>
            <button type="button" class="headline" onClick={trusted(() => p.onScrollTo(i))}>{a.headline}</button>
            <div class="meta">
              {a.dateline && <span class="dateline">{datelineText(a.dateline)}</span>}
              <span>{t.figures(a.figures)}</span>
              <span>{t.places(a.places)}</span>
              {a.continuedFrom && <span class="flag">{t.continuedFrom(a.continuedFrom)}</span>}
              {a.continuesTo && <span class="flag">{t.continuesTo(a.continuesTo)}</span>}
              {a.truncated && <span class="flag">{t.truncated}</span>}
              {a.photo && <span class="flag">{t.photo}</span>}
            </div>
            <button type="button" class="save" onClick={trusted(() => p.onSaveArticle(i))}>{t.saveArticle}</button>
          </li>
        ))}
      </ol>
    </aside>
  );
}

function ClipForm(props: { t: Strings; draft: ClipDraft; onChange(d: ClipDraft): void; onSave(): void; onCancel(): void }) {
  const { t, draft, onChange } = props;
  const note = useRef<HTMLTextAreaElement>(null);
  // Focus the note as the form appears, not a frame later (useEffect): a later focus would pull away whatever
  // the reader (or a test) has started typing into the tags field.
  useLayoutEffect(() => note.current?.focus(), []);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="clip-form"
      data-testid="clip-form"
      // The browser fires submit as trusted even when a script clicked the button: the save itself is the save
      // button's trusted click (Enter in a field clicks it too, as the reader's own key press).
      onSubmit={(e) => e.preventDefault()}
      onKeyDown={trusted((e) => e.key === 'Escape' && props.onCancel())}
    >
      <blockquote>{draft.text.length > 240 ? draft.text.slice(0, 240) + '…' : draft.text}</blockquote>
      <label>
        {t.note}
        <textarea ref={note} value={draft.note} onInput={trusted((e) => onChange({ ...draft, note: e.currentTarget.value }))} rows={2} />
      </label>
      <label>
        {t.tags}
        <input value={draft.tags} onInput={trusted((e) => onChange({ ...draft, tags: e.currentTarget.value }))} />
      </label>
      <fieldset>
        <legend>{t.colour}</legend>
        {CLIP_COLORS.map((c) => (
          <label class={`swatch ${c}`} key={c}>
            <input type="radio" name="colour" value={c} checked={draft.color === c} onChange={trusted(() => onChange({ ...draft, color: c }))} />
            <span class="visually-hidden">{c}</span>
          </label>
        ))}
      </fieldset>
      <div class="row">
        <button
          type="submit"
          disabled={busy}
          data-testid="clip-save"
          onClick={trusted((e) => {
            e.preventDefault();
            setBusy(true);
            props.onSave();
          })}
        >
          {t.save}
        </button>
        <button type="button" onClick={trusted(props.onCancel)}>{t.cancel}</button>
      </div>
    </form>
  );
}
