// Panel styles, adopted by the shadow root (constructable stylesheets are not blocked by a page's CSP).
import { legendCss } from './legend';

/**
 * The panel's width, narrow (the default: about a fifth of a 1366 px window, so the text beside it stays readable)
 * or wide (on the reader's request, for long headlines), and its distance from the window's edge: the annotator
 * keeps a selection clear of them.
 */
export const PANEL_WIDTH = { narrow: 248, wide: 380 } as const;
export const PANEL_MARGIN = 12;

export const PANEL_CSS = `
:host { all: initial; }
:host([hidden]) { display: none !important; }
[hidden] { display: none !important; }
.panel { position: fixed; top: ${PANEL_MARGIN}px; z-index: 2147483646; width: ${PANEL_WIDTH.narrow}px; max-width: calc(100vw - 24px); max-height: calc(100vh - 24px);
  overflow: auto; background: #fffdf7; color: #1d1d1f; border: 1px solid #c9b98f; border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 13px/1.45 system-ui, "PingFang SC", "Noto Sans CJK SC", sans-serif; }
header { position: sticky; top: 0; background: #8b1e1e; color: #fff; padding: 8px 10px; display: grid; gap: 4px; }
header strong { font-size: 15px; letter-spacing: .1em; }
.panel.wide { width: ${PANEL_WIDTH.wide}px; }
.panel.right { right: ${PANEL_MARGIN}px; }
.panel.left { left: ${PANEL_MARGIN}px; }
.title-row { display: flex; align-items: center; justify-content: space-between; }
.place-actions { display: flex; gap: 4px; }
.place-actions button { min-width: 26px; padding: 0 6px; font-size: 15px; line-height: 22px; }
.tab { position: fixed; top: 40vh; z-index: 2147483646; display: flex; flex-direction: column; align-items: center; gap: 4px;
  width: 30px; box-sizing: border-box; padding: 8px 2px; background: #8b1e1e; color: #fff; border: 1px solid #5a1010;
  box-shadow: 0 2px 10px rgba(0,0,0,.25); font: 600 13px/1.2 system-ui, "PingFang SC", "Noto Sans CJK SC", sans-serif; }
.tab.right { right: 0; border-radius: 8px 0 0 8px; border-right: none; }
.tab.left { left: 0; border-radius: 0 8px 8px 0; border-left: none; }
.tab-title { writing-mode: vertical-rl; letter-spacing: .15em; }
.tab-count { font-weight: 400; font-size: 10px; background: rgba(255,255,255,.2); border-radius: 6px; padding: 0 3px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 10px; list-style: none; margin: 0; padding: 6px 10px; border-bottom: 1px solid #e2d6b5; font-size: 12px; }
.legend.off { opacity: .55; }
.legend li { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; }
.legend .n { color: #555; }
.sw { display: inline-block; width: 16px; height: 11px; border-radius: 2px; box-sizing: border-box; }
${legendCss()}
.summary { opacity: .95; }
.actions { display: flex; gap: 6px; }
button { font: inherit; cursor: pointer; border: 1px solid #b59d65; background: #fff; color: #1d1d1f; border-radius: 6px; padding: 2px 8px; }
header button { background: rgba(255,255,255,.15); color: #fff; border-color: rgba(255,255,255,.5); }
button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid #1a73e8; outline-offset: 1px; }
.articles { list-style: decimal; margin: 0; padding: 8px 10px 8px 30px; }
.articles li { padding: 6px 0; border-bottom: 1px dashed #e2d6b5; }
.headline { border: none; background: none; padding: 0; text-align: left; font-weight: 600; color: #5a1010; }
.headline:hover { text-decoration: underline; }
.meta { display: flex; flex-wrap: wrap; gap: 6px; color: #555; font-size: 12px; margin: 2px 0 4px; }
.dateline { color: #8b1e1e; }
.flag { background: #f3ead2; border-radius: 4px; padding: 0 4px; }
.save { font-size: 12px; }
.toast { margin: 8px 10px; padding: 6px 8px; border-radius: 6px; background: #e7f6ea; color: #12501f; }
.toast.error { background: #fdecea; color: #7a1b12; }
.message, .note { margin: 8px 10px; }
.orphans { margin: 8px 10px; color: #7a4b00; }
.clip-form { display: grid; gap: 6px; padding: 8px 10px; border-bottom: 1px solid #e2d6b5; background: #fff8e1; }
.clip-form .clipped { margin: 0; color: #7a4b00; font-size: 12px; }
.clip-form .length { margin: 0; color: #555; font-size: 12px; }
.clip-form .gap { color: #8b1e1e; font-weight: 600; }
.clip-form blockquote { margin: 0; padding-left: 8px; border-left: 3px solid #c9b98f; color: #333; max-height: 9em; overflow: auto; }
.clip-form label { display: grid; gap: 2px; }
.clip-form textarea, .clip-form input:not([type=radio]) { font: inherit; border: 1px solid #c9b98f; border-radius: 6px; padding: 4px; }
fieldset { border: none; padding: 0; margin: 0; display: flex; gap: 6px; align-items: center; }
legend { float: left; margin-right: 6px; }
.swatch { display: inline-flex !important; width: 22px; height: 22px; border-radius: 50%; align-items: center; justify-content: center; border: 1px solid #999; }
.swatch input { margin: 0; opacity: .01; width: 100%; height: 100%; cursor: pointer; }
.swatch:has(input:checked) { outline: 3px solid #333; }
.swatch:has(input:focus-visible) { outline: 3px solid #1a73e8; }
.swatch.yellow { background: #fff200; } .swatch.green { background: #5ddc7d; } .swatch.blue { background: #5aaaff; }
.swatch.pink { background: #ff82be; } .swatch.purple { background: #b482ff; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.row { display: flex; gap: 6px; }
.float-save { position: fixed; z-index: 2147483647; background: #8b1e1e; color: #fff; border: none; border-radius: 14px;
  padding: 3px 10px; box-shadow: 0 2px 8px rgba(0,0,0,.25); font: 13px/1.4 system-ui, sans-serif; }
.tip { position: fixed; z-index: 2147483647; pointer-events: none; background: #222; color: #fff; padding: 4px 8px;
  border-radius: 6px; font: 12px/1.4 system-ui, "PingFang SC", sans-serif; max-width: 320px; }
`;
