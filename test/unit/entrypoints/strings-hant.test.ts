// The in-page panel speaks Traditional Chinese to Taiwan, Hong Kong and Macau browsers.
import { describe, expect, it } from 'vitest';
import { strings } from '../../../entrypoints/annotator/strings';

describe('panel strings', () => {
  it('picks Traditional for zh-TW, zh-HK, zh-MO and zh-Hant, Simplified for zh-CN and zh-Hans', () => {
    for (const l of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant-HK']) expect(strings(l).library, l).toBe('剪報庫');
    for (const l of ['zh-CN', 'zh', 'zh-SG', 'zh-Hans-HK']) expect(strings(l).library, l).toBe('剪报库');
    expect(strings('en-US').library).toBe('Library');
    expect(strings('zh-TW').continuesTo('第3版')).toBe('下轉第3版');
  });
});
