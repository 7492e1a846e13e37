// Places that name teams: in a report of a match or a tournament, countries and provinces listed side by side
// (德国、英格兰、阿根廷; e组的美国、俄罗斯、立陶宛) or set against each other (巴西对苏格兰) are the sides, not the
// places, as the labelled news of People's Daily reads them. Found from the sentence's sport words and the list's
// shape: two or more places joined by 、/和/对 with nothing else between them.
import type { PlaceSpan } from '../types';

/** Words only a report of sport uses; a score (2∶1). */
const SPORT = /球队|强队|[主客]队|国家队|[的等各]队|[男女][篮排足]|比赛|[决联复半]赛|赛季|锦标赛|世界杯|奥运|[a-hA-H]组|∶\d|出线|冠军|亚军|击败|战胜|小胜|负于|逼平|淘汰|名次|积分|交锋|对手/;
/** What may join two sides: a list's mark, a conjunction, 对 of a match. */
const JOIN = /^(?:、|和|与|及|对|vs|VS)$/;
const TEAM_LEVELS = new Set(['country', 'province']);

/**
 * `spans` less the places that stand for teams in a sentence about sport (`text` folded to Simplified). The list's
 * shape is read on `listed` too (the rules' spans, before the tagger chose): a side the tagger doubted
 * (e组的美国、俄罗斯、立陶宛、西班牙 with 俄罗斯 dropped) does not break the list, and the sides it kept go.
 */
export function withoutTeams(text: string, spans: PlaceSpan[], listed: readonly PlaceSpan[] = []): PlaceSpan[] {
  if (spans.length === 0 || (spans.length < 2 && listed.length < 2) || !SPORT.test(text)) return spans;
  const team = sides(text, spans);
  const sideOfList = sides(text, listed);
  let out: PlaceSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    let drop = team[k] === 1;
    for (let j = 0; !drop && j < listed.length; j++) drop = sideOfList[j] === 1 && listed[j]!.start === s.start && listed[j]!.end === s.end;
    if (drop && out === null) out = spans.slice(0, k);
    else if (!drop && out !== null) out.push(s);
  }
  return out ?? spans;
}

/** 1 at the spans joined to a neighbour as a side (two countries or provinces with only 、, 和, 对 … between). */
function sides(text: string, spans: readonly PlaceSpan[]): Uint8Array {
  const team = new Uint8Array(spans.length);
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!;
    const b = spans[k + 1]!;
    if (!TEAM_LEVELS.has(a.level) || !TEAM_LEVELS.has(b.level)) continue;
    if (!JOIN.test(text.slice(a.end, b.start))) continue;
    team[k] = 1;
    team[k + 1] = 1;
  }
  return team;
}
