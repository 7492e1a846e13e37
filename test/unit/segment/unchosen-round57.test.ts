// Issue 12, single-story round 57 (an unchosen sample of Traditional Chinese page texts): a short title closed by an
// exclamation over its subtitle heads the page (short-head.ts); a feature's section heads repeating its headline's
// words are sections, no stories (short-subheads.ts); a caption closed by an unbracketed 攝影/name credit is a caption
// (credit-captions.ts); a group photo's (左起) caption over a datelined lead is the story's picture (caption-lead.ts);
// a 延伸閱讀 box holds its lines up to the next paragraph (link-boxes.ts); a bracketed push prompt is furniture
// (push-prompts.ts). Pages written here in the layouts met, no page's words.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { isPushPrompt } from '../../../lib/segment/push-prompts';

const extract = (text: string) => extractText(text, { gazetteer: null }).articles;
const prose = (s: string) => `${s}這是一段夠長的正文，交代了事情的經過、時間和地點，也寫下了各方的看法與感受。`;

describe('a short exclaimed title over a plain subtitle', () => {
  it('is the headline, the subtitle its deck', () => {
    const text = ['老電台啊!', ' ', '一位退休多年的廣播人寫下的心聲', '', prose('退休以後我很少再聽收音機，直到那天朋友打電話來。'), '', prose('我想說的是，電台不該只剩下廣告。')].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('老電台啊!');
    expect(articles[0]?.subheadline).toBe('一位退休多年的廣播人寫下的心聲');
  });
});

describe("a feature's section heads repeating its headline's words", () => {
  it('part one story, none of them a headline of its own', () => {
    const text = [
      '愛冒險的地方電台主持人 – 林小雲',
      '',
      '很多上班族讀書時選的科目和日後做的工作都沒有關係,甚至是兩個不同範疇。現任城市電台新聞部主持人的林小雲(Amy)就是例子。',
      '',
      '',
      '',
      '當年在大學修讀會計的林小雲,',
      '坦言讀書時根本沒打算做主持人,然而,入行後她一做便是十年,而加入城市電台亦已踏入第五個年頭。',
      '',
      '「當年剛畢業便去了旅行,回來後唯有去電台打工。」說笑一番才道出真正原因,原來她根本不喜歡做會計。在她眼中,會計的工作要天天對數,好悶。',
      '',
      '電台主持可擴闊視野',
      '',
      '雖然主持不是她的夢想,但Amy倒愈做愈起勁。「做節目可以擴闊自己的視野,有機會跟不同行業的人對談,令節目更加全面。」',
      '',
      '直播節目夠刺激',
      '',
      '電台是她的第三份工作,而這份工最吸引的地方,是那刺激感覺。「做直播跟錄音的最大分別,是後者可以重來,但前者不能。」',
    ].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('愛冒險的地方電台主持人 – 林小雲');
  });
});

describe('a caption closed by an unbracketed 攝影/name credit', () => {
  it('is not run into the first paragraph under it', () => {
    const text = ['系上邀請校友分享 談地方新聞的價值', '', '記者 王小明/採訪報導', '', '校友陳大華在周會上分享從業多年的經驗。攝影/李小華', '', prose('「地方新聞最重要的是人。」陳大華一開場就這麼說。'), '', prose('他回憶剛入行時跑的第一條新聞。')].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    const paragraphs = articles[0]?.paragraphs ?? [];
    expect(paragraphs[0]?.startsWith('「地方新聞最重要的是人。」')).toBe(true);
    expect(paragraphs.some((p) => p.includes('攝影/李小華'))).toBe(false);
  });
});

describe("a group photo's (左起) caption over a datelined lead", () => {
  it('is the story picture: the dateline opens the one story', () => {
    const text = [
      '◤州選◢ 五候選人 承諾改善老城區交通 | 地方日報',
      '  • 首頁',
      '  • 視頻',
      '',
      '    ADVERTISEMENT',
      '',
      '    ◤州選◢ 五候選人 承諾改善老城區交通',
      '',
      '    張大為(左起)、李小芳、王明德、陳志強及林美玲,為競選宣言主持推介。',
      '',
      '    ' + prose('(怡保8日訊)州選舉進入倒數，五名候選人今日聯合發表競選宣言。'),
      '',
      '    ' + prose('他們表示，當選後會優先處理老城區的交通問題。'),
    ].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('◤州選◢ 五候選人 承諾改善老城區交通');
    expect(articles[0]?.dateline?.place).toBe('怡保');
    expect(articles[0]?.paragraphs[0]?.startsWith('州選舉進入倒數')).toBe(true);
  });
});

describe('a 延伸閱讀 box', () => {
  it('holds the other stories under it, not the story text going on below it', () => {
    const text = [
      '社區圖書館獲獎 館員開心',
      prose('社區圖書館今年獲得閱讀推廣獎，館員們都很開心，館長也感謝志工多年來的幫忙與付出。'),
      '延伸閱讀',
      '- 颱風外圍環流影響 北部山區防豪雨2018/05/20',
      '- 股市早盤震盪 半導體類股領跌2018/05/20',
      prose('館長表示，明年會再增加兒童閱讀活動，讓更多家長帶著孩子走進圖書館來一起讀書。'),
    ].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    const paragraphs = articles[0]?.paragraphs ?? [];
    expect(paragraphs.some((p) => p.includes('延伸閱讀') || p.includes('半導體類股'))).toBe(false);
    expect(paragraphs.some((p) => p.startsWith('館長表示'))).toBe(true);
  });
});

describe('a bracketed push prompt inside the text', () => {
  it('is furniture, no paragraph', () => {
    const text = ['老主播的新挑戰', '', '2015-12-01 17:25', '', prose('她說當主播要跟上各種趨勢。'), '', '[啟動LINE推播] 每日重大新聞通知', '', prose('那她比較喜歡當記者還是主播呢？')].join('\n');
    const articles = extract(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.paragraphs.some((p) => p.includes('推播'))).toBe(false);
  });

  it('is only a button of switching on or following, not a bracketed section head', () => {
    expect(isPushPrompt('【加入好友】 掌握最新消息')).toBe(true);
    expect(isPushPrompt('【加入世貿十年】')).toBe(false);
    expect(isPushPrompt('[啟動LINE推播] 每日重大新聞通知。請大家多多支持我們的報導。')).toBe(false);
  });
});
