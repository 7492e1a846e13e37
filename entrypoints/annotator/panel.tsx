// The in-page panel (rendered inside a shadow root): the articles found, the legend, and the clipping form. It sits
// at the left or right edge, or folds to a small tab there; highlights are shown or hidden on their own.
import { datelineText } from '@/lib/export/markdown';
import type { Dateline } from '@/lib/types';
import { ClipForm, type ClipDraft } from './clip-form';
import type { LegendCategory } from './legend';
import type { Strings } from './strings';
import { trusted } from './trusted';

export { trusted } from './trusted';
export type { ClipDraft } from './clip-form';

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

export type PanelSide = 'left' | 'right';

export interface PanelProps {
  t: Strings;
  /** The highlights are shown. */
  visible: boolean;
  side: PanelSide;
  collapsed: boolean;
  articles: PanelArticle[];
  figures: number;
  places: number;
  legend: { category: LegendCategory; count: number }[];
  clippings: number;
  /** Saved clippings of this page not found again: counted only, their text stays in the library. */
  orphans: number;
  message: string | null;
  /** The page changed after it was annotated: offer to read it again. */
  stale: boolean;
  toast: { text: string; error: boolean } | null;
  draft: ClipDraft | null;
  onToggle(): void;
  onMove(side: PanelSide): void;
  onCollapse(collapsed: boolean): void;
  /** Narrow by default; the reader may widen it (and narrow it again). */
  wide: boolean;
  onWiden(wide: boolean): void;
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
  if (p.collapsed) {
    return (
      <button
        type="button"
        class={`tab ${p.side}`}
        data-testid="panel-tab"
        data-side={p.side}
        title={t.expand}
        aria-label={`${t.expand}: ${t.figures(p.figures)}, ${t.places(p.places)}`}
        onClick={trusted(() => p.onCollapse(false))}
      >
        <span class="tab-title">{t.title}</span>
        <span class="tab-count">{p.figures + p.places}</span>
      </button>
    );
  }
  const other: PanelSide = p.side === 'right' ? 'left' : 'right';
  return (
    <aside class={`panel ${p.side}${p.wide ? ' wide' : ''}`} role="complementary" aria-label={t.title} data-testid="panel" data-side={p.side}>
      <header>
        <div class="title-row">
          <strong>{t.title}</strong>
          <span class="place-actions">
            <button type="button" data-testid="move" title={other === 'left' ? t.moveLeft : t.moveRight} aria-label={other === 'left' ? t.moveLeft : t.moveRight} onClick={trusted(() => p.onMove(other))}>
              {other === 'left' ? '⇤' : '⇥'}
            </button>
            <button type="button" data-testid="width" title={p.wide ? t.narrower : t.wider} aria-label={p.wide ? t.narrower : t.wider} aria-pressed={p.wide} onClick={trusted(() => p.onWiden(!p.wide))}>
              ↔
            </button>
            <button type="button" data-testid="collapse" title={t.collapse} aria-label={t.collapse} onClick={trusted(() => p.onCollapse(true))}>–</button>
            <button type="button" data-testid="close" title={t.close} aria-label={t.close} onClick={trusted(p.onClose)}>×</button>
          </span>
        </div>
        <span class="summary" data-testid="summary">
          {t.articles(p.articles.length)} · {t.figures(p.figures)} · {t.places(p.places)}
        </span>
        <div class="actions">
          <button type="button" onClick={trusted(p.onToggle)} data-testid="toggle">
            {p.visible ? t.hide : t.show}
          </button>
          <button type="button" onClick={trusted(p.onOpenLibrary)} data-testid="open-library">{t.library}</button>
          <button type="button" onClick={trusted(p.onRerun)} title={t.rerun} aria-label={t.rerun}>↻</button>
        </div>
      </header>
      {p.legend.length > 0 && (
        <ul class={p.visible ? 'legend' : 'legend off'} aria-label={t.legend} data-testid="legend">
          {p.legend.map((l) => (
            <li key={l.category} data-category={l.category}>
              <span class={`sw sw-${l.category}`} aria-hidden="true" />
              {t.categories[l.category]} <span class="n">{l.count}</span>
            </li>
          ))}
        </ul>
      )}
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
