// A call to follow the site's account on a line alone, under a QR code: "关注公众号：人民网财经", "扫码关注官方微信",
// "長按識別關注公眾號". The page's furniture (the QR image's label), no words of a story, even at a story's end
// where it would otherwise be kept as its last paragraph. Short, no sentence stop, and nothing but the call and the
// account's name.
const FOLLOW =
  /^(?:[请請]|欢迎|歡迎)?(?:扫码|掃碼|扫描二维码|掃描二維碼|扫一扫|掃一掃|长按(?:二维码)?(?:识别)?|長按(?:二維碼)?(?:識別)?)?\s*(?:关注|關注)(?:我们|我們)?的?(?:微信)?(?:公众号|公眾號|官方微信|视频号|視頻號|微信号|微信號|服务号|服務號)\s*(?:[:：]\s*[^。！？!?\s][^。！？!?]{0,23})?$/;
const MAX_FOLLOW = 40;

/** Whether the line is a follow-our-account call ("关注公众号：人民网财经"). */
export function isFollowLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_FOLLOW && FOLLOW.test(t);
}
