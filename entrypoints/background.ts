// Thin wiring: toolbar action, shortcut and context menu -> inject the content script into that tab only.
import { browser } from 'wxt/browser';
import {
  parseAnnotateReport,
  parseBackgroundRequest,
  parseSaveResult,
  saveProblem,
  type AnnotateReport,
  type ContentRequest,
  type SaveResult,
} from '@/lib/messages';
import { openLibrary, saveClipping, clippingsForUrl } from '@/lib/store/db';
import { PrefsDb, panelPlace, setPanelPlace } from '@/lib/store/prefs';

const CONTENT_SCRIPT = '/annotator.js';
const HIGHLIGHT_CSS = '/highlights.css';
const MENU_SAVE = 'jianbao-save-selection';
const MENU_LIBRARY = 'jianbao-open-library';
const LIBRARY_PAGE = '/library.html';

function openLibraryPage(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PAGE) });
}

async function send(tabId: number, request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}

/** A reply from the content script, checked (lib/messages.ts): a page cannot answer for it, but a reply that does
 * not fit is refused rather than trusted. */
function checked<T>(reply: unknown, parse: (m: unknown) => T | null): T {
  const value = parse(reply);
  if (value === null) throw new Error('Jianbao: the page script sent a reply that does not fit its message.');
  return value;
}

/** Injects once per page: a second click finds the script already listening and toggles instead. */
async function ensureInjected(tabId: number): Promise<void> {
  try {
    await send(tabId, { type: 'jianbao:ping' });
    return;
  } catch {
    // Not injected yet in this document.
  }
  await browser.scripting.insertCSS({ target: { tabId }, files: [HIGHLIGHT_CSS] });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}

/** Exactly what a toolbar click runs; resolves when the page is annotated. */
async function click(tabId: number): Promise<AnnotateReport> {
  await ensureInjected(tabId);
  const report = checked(await send(tabId, { type: 'jianbao:click' }), parseAnnotateReport);
  await browser.action.setBadgeText({ tabId, text: report.visible ? String(report.articles || '') : '' });
  return report;
}

async function saveSelection(tabId: number): Promise<SaveResult> {
  await ensureInjected(tabId);
  const report = checked(await send(tabId, { type: 'jianbao:click' }), parseAnnotateReport);
  // The menu saves without toggling highlights off: a click that hid them is undone.
  if (!report.visible) await send(tabId, { type: 'jianbao:click' });
  return checked(await send(tabId, { type: 'jianbao:save-selection' }), parseSaveResult);
}

export default defineBackground(() => {
  const db = openLibrary();
  const prefs = new PrefsDb();

  // The click hook (docs/cli-contract.md): headless browsers have no toolbar to click.
  (globalThis as unknown as { __jianbao: unknown }).__jianbao = { click, saveSelection };

  // The listener returns its promise so that callers that can wait (tests) know when the page is annotated.
  browser.action.onClicked.addListener((tab) => (tab.id === undefined ? undefined : click(tab.id).catch((e) => void console.warn('Jianbao:', e))));

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_SAVE, title: browser.i18n.getMessage('menuSaveSelection'), contexts: ['selection'] });
    browser.contextMenus.create({ id: MENU_LIBRARY, title: browser.i18n.getMessage('menuOpenLibrary'), contexts: ['action'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SAVE && tab?.id !== undefined) void saveSelection(tab.id).catch((e) => console.warn('Jianbao:', e));
    if (info.menuItemId === MENU_LIBRARY) void openLibraryPage();
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    // Only this extension's own parts talk to it (no externally_connectable); anything else is ignored.
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseBackgroundRequest(raw);
    if (!message) {
      // A save that does not fit the schema is answered, so that the panel can say why; anything else is dropped.
      if ((raw as { type?: unknown } | null)?.type === 'jianbao:save-clipping') {
        sendResponse({ ok: false, error: saveProblem(raw) ?? 'not valid' } satisfies SaveResult);
      }
      return undefined;
    }
    if (message.type === 'jianbao:save-clipping') {
      saveClipping(db, message.clipping).then(
        (clipping) => sendResponse({ ok: true, clipping } satisfies SaveResult),
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies SaveResult),
      );
      return true;
    }
    if (message.type === 'jianbao:open-library') {
      void openLibraryPage().then(() => sendResponse(undefined));
      return true;
    }
    if (message.type === 'jianbao:panel-place') {
      panelPlace(prefs).then(sendResponse, () => sendResponse(null));
      return true;
    }
    if (message.type === 'jianbao:set-panel-place') {
      setPanelPlace(prefs, message.place).then(() => sendResponse(undefined), () => sendResponse(undefined));
      return true;
    }
    if (message.type === 'jianbao:clippings-for-url') {
      clippingsForUrl(db, message.url).then(sendResponse, () => sendResponse([]));
      return true;
    }
    return undefined;
  });
});
