// The page side of a click: run the pipeline on the live page, paint highlights, show the panel, save clippings.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { annotateText, type Annotations } from '@/lib/annotate';
import { articleText } from '@/lib/article-text';
import { anchor, describeRange } from '@/lib/anchor';
import type { Clipping, ClipColor, NewClipping } from '@/lib/clipping';
import { pageHighlights, type HighlightEntry, type PageHighlights } from '@/lib/highlight/entries';
import { annotatorLang } from '@/lib/lang';
import type { AnnotateReport, BackgroundRequest, BackgroundResponses, SaveResult } from '@/lib/messages';
import { extractDocument, type DocumentExtract } from '@/lib/pipeline';
import { parseGazetteer, placeHierarchy, type Gazetteer, type PlaceContext } from '@/lib/places';
import { Panel, type ClipDraft } from './panel';
import { PANEL_CSS } from './panel.css.ts';
import { strings } from './strings';
import { describeFigure } from './describe';

const HOST_ID = 'jianbao-host';

async function ask<R extends BackgroundRequest>(request: R): Promise<BackgroundResponses[R['type']]> {
  return (await browser.runtime.sendMessage(request)) as BackgroundResponses[R['type']];
}

export class Annotator {
  private t = strings();
  private gazetteer: Gazetteer | null = null;
  private extract: DocumentExtract | null = null;
  private context: PlaceContext | undefined;
  private page: PageHighlights | null = null;
  private visible = false;
  private clipRanges = new Map<ClipColor, Range[]>();
  private clippingCount = 0;
  private orphans: string[] = [];
  private draft: ClipDraft | null = null;
  private draftRange: Range | null = null;
  private toast: { text: string; error: boolean } | null = null;
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private floatButton: HTMLButtonElement | null = null;
  private tip: HTMLDivElement | null = null;
  private stale = false;
  private observer: MutationObserver | null = null;

  /** Toolbar click: first time annotate; afterwards toggle highlights and panel. */
  async click(): Promise<AnnotateReport> {
    if (!this.extract) return this.run();
    this.setVisible(!this.visible);
    return this.report();
  }

  /** Re-run on demand, for pages that changed after load. */
  async run(): Promise<AnnotateReport> {
    this.gazetteer ??= await loadGazetteer();
    this.clear();
    this.extract = extractDocument(document, { url: location.href, gazetteer: this.gazetteer });
    this.context = this.extract.context;
    this.page = pageHighlights(document, this.extract);
    await this.loadClippings();
    this.mount();
    this.listen();
    this.watchForChanges();
    this.setVisible(true);
    return this.report();
  }

  report(): AnnotateReport {
    const entries = this.page?.entries ?? [];
    return {
      visible: this.visible,
      articles: this.extract?.result.articles.length ?? 0,
      figures: entries.filter((e) => e.kind === 'figure').length,
      places: entries.filter((e) => e.kind === 'place').length,
      clippings: this.clippingCount,
      orphans: this.orphans.length,
      message: this.extract && !this.extract.result.articles.length ? this.t.nothing : null,
    };
  }

  /** Context menu: save what is selected right now. */
  async saveSelection(): Promise<SaveResult> {
    const range = currentSelectionRange(this.host);
    if (!range) {
      this.showToast(this.t.noSelection, true);
      return { ok: false, error: this.t.noSelection };
    }
    return this.save(range, { text: range.toString(), note: '', tags: '', color: 'yellow' });
  }

  private setVisible(visible: boolean): void {
    this.visible = visible;
    this.paint();
    this.renderPanel();
  }

  private paint(): void {
    const registry = CSS.highlights;
    for (const name of [...registry.keys()]) if (String(name).startsWith('jianbao-')) registry.delete(name);
    if (!this.visible || !this.page) return;
    const sets = new Map<string, Range[]>();
    for (const e of this.page.entries) {
      const list = sets.get(e.set) ?? [];
      list.push(...e.ranges);
      sets.set(e.set, list);
    }
    for (const [color, ranges] of this.clipRanges) sets.set(`jianbao-clip-${color}`, ranges);
    for (const [name, ranges] of sets) {
      const h = new Highlight(...ranges);
      // Clippings are the reader's own marks: they paint above figure and place colours.
      h.priority = name.startsWith('jianbao-clip-') ? 2 : 1;
      registry.set(name, h);
    }
  }

  private clear(): void {
    for (const name of [...CSS.highlights.keys()]) if (String(name).startsWith('jianbao-')) CSS.highlights.delete(name);
    this.clipRanges.clear();
    this.orphans = [];
    this.clippingCount = 0;
  }

  private async loadClippings(): Promise<void> {
    let saved: Clipping[] = [];
    try {
      saved = await ask({ type: 'jianbao:clippings-for-url', url: location.href });
    } catch {
      saved = [];
    }
    for (const c of saved) {
      if (!c.selectors.length) continue;
      const range = anchor(pageRoot(), c.selectors);
      if (range) this.addClipRange(c.color, range);
      else this.orphans.push(c.text.length > 60 ? c.text.slice(0, 60) + '…' : c.text);
    }
  }

  private addClipRange(color: ClipColor, range: Range): void {
    const list = this.clipRanges.get(color) ?? [];
    list.push(range);
    this.clipRanges.set(color, list);
    this.clippingCount++;
  }

  private mount(): void {
    if (this.host?.isConnected) return;
    this.host = document.createElement('jianbao-ui');
    this.host.id = HOST_ID;
    // Outside <body>: the page's own body markup stays exactly as it was.
    document.documentElement.append(this.host);
    this.shadow = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PANEL_CSS);
    this.shadow.adoptedStyleSheets = [sheet];
    const root = document.createElement('div');
    this.shadow.append(root);
    this.floatButton = document.createElement('button');
    this.floatButton.className = 'float-save';
    this.floatButton.type = 'button';
    this.floatButton.textContent = this.t.saveSelection;
    this.floatButton.hidden = true;
    this.floatButton.addEventListener('mousedown', (e) => e.preventDefault());
    this.floatButton.addEventListener('click', () => this.openDraft());
    this.tip = document.createElement('div');
    this.tip.className = 'tip';
    this.tip.hidden = true;
    this.tip.setAttribute('role', 'tooltip');
    this.shadow.append(this.floatButton, this.tip);
  }

  private listening = false;
  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    document.addEventListener('mouseup', () => setTimeout(() => this.onSelection()), true);
    document.addEventListener('keyup', (e) => e.shiftKey && this.onSelection(), true);
    // One hit test per frame, at the pointer's latest position. A scroll moves the text under a pointer that
    // stays put and the browser sends no mousemove for it, so a scroll asks for the same hit test again.
    let pointer: { x: number; y: number } | null = null;
    let frame = 0;
    const hitTestSoon = () => {
      if (frame || !pointer) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (pointer) this.onHover(pointer.x, pointer.y);
      });
    };
    document.addEventListener(
      'mousemove',
      (e) => {
        pointer = { x: e.clientX, y: e.clientY };
        hitTestSoon();
      },
      { passive: true },
    );
    // Capture: scroll does not bubble from inner scrolling boxes, and those move text under the pointer too.
    document.addEventListener('scroll', hitTestSoon, { passive: true, capture: true });
    document.addEventListener('mouseout', (e) => {
      if (e.relatedTarget) return;
      // The pointer left the window: nothing of the page is under it any more.
      pointer = null;
      if (this.tip) this.tip.hidden = true;
    });
  }

  /** Pages that load or rewrite content later (live blogs, e-paper viewers) are offered a re-run, never re-read silently. */
  private watchForChanges(): void {
    this.stale = false;
    this.observer?.disconnect();
    this.observer = new MutationObserver((records) => {
      if (this.stale || records.every((r) => this.host?.contains(r.target))) return;
      this.stale = true;
      this.renderPanel();
    });
    this.observer.observe(pageRoot(), { childList: true, characterData: true, subtree: true });
  }

  private onSelection(): void {
    if (!this.floatButton || !this.visible) return;
    const range = currentSelectionRange(this.host);
    if (!range || !range.toString().trim()) {
      this.floatButton.hidden = true;
      return;
    }
    const rect = range.getBoundingClientRect();
    this.floatButton.style.left = `${Math.max(4, Math.min(window.innerWidth - 120, rect.right - 40))}px`;
    this.floatButton.style.top = `${Math.max(4, Math.min(window.innerHeight - 30, rect.bottom + 6))}px`;
    this.floatButton.hidden = false;
    this.draftRange = range.cloneRange();
  }

  private onHover(x: number, y: number): void {
    if (!this.tip || !this.page || !this.visible) return;
    const caret = document.caretRangeFromPoint?.(x, y);
    const hit = caret ? this.page.entries.find((e) => e.ranges.some((r) => r.isPointInRange(caret.startContainer, caret.startOffset) && !isRangeEnd(r, caret))) : undefined;
    if (!hit) {
      this.tip.hidden = true;
      return;
    }
    this.tip.textContent = this.describe(hit);
    this.tip.hidden = false;
    this.tip.style.left = `${Math.max(4, Math.min(window.innerWidth - this.tip.offsetWidth - 4, x + 12))}px`;
    // Below the pointer, or above it when the line is near the bottom of the window.
    const below = y + 16;
    this.tip.style.top = `${below + this.tip.offsetHeight > window.innerHeight - 4 ? Math.max(4, y - 12 - this.tip.offsetHeight) : below}px`;
  }

  private describe(e: HighlightEntry): string {
    if (e.kind === 'figure') return describeFigure(e.figure);
    const chain = this.gazetteer && e.place.code ? placeHierarchy(this.gazetteer, e.place.code).map((p) => p.name) : [];
    return chain.length ? chain.join(' › ') : e.place.name;
  }

  private openDraft(): void {
    if (!this.draftRange) return;
    this.floatButton!.hidden = true;
    this.draft = { text: this.draftRange.toString(), note: '', tags: '', color: 'yellow' };
    this.renderPanel();
  }

  /** A whole article passes its index and the annotations the pipeline already made; a selection is read afresh. */
  private async save(range: Range | null, draft: ClipDraft, whole?: { article: number; found: Annotations }): Promise<SaveResult> {
    const result = this.extract?.result;
    const index = whole?.article ?? (range ? this.articleAt(range) : -1);
    const article = result && index >= 0 ? result.articles[index] : undefined;
    const found = whole?.found ?? annotateText(draft.text, { gazetteer: this.gazetteer, lang: annotatorLang(result?.lang ?? null), context: this.context });
    const clipping: NewClipping = {
      text: draft.text,
      note: draft.note.trim(),
      tags: draft.tags.split(/[,，;；]/).map((t) => t.trim()).filter(Boolean),
      color: draft.color,
      url: location.href,
      site: location.hostname,
      pageTitle: document.title,
      article: article ? { headline: article.headline, dateline: article.dateline, byline: article.byline } : null,
      selectors: range ? describeRange(pageRoot(), range) : [],
      figures: found.figures,
      places: found.places,
    };
    let outcome: SaveResult;
    try {
      outcome = await ask({ type: 'jianbao:save-clipping', clipping });
    } catch (e) {
      outcome = { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    if (outcome.ok) {
      if (range) this.addClipRange(draft.color, range);
      this.draft = null;
      this.draftRange = null;
      this.paint();
      this.showToast(this.t.saved, false);
    } else this.showToast(this.t.saveFailed(outcome.error), true);
    return outcome;
  }

  private articleAt(range: Range): number {
    const extents = this.page?.extents ?? [];
    return extents.findIndex((x) => x?.isPointInRange(range.startContainer, range.startOffset) ?? false);
  }

  private saveArticle(i: number): void {
    const a = this.extract?.result.articles[i];
    if (!a) return;
    // The body alone: the headline travels with the clipping's article and heads it in every export.
    const { text, figures, places } = articleText(a, false);
    void this.save(null, { text, note: '', tags: '', color: 'yellow' }, { article: i, found: { figures, places } });
  }

  private scrollTo(i: number): void {
    const r = this.page?.headlines[i];
    if (!r) return;
    const el = r.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    CSS.highlights.set('jianbao-focus', new Highlight(r));
  }

  private showToast(text: string, error: boolean): void {
    this.toast = { text, error };
    this.renderPanel();
  }

  private renderPanel(): void {
    if (!this.shadow) return;
    const root = this.shadow.firstElementChild as HTMLElement;
    this.host!.hidden = !this.visible;
    const articles = this.extract?.result.articles ?? [];
    const report = this.report();
    render(
      <Panel
        t={this.t}
        visible={this.visible}
        articles={articles.map((a) => ({
          headline: a.headline,
          dateline: a.dateline,
          figures: a.figures.length,
          places: a.places.length,
          continuedFrom: a.continuedFrom,
          continuesTo: a.continuesTo,
          truncated: a.truncated,
          photo: a.photo,
        }))}
        figures={report.figures}
        places={report.places}
        clippings={report.clippings}
        orphans={this.orphans}
        message={report.message}
        stale={this.stale}
        toast={this.toast}
        draft={this.draft}
        onToggle={() => this.setVisible(!this.visible)}
        onRerun={() => void this.run()}
        onClose={() => this.setVisible(false)}
        onOpenLibrary={() => void ask({ type: 'jianbao:open-library' })}
        onScrollTo={(i) => this.scrollTo(i)}
        onSaveArticle={(i) => this.saveArticle(i)}
        onDraftChange={(d) => {
          this.draft = d;
          this.renderPanel();
        }}
        onDraftSave={() => this.draft && void this.save(this.draftRange, this.draft)}
        onDraftCancel={() => {
          this.draft = null;
          this.renderPanel();
        }}
      />,
      root,
    );
  }
}

async function loadGazetteer(): Promise<Gazetteer | null> {
  try {
    const response = await fetch(browser.runtime.getURL('/gazetteer.json'));
    return parseGazetteer(await response.json());
  } catch (e) {
    console.warn('Jianbao: place names unavailable:', e);
    return null;
  }
}

/** The page's text lives under <body>, but a frameset or a broken page may have none. */
function pageRoot(): HTMLElement {
  return document.body ?? document.documentElement;
}

function currentSelectionRange(host: HTMLElement | null): Range | null {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (host && host.contains(range.commonAncestorContainer)) return null;
  return range;
}

function isRangeEnd(r: Range, caret: Range): boolean {
  return r.endContainer === caret.startContainer && r.endOffset === caret.startOffset;
}
