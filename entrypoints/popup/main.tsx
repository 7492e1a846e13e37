// The popup: the clipping library in the extension's origin, where the background saves clippings.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Library } from '@/components/Library';
import { pickLang } from '@/components/i18n';
import { openLibrary } from '@/lib/store/db';
import './style.css';

const lang = pickLang(navigator.language);
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';

render(
  <Library db={openLibrary()} lang={lang} openUrl={(url) => void browser.tabs.create({ url })} listHeight={420} />,
  document.getElementById('app')!,
);
