// A one-story page read as headless whose first line is a bare name, and whose first paragraph opens with that very
// name as its subject, parted off by a comma ("汪兴明" / "汪兴明,男,原国务院新闻办公室…局长。"): an interview's or a
// profile's page titled by the person (or thing) it is about. A writer's byline name does not open the text it signs
// with itself as the subject; the line is the page's headline. Only a page already read as one headless story is
// touched, so no story is joined or split; only its first two blocks are looked at.
import type { Block } from '../types';
import type { Plan } from './boundaries';

/** The title line: a name of this many Han characters, nothing else. */
const NAME = /^\p{Script=Han}{2,12}$/u;

/** The plan with a bare name line over a paragraph that opens with the name as the headless story's headline. */
export function withSubjectTitle(p: Plan, blocks: readonly Block[]): Plan {
  if (p.articles.length !== 1) return p;
  const a = p.articles[0]!;
  if (a.head.length || a.headline >= 0 || a.runIn || a.body.length < 2) return p;
  const k = a.body[0]!;
  const name = blocks[k]?.text.trim() ?? '';
  if (!NAME.test(name) || a.body[1] !== k + 1) return p;
  const next = blocks[k + 1]?.text.trim() ?? '';
  if (!next.startsWith(name) || !/^[,，(（]/u.test(next.slice(name.length))) return p;
  return { ...p, articles: [{ ...a, head: [k], headline: k, body: a.body.slice(1) }] };
}
