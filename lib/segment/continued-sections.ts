// Section heads whose text goes on with the story above: a report parts its text with heads ("別人眼中的記者 vs 記者眼中
// 的記者") whose first sentence's subject is a third-person pronoun ("在講座中，她提到…", "他指出…") — the person the
// text above has named. A story of its own introduces whom it speaks of; a pronoun with nothing before it to point back
// to is the grammar of a text that goes on. Where every later story of a page text opens so, and no story carries a
// dateline, byline, credit or caption of its own, the page is one story and the heads its sections. Each block of the
// plan is read once: linear in the page.
import type { Block } from '../types';
import type { Plan } from './boundaries';
import type { BlockInfo } from './classify';

/**
 * A first sentence whose subject is a third-person pronoun: at its start, or after a short opening phrase of time or
 * place closed by a comma ("在講座中，她…", "其後，他…"). Simplified and Traditional plurals.
 */
const PRONOUN_OPENING = /^(?:[^，,。；;！？!?]{1,8}[，,]\s*)?(?:她們|他們|它們|她们|他们|它们|她|他|它)(?![们們])/u;

function ownsGrammar(info: BlockInfo | undefined): boolean {
  return !!info && !!(info.dateline || info.byline || info.openingByline || info.credit || info.from || info.to || info.caption);
}

/** Whether the plan's later stories are sections that go on with the first: see the head of this file. */
export function isContinuedPage(p: Plan, blocks: readonly Block[], infos: readonly BlockInfo[]): boolean {
  if (p.articles.length < 2) return false;
  for (const [k, a] of p.articles.entries()) {
    for (const b of a.head) if (ownsGrammar(infos[b])) return false;
    for (const b of a.body) if (ownsGrammar(infos[b])) return false;
    if (k === 0) continue;
    if (a.head.length !== 1 || a.headline !== a.head[0] || !a.body.length) return false;
    if (!PRONOUN_OPENING.test((blocks[a.body[0]!] as Block).text.trim())) return false;
  }
  return true;
}
