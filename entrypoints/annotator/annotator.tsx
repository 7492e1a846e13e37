// The page side of a click: run the pipeline on the live page, paint highlights, show the panel, save clippings.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { annotateText, type Annotations } from '@/lib/annotate';
import { articleText } from '@/lib/article-text';
import { describeRange } from '@/lib/anchor';
import type { Clipping, NewClipping } from '@/lib/clipping';
import { clippingArticle } from '@/lib/clipping-article';
import { pageHighlights, type HighlightEntry, type PageHighlights } from '@/lib/highlight/entries';
import { annotatorLang } from '@/lib/lang';
import { parseClippingList, parsePanelPlace, parseSaveResult, type AnnotateReport, type BackgroundRequest, type PanelPlace, type SaveResult } from '@/lib/messages';
import { extractDocument, type DocumentExtract } from '@/lib/pipeline';
import { parseGazetteer, type Gazetteer, type PlaceContext } from '@/lib/places';
import { fitNewClipping } from '@/lib/schema/fit';
import { ClipPainter, CLIP_PAINT_CSS } from './clip-paint';
import { PageClippings } from './clippings';
import { describeEntry } from './describe';
import { fragmentSelector } from './fragment';
import { clearHighlights, focusHighlight, paintHighlights } from './highlights';
import { entryAt, HoverTip } from './hover';
import { legendCounts } from './legend';
import { Panel, type ClipDraft, type PanelSide } from './panel';
import { PANEL_CSS, PANEL_MARGIN, PANEL_WIDTH } from './panel.css.ts';
import { clampToArticle, currentSelectionRange, SelectionSaveButton, sideClearOf } from './selection';
import { strings } from './strings';

const HOST_ID = 'jianbao-host';

/** A request to the background; its reply is checked here, where it arrives (lib/messages.ts). */
async function ask<T>(request: BackgroundRequest, parse: (m: unknown) => T | null): Promise<T> {
  const reply = parse(await browser.runtime.sendMessage(request));
  if (reply === null) throw new Error('the library sent a reply that does not fit its message');
  return reply;
}

export class Annotator {
  private t = strings();
  private gazetteer: Gazetteer | null = null;
  private extract: DocumentExtract | null = null;
  private context: PlaceContext | undefined;
  private page: PageHighlights | null = null;
  /** The highlights are shown. */
  private visible = false;
  /** The panel is shown (open or folded to its tab); × closes it and leaves the highlights as they are. */
  private panelOpen = false;
  /** Where the reader put the panel: kept by the background (lib/store/prefs.ts), never in the page's storage. */
  private place: PanelPlace = { side: 'right', collapsed: false };
  /** The edge the panel moved to so as not to cover the passage its open form is for; null when no form is open. */
  private draftSide: PanelSide | null = null;
  private clips = new PageClippings();
  private draft: ClipDraft | null = null;
  /** The passage the open draft was made for: the reader may select elsewhere before saving it. */
  private draftRange: Range | null = null;
  private toast: { text: string; error: boolean } | null = null;
  private host: HTMLElement | null = null;
  /** Closed: the page's scripts get null from host.shadowRoot and cannot reach anything inside. */
  private shadow: ShadowRoot | null = null;
  private clipPainter = new ClipPainter();
  private stale = false;
  private observer: MutationObserver | null = null;
  private saveButton = new SelectionSaveButton({
    label: this.t.saveSelection,
    active: () => this.visible,
    host: () => this.host,
    onPress: (range) => this.openDraft(range),
  });
  private hover = new HoverTip<HighlightEntry>({
    active: () => this.page !== null && this.visible,
    hitTest: (x, y) => entryAt(this.page?.entries ?? [], x, y),
    describe: (e) => describeEntry(e, this.gazetteer, this.t),
  });

  /** Toolbar click: first time annotate; afterwards toggle highlights and panel. */
  async click(): Promise<AnnotateReport> {
    if (!this.extract) return this.run();
    // A closed panel (or hidden highlights) comes back whole; otherwise the click puts both away.
    this.setVisible(!(this.visible && this.panelOpen));
    return this.report();
  }

  /** Re-run on demand, for pages that changed after load. */
  async run(): Promise<AnnotateReport> {
    this.gazetteer ??= await loadGazetteer();
    this.place = await loadPanelPlace(this.place);
    clearHighlights();
    this.clips.clear();
    this.extract = extractDocument(document, { url: location.href, gazetteer: this.gazetteer, englishNames: false });
    this.context = this.extract.context;
    this.page = pageHighlights(document, this.extract);
    await this.loadClippings();
    this.mount();
    this.saveButton.listen();
    this.hover.listen();
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
      clippings: this.clips.count,
      orphans: this.clips.orphans,
      message: this.extract && !this.extract.result.articles.length ? this.t.nothing : null,
    };
  }

  /** The passages painted as clippings: for the extension's tests, which reach this isolated world; the page cannot. */
  paintedClippings(): string[] {
    return this.clipPainter.paintedTexts();
  }

  /** The panel's closed shadow root, for the same tests (scripts/harness/panel.ts). */
  panelRoot(): ShadowRoot | null {
    return this.shadow;
  }

  /** Context menu: save what is selected right now. */
  async saveSelection(): Promise<SaveResult> {
    const selected = currentSelectionRange(this.host);
    if (!selected) {
      this.showToast(this.t.noSelection, true);
      return { ok: false, error: this.t.noSelection };
    }
    const { range } = clampToArticle(selected, this.page?.extents ?? []);
    return this.save(range, { text: range.toString(), note: '', tags: '', color: 'yellow' });
  }

  /** The form for a selected passage: cut to its article, with the panel open at the edge that leaves it clear. */
  private openDraft(selected: Range): void {
    const { range, clipped } = clampToArticle(selected, this.page?.extents ?? []);
    this.draft = { text: range.toString(), note: '', tags: '', color: 'yellow', clipped };
    this.draftRange = range;
    this.panelOpen = true;
    this.draftSide = sideClearOf(range.getBoundingClientRect(), this.place.side, window.innerWidth, PANEL_WIDTH[this.place.wide ? 'wide' : 'narrow'], PANEL_MARGIN);
    this.renderPanel();
  }

  private closeDraft(): void {
    this.draft = null;
    this.draftRange = null;
    this.draftSide = null;
  }

  /** Highlights and panel together (the toolbar click). */
  private setVisible(visible: boolean): void {
    this.visible = visible;
    this.panelOpen = visible;
    this.showHost();
    this.paint();
    this.renderPanel();
  }

  /** "Hide highlights" / "Show highlights": the panel stays where it is. */
  private setHighlights(visible: boolean): void {
    this.visible = visible;
    this.showHost();
    this.paint();
    this.renderPanel();
  }

  /** The host carries the panel, the clip boxes and the tips: hidden only when neither panel nor highlights show.
   * Shown before painting: clip boxes are placed by the layer's position, which a hidden host does not have. */
  private showHost(): void {
    if (this.host) this.host.hidden = !this.visible && !this.panelOpen;
  }

  private movePanel(place: Partial<PanelPlace>): void {
    this.place = { ...this.place, ...place };
    if (place.side) this.draftSide = null;
    this.renderPanel();
    void browser.runtime.sendMessage({ type: 'jianbao:set-panel-place', place: this.place } satisfies BackgroundRequest).catch(() => undefined);
  }

  private paint(): void {
    clearHighlights();
    // The reader's clippings stay inside the closed shadow root (the hidden host hides them with the panel).
    this.clipPainter.paint(this.visible ? this.clips.sets() : []);
    if (!this.visible || !this.page) return;
    paintHighlights(this.page.entries);
  }

  private async loadClippings(): Promise<void> {
    let saved: Clipping[] = [];
    try {
      saved = await ask({ type: 'jianbao:clippings-for-url', url: location.href }, parseClippingList);
    } catch {
      saved = [];
    }
    this.clips.reanchor(pageRoot(), saved);
  }

  private mount(): void {
    if (this.host?.isConnected) return;
    this.host = document.createElement('jianbao-ui');
    this.host.id = HOST_ID;
    // Attached before the host is in the document, so no page script (a MutationObserver) sees it without one.
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    // Outside <body>: the page's own body markup stays exactly as it was.
    document.documentElement.append(this.host);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PANEL_CSS + CLIP_PAINT_CSS);
    this.shadow.adoptedStyleSheets = [sheet];
    const root = document.createElement('div');
    this.shadow.append(root);
    this.clipPainter.mount(this.shadow);
    this.saveButton.mount(this.shadow);
    this.hover.mount(this.shadow);
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

  /** A whole article passes its index and the annotations the pipeline already made; a selection is read afresh. */
  private async save(range: Range | null, draft: ClipDraft, whole?: { article: number; found: Annotations }): Promise<SaveResult> {
    const result = this.extract?.result;
    const index = whole?.article ?? (range ? this.articleAt(range) : -1);
    const article = result && index >= 0 ? result.articles[index] : undefined;
    const found = whole?.found ?? annotateText(draft.text, { gazetteer: this.gazetteer, lang: annotatorLang(result?.lang ?? null), context: this.context });
    const raw: NewClipping = {
      text: draft.text,
      note: draft.note.trim(),
      tags: draft.tags.split(/[,，;；]/).map((t) => t.trim()).filter(Boolean),
      color: draft.color,
      url: location.href,
      site: location.hostname,
      pageTitle: document.title,
      article: article ? clippingArticle(article, Date.now()) : null,
      // Quote and position re-anchor the passage; the fragment, chosen now from the live range, opens it.
      selectors: range ? [...describeRange(pageRoot(), range), ...[fragmentSelector(range)].filter((s) => s !== null)] : [],
      figures: found.figures,
      places: found.places,
    };
    // Within the library's limits before it is sent: what was shortened is said in the toast, never found out at
    // backup time. An address that is not a web page's (or too long to keep) is refused.
    const { clipping, trimmed } = fitNewClipping(raw);
    let outcome: SaveResult;
    if (!clipping.url) outcome = { ok: false, error: this.t.notWebPage };
    else {
      try {
        outcome = await ask({ type: 'jianbao:save-clipping', clipping }, parseSaveResult);
      } catch (e) {
        outcome = { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    }
    if (outcome.ok) {
      if (range) this.clips.add(draft.color, range);
      this.closeDraft();
      this.paint();
      const names = trimmed.map((f) => this.t.fieldNames[f] ?? f).join(', ');
      this.showToast(trimmed.length ? this.t.savedTrimmed(names) : this.t.saved, false);
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
    focusHighlight(r);
  }

  private showToast(text: string, error: boolean): void {
    this.toast = { text, error };
    this.renderPanel();
  }

  private renderPanel(): void {
    if (!this.shadow) return;
    const root = this.shadow.firstElementChild as HTMLElement;
    this.showHost();
    if (!this.panelOpen) {
      render(null, root);
      return;
    }
    const articles = this.extract?.result.articles ?? [];
    const report = this.report();
    render(
      <Panel
        t={this.t}
        visible={this.visible}
        side={this.draftSide ?? this.place.side}
        collapsed={this.place.collapsed && !this.draft}
        legend={legendCounts(this.page?.entries ?? [])}
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
        orphans={this.clips.orphans}
        message={report.message}
        stale={this.stale}
        toast={this.toast}
        draft={this.draft}
        onToggle={() => this.setHighlights(!this.visible)}
        onMove={(side) => this.movePanel({ side })}
        onCollapse={(collapsed) => this.movePanel({ collapsed })}
        wide={this.place.wide === true}
        onWiden={(wide) => this.movePanel({ wide })}
        onRerun={() => void this.run()}
        onClose={() => {
          this.panelOpen = false;
          this.renderPanel();
        }}
        onOpenLibrary={() => void browser.runtime.sendMessage({ type: 'jianbao:open-library' } satisfies BackgroundRequest)}
        onScrollTo={(i) => this.scrollTo(i)}
        onSaveArticle={(i) => this.saveArticle(i)}
        onDraftChange={(d) => {
          this.draft = d;
          this.renderPanel();
        }}
        onDraftSave={() => this.draft && void this.save(this.draftRange, this.draft)}
        onDraftCancel={() => {
          this.closeDraft();
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

/** The panel's last place, from the background; `fallback` when it has none or cannot be asked. */
async function loadPanelPlace(fallback: PanelPlace): Promise<PanelPlace> {
  try {
    return parsePanelPlace(await browser.runtime.sendMessage({ type: 'jianbao:panel-place' } satisfies BackgroundRequest)) ?? fallback;
  } catch {
    return fallback;
  }
}

/** The page's text lives under <body>, but a frameset or a broken page may have none. */
function pageRoot(): HTMLElement {
  return document.body ?? document.documentElement;
}
