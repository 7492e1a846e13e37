// A follow-our-account call under a QR code ("关注公众号：人民网财经") is the page's furniture, not a story's last
// paragraph (lib/segment/follow-lines.ts; the round-21 人民网 page).
import { describe, expect, it } from 'vitest';
import { isFollowLine } from '../../../lib/segment/follow-lines';
import { segmentHtml } from './helpers';

describe('isFollowLine', () => {
  it('the call and the account name, alone', () => {
    expect(isFollowLine('关注公众号：人民网财经')).toBe(true);
    expect(isFollowLine('扫码关注官方微信')).toBe(true);
    expect(isFollowLine('長按識別關注公眾號')).toBe(true);
  });

  it('a sentence that speaks of following an account is no call', () => {
    expect(isFollowLine('关注公众号的读者越来越多。')).toBe(false);
    expect(isFollowLine('他呼吁市民关注公众号发布的最新信息，并按照要求做好防护')).toBe(false);
    expect(isFollowLine('关注')).toBe(false);
  });
});

describe('a story closed by a follow call', () => {
  it('the call is not its last paragraph', () => {
    const p = (t: string) => `<p>${t}</p>`;
    const html = `<html><head><title>河南培育新动能</title></head><body><article><h1>河南培育新动能</h1>${p(
      '5月9日，国务院新闻办举行系列主题新闻发布会，河南省有关负责同志介绍了相关情况，回答了记者的提问。',
    )}${p('河南省省长说，河南将着力培育新动能塑造新优势，奋力谱写新时代中原更加出彩的绚丽篇章，推动高质量发展。')}${p(
      '发布会上，河南省有关负责同志还介绍了黄河流域生态保护和高质量发展的情况，让沿黄人民更多分享黄河之利。',
    )}<div><img src="qr.jpg" alt="关注公众号：人民网财经"><span>关注公众号：人民网财经</span></div></article></body></html>`;
    const a = segmentHtml(html).seg.articles[0];
    expect(a?.paragraphs).toHaveLength(3);
    expect(a?.paragraphs.join('\n')).not.toContain('关注公众号');
  });
});
