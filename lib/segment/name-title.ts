// A programme or column page titled by the name of the person it portrays, the name alone on the page's first line
// and the site's source line under it, an outlet and its bracketed date and clock time ("欒帆" / "央視國際 (2003年01月21日
// 16:05)" / text, issue 12 round 46). A name of two to four Han characters is no headline candidate (a bare name
// alone is as often a byline), so the page reads as one headless story opening on the name. But a byline never stands
// above the outlet's dated source line: that line follows a headline, as "标题 / 2023-02-06 10:04 来源：…" does on
// page texts; so the name over it, at the very top of the story, over prose, is the piece's title. The name heads the
// story and the source line is page furniture. Only a page already read as one headless story is touched, so no story
// is joined or split; looks at the story's first three blocks only (constant work).
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';
import { isProse } from './page-headline';

/** A name alone on its line: two to four Han characters. */
const NAME_LINE = /^\s*[\u3400-\u9fff]{2,4}\s*$/u;
/** An outlet's name and its bracketed date and clock time: "央視國際 (2003年01月21日 16:05)", "新华网（2010-05-02 08:30）". */
const SOURCE_LINE =
  /^\s*[^\s\d()（）]{2,12}\s*[(（]\s*\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*[)）]\s*$/u;

/** A sentence closed by its stop. */
const SENTENCE = /[\u3400-\u9fff].*[。！？!?]\s*$/u;

/** The text under the source line: prose, or a first sentence of its own (a short opening line, closed by its stop). */
function isText(block: Block, info: BlockInfo): boolean {
  return isProse(block, info) || SENTENCE.test(block.text);
}

/** The plan with a name-titled piece's name heading its one story, the source line under it left as furniture. */
export function withNameTitle(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): Plan {
  if (p.articles.length !== 1) return p;
  const a = p.articles[0]!;
  if (a.head.length || a.headline >= 0 || a.runIn || a.body.length < 3) return p;
  const name = a.body[0]!;
  const source = name + 1;
  if (!NAME_LINE.test(blocks[name]?.text ?? '') || !SOURCE_LINE.test(blocks[source]?.text ?? '')) return p;
  // (The source line may already be read as the story's meta line, out of its text: it stays where it was put.)
  const inBody = a.body[1] === source;
  const next = a.body[inBody ? 2 : 1];
  if (next !== name + 2 || !isText(blocks[next] as Block, infos[next] as BlockInfo)) return p;
  const rubricBlocks = inBody ? [...p.rubricBlocks, source].sort((x, y) => x - y) : p.rubricBlocks;
  return { ...p, rubricBlocks, articles: [{ ...a, head: [name], headline: name, body: a.body.slice(inBody ? 2 : 1) }] };
}
