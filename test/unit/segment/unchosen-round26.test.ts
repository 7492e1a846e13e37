// Layouts met in the twenty-sixth single-story round of issue #12 (a fifteenth unchosen sample of page texts): a
// stored copy printing its date field before the headline on the first line, a copy opened by its tab title
// ("headline - site") over the headline, a report whose section heads go on with a pronoun, an interview page titled
// by its guest's bare name, and a blog post title closed by a counter in brackets. The texts are written here in
// those layouts.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));
const LEAD = '市图书馆昨日举办少儿阅读月启动仪式，来自二十所小学的师生和家长参加了活动，馆方还为到场的孩子准备了绘本。';

describe('a date field run on before the headline', () => {
  it('reads the line after the date as the headline', () => {
    const seg = text([' date 2024-03-05 市图书馆启动少儿阅读月 推广亲子共读', LEAD, '活动将持续一个月，各分馆同步开展讲座和展览。'].join('\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['市图书馆启动少儿阅读月 推广亲子共读']);
  });

  it('leaves a date line over its source field alone', () => {
    const seg = text(['2024-03-05 来源:本报', '市图书馆启动少儿阅读月', LEAD].join('\n\n'));
    expect(seg.articles.map((a) => a.headline)).toEqual(['市图书馆启动少儿阅读月']);
  });
});

describe('a page text opened by its tab title', () => {
  const P1 = '轉眼間實習已經兩個月了。這段時間令我感受最深的是編輯部對每一篇稿件的嚴謹要求，每個數字、每個人名和頭銜都要在交稿前核對兩次，遇到不肯定的地方，主任總是要我再打一次電話向當事人求證，寧可慢一點也不能出錯。';
  const P2 = '記得有一次主任審閱我的稿時，她像中學的中文老師一樣，向我逐字解釋引述別人說話時用「表示」、「指」和「稱」有何分別，不可混為一談；另一位前輩則教我在每次交稿前把文中提到的資料逐項再查一遍，確保沒有遺漏。';
  const P3 = '實習除了辛苦，也有令人滿足的時候。上個月我第一次獨立負責一篇報道，內容涉及一間公司的投訴，採訪對象臨時改期，我只好在現場等了整個下午，又翻查了公司註冊資料和多個政府部門的回覆，寫稿時每一句都要交代清楚來源。';
  const P4 = '最後總算趕及截稿，看到報道見報的一刻，覺得幾個星期以來的奔波都值得。前輩說，做記者最重要的是對事實的尊重，這句話我會一直記住，也希望日後能寫出更多對社會有用的報道，不辜負讀者的信任和同事們的幫忙。';
  const page = (tab: boolean) =>
    [...(tab ? ['新人記者在《城報》 - 城報校園記者計劃'] : []), '新人記者在《城報》', '文.陳嘉文', ' ' + P1, ' ' + P2, ' 實習的辛苦與滿足', ' ' + P3, ' ' + P4].join('\n\n');

  it('is one story under its headline: a short head under it is a section', () => {
    expect(text(page(true)).articles.map((a) => a.headline)).toEqual(['新人記者在《城報》']);
  });

  it('is read on its own grammar without the tab title', () => {
    expect(text(page(false)).articles.length).toBe(2);
  });
});

describe('section heads that go on with a pronoun', () => {
  const Q1 = '为提升学生对非物质文化遗产的认识，区文化馆馆长王丽华日前走进第三中学主持讲座，为初二年级的学生讲解非遗保护工作的日常，也对比了传统技艺的传承与创新之间的分别，现场学生踊跃提问，气氛十分热烈。';
  const Q2 = '王丽华从事文化工作二十多年，曾参与多个非遗项目的申报、调查和整理工作，并曾获得多个省级奖项，她走访过全区几十位老手艺人，整理出十多万字的口述资料，对本地传统技艺的现状有深入而全面的认识。';
  const Q3 = '提到「老手艺人眼中的传承」就是师徒相授的规矩，一门手艺往往要学上好几年才能出师，而年轻人则更愿意借助短视频和网络平台，让更多人看到手艺，两种想法各有道理，关键是找到彼此都能接受的方式，让手艺真正活下去。';
  const Q4 = '她指出，文化馆的日常工作包括普查、记录、展示和培训等，亦介绍了剪纸、面塑、竹编等本地项目的现状，又说学生们如果喜欢动手、喜欢问为什么，就已经具备了学习传统技艺的条件，欢迎大家课余到文化馆参观体验。';
  const page = (opening: string) => ['区文化馆馆长走进中学讲解非遗保护 对比传承与创新', Q1, Q2, '老手艺人眼中的传承 vs 年轻人眼中的传承', opening + Q3, Q4].join('\n');

  it('keeps a head whose text opens on a pronoun inside the one story', () => {
    expect(text(page('在讲座中，她')).articles.map((a) => a.headline)).toEqual(['区文化馆馆长走进中学讲解非遗保护 对比传承与创新']);
  });

  it('leaves a head whose text names its subject to the page\'s other signals', () => {
    expect(text(page('在讲座中，王丽华')).articles.length).toBe(2);
  });
});

describe('an interview page titled by its guest\'s name', () => {
  it('takes the bare name over a paragraph opening with it as the headline', () => {
    const seg = text(
      [
        '李文涛',
        '李文涛,男,原市档案馆馆长,从事档案工作三十余年,参与编纂了多部地方志。',
        '访谈实录',
        '主持人: 各位网友大家好,今天我们请到了李文涛馆长,和大家聊聊档案里的城市记忆。',
        '李文涛: 主持人好,各位网友好,很高兴和大家交流。',
      ].join('\n\n'),
    );
    expect(seg.articles.map((a) => a.headline)).toEqual(['李文涛']);
  });
});

describe('a counter in brackets closing a post title', () => {
  it('is no word of the headline; a part number in brackets is', () => {
    const body = '中學時立志做記者,主要受電視新聞和報章的影響,後來入行跑新聞,一做就是十多年,見證了行業的許多變遷。';
    expect(text(['【專欄】我的入行故事 (2381)', body].join('\n\n')).articles.map((a) => a.headline)).toEqual(['【專欄】我的入行故事']);
    expect(text(['記者手記系列（2）', body].join('\n\n')).articles.map((a) => a.headline)).toEqual(['記者手記系列（2）']);
  });
});
