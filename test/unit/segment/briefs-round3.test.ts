// Layouts met in the third round of issue #19: a special page of titled items under an introduction, each item
// closed by the link line the page prints under every item; a front page whose date line sits under the
// masthead's motto rather than under the story's headline. The texts are written here in those layouts.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { parseBylineLine, parseReportedByline } from '../../../lib/segment/byline';
import { parsePhotoCredit } from '../../../lib/segment/photo-credit';
import { parseDateline } from '../../../lib/segment/dateline';

const text = (s: string) => segment(blocksFromText(s));

describe('a special page of titled items', () => {
  const page = [
    '这一年，我们走访了许多城市，记下了许多普通人的故事。他们有的在工厂里忙碌，有的在田间地头劳作，有的在课堂上耕耘。他们用自己的双手，书写着平凡而又不平凡的日子。我们把其中几位的讲述整理出来，与读者分享，也请读者留下自己的看法和故事。岁月匆匆，这些声音记录着一个时代的变迁，也记录着千千万万个家庭的期盼与梦想，值得我们细细倾听，慢慢回味。',
    '策划制作：本网专题组',
    '纺织女工谈工厂的新变化',
    '    “机器换了新的，我们的活儿也轻松多了。”在车间干了二十年的王师傅说，过去一个班下来腰酸背痛，现在按几个按钮就行。她说工资也涨了，孩子上了大学，家里的日子越过越好。\n·王师傅，纺织厂挡车工。\n网友留言：看到这样的变化真高兴。\n我来说两句',
    '乡村教师谈山里的孩子',
    '    山里的孩子最缺的是见识。李老师在村小教了十五年书，他说现在有了网络课堂，孩子们能听到城里老师的课，眼界一下子开阔了。他希望更多年轻人到山里来看看。\n·李老师，村小教师。\n网友留言：向乡村教师致敬。\n我来说两句',
  ].join('\n\n');

  it('reads each title line over its text as a story, and the introduction as the page\'s, not a story', () => {
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['纺织女工谈工厂的新变化', '乡村教师谈山里的孩子']);
    expect(seg.articles[0]?.paragraphs[0]).toMatch(/^“机器换了新的/);
    expect(seg.rubrics.some((r) => r.startsWith('这一年'))).toBe(true);
  });

  it('splits on the link line that closes an item even when the page prints it only once', () => {
    const seg = text(page.replace(/\n我来说两句$/, ''));
    expect(seg.articles.map((a) => a.headline)).toEqual(['纺织女工谈工厂的新变化', '乡村教师谈山里的孩子']);
  });
});

describe('a front page under its masthead', () => {
  it('takes the line made of the story\'s words as its headline, not the motto the page\'s date sits under', () => {
    const seg = text(
      [
        'Riverside Chinese Weekly',
        'Page 1',
        '2024年3月8日 星期五',
        '求真.求实.求新',
        'Friday 8 March 2024',
        '本報網站全新上線 歡迎瀏覽',
        '河畔大橋通車 兩岸居民往來更方便',
        '訂閱熱線:(02)█1234█5678',
        '【本報訊】河畔大橋昨日正式通車,兩岸居民往來從此不必再繞行上游渡口,當地居民紛紛前來見證通車時刻。',
        '大橋全長一千二百米,歷時三年建成。',
      ].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.headline).toBe('河畔大橋通車 兩岸居民往來更方便');
  });
});

describe('credits and bylines of Traditional and list pages', () => {
  it('reads a picture credit in Traditional characters, an agency handout and a paper before the name', () => {
    expect(parsePhotoCredit('參賽選手在比賽中(無人機照片)。新華社記者 許暢 攝')?.byline.photographers).toEqual(['許暢']);
    expect(parsePhotoCredit('两栖步战车快速冲击。 新华社发(李彬 摄)')?.byline.photographers).toEqual(['李彬']);
    expect(parsePhotoCredit('家长打地铺过夜。(武汉晚报 邱焰 摄)')?.byline.photographers).toEqual(['邱焰']);
    expect(parseBylineLine('新華社發(陳熙 攝)')?.photographers).toEqual(['陳熙']);
    // A verb before a bracket is no agency's handout.
    expect(parsePhotoCredit('他说要发(张三 摄)')).toBeNull();
  });

  it('reads a bare name before a slash or backslash and the place it reported from', () => {
    expect(parseReportedByline('鄭建勳\\臺中報導 臺中市政府教育局重視學生健康。')?.byline.reporters).toEqual(['鄭建勳']);
    expect(parseReportedByline('据报道，当地今天下雨。')).toBeNull();
  });

  it('keeps a skip link out of the first headline of a listing', () => {
    const item = (h: string, b: string) => [h, b, 'Continue Reading'];
    const seg = text(
      [
        'Skip to Content',
        'World News',
        ...item('Harbour bridge opens to traffic', 'The new bridge across the harbour opened to traffic on Monday after three years of work, city officials said.'),
        ...item('Drought cuts river shipping', 'Barges are sailing half empty as water levels on the main rivers fall to record lows for the season, shippers said.'),
        ...item('Museum returns looted statues', 'The national museum handed back six bronze statues taken during the war a century ago, in a ceremony on Friday.'),
      ].join('\n\n'),
    );
    expect(seg.articles.map((a) => a.headline)).toEqual(['Harbour bridge opens to traffic', 'Drought cuts river shipping', 'Museum returns looted statues']);
  });
});

describe('headlines', () => {
  it('takes a question followed by its answer as one headline', () => {
    const seg = text(
      [
        'World News',
        'Do striped cows get fewer bites? Scientists who asked win a prize',
        'A team of researchers wondered whether painting cows with stripes keeps flies away. They were honoured on Thursday in Boston.',
      ].join('\n\n'),
    );
    expect(seg.articles.map((a) => a.headline)).toEqual(['Do striped cows get fewer bites? Scientists who asked win a prize']);
  });
});

describe('older papers', () => {
  it('reads "Place, Month Day.—" as a dateline only with its date and dash', () => {
    expect(parseDateline('Washington, D. C., April 17.—The senate campaign funds committee met.')?.dateline).toMatchObject({
      place: 'Washington, D. C.',
      date: 'April 17',
    });
    expect(parseDateline('Dallas, Texas, is where the primary was held.')).toBeNull();
  });

  it('takes a title-case deck ending in a point as part of the headline group, not the story\'s first paragraph', () => {
    const seg = text(
      [
        'Vacation Over',
        'Today For Ten',
        'All Rural High Schools, Eight Short Term Schools Resume Work.',
        'The short summer vacation ended today for between nine and ten thousand school boys and girls in the county.',
      ].join('\n\n'),
    );
    expect(seg.articles).toHaveLength(1);
    expect(seg.articles[0]?.paragraphs[0]).toMatch(/^The short summer vacation/);
  });
});
