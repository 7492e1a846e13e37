// A headline wrapped after the particle 的 ("新安晚报记者陈牧的" / "“十年磨一剑”"): no headline closes on 的, which
// ties what it closes to the words after it, so a headline line ending on it and the line under it, read as the
// deck, are one headline. Looks at one article's two head lines only: constant work per article.
import type { Article } from '../types';

const PARTICLE = /的$/u;
/** Both lines short, as head lines are. */
const MAX_LINE = 40;

/** The article with a headline closing on 的 joined to the deck line under it. */
export function withParticleHead<A extends Pick<Article, 'headline' | 'subheadline'>>(a: A): A {
  const head = a.headline.trim();
  const deck = a.subheadline?.trim();
  if (!deck || !PARTICLE.test(head) || head.length > MAX_LINE || deck.length > MAX_LINE) return a;
  return { ...a, headline: head + deck, subheadline: null };
}
