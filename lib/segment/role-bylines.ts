// A writer's name and post on a line of their own, with no "By": "Jane Doe Gossip blogger", "John Roe Economics
// editor", "Ann Lee, staff writer". A page text keeps the byline box of a story page as one line under the headline:
// the name in capitals, then the post in sentence case, its noun (blogger, editor, writer…) in lower case. Capitalised
// and short, the line read like a subheadline, or like a headline above the text (English plain-text round 10). A
// headline set in title case capitalises its last word; a sentence closes on a stop; this line does neither, and
// leaves a name of two to four capitalised words once its post is taken off: the writer's byline. Only among the
// page's first lines, above its text: inside a story such a line is a quoted e-mail's signature or a contributor's
// note, and a byline there would start a story of its own. One pattern on each of those few short lines.
// The post printed alone on the line under a byline ("By John Smith" / "Sports Editor, Daily Planet"), the outlet
// after it, is that byline's second line: furniture, never the story's first paragraph.
import type { Block, Byline } from '../types';
import { emptyByline, parseAuthorLine } from './byline';
import type { BlockInfo } from './classify';
import { asByline, asFurniture } from './line-marks';
import { ROLE_TAIL } from './byline-names';

/** The page's head: its first few lines, up to the first paragraph of prose. */
const HEAD_LINES = 6;
const PROSE = 200;

const MAX_ROLE_LINE = 60;
/** The post closing the line, its noun in lower case: "Gossip blogger", "staff writer", "senior political correspondent". */
const ROLE_END =
  /(?:^|[\s,])(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}+\s+){0,2}(?:blogger|editor|correspondent|reporter|writer|journalist|columnist|contributor|critic|photographer)s?$/u;
/** No digit, stop, colon, quotation or bracket: nothing of a sentence or a headline's punctuation. */
const NOT_NAME_LINE = /[\d.!?:;“”"'‘’()[\]|/]/u;

/**
 * A staff credit naming no one: up to three capitalised words of the outlet, then "Staff" or "Special" and the post,
 * all capitalised ("Times Staff Writer", "Staff Reporter", "Special Correspondent"). The byline box's name was a
 * link the page text lost; its credit is left.
 */
const STAFF_CREDIT = /^(?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}(?:Staff|Special)\s+(?:Writer|Reporter|Correspondent|Photographer)s?$/u;

/** Whether the line is a staff credit naming no one ("Times Staff Writer"). */
export function isStaffCredit(text: string): boolean {
  return STAFF_CREDIT.test(text.trim());
}

/** The writer named on a name-and-post line ("Jane Doe Gossip blogger"), or null. */
export function parseRoleSignedLine(text: string): Byline | null {
  const t = text.trim();
  if (t.length > MAX_ROLE_LINE || !/^\p{Lu}/u.test(t) || NOT_NAME_LINE.test(t) || !ROLE_END.test(t)) return null;
  const byline = parseAuthorLine(t);
  // The post must have come off: a line of bare names is no byline here.
  const names = byline?.authors ?? [];
  if (names.length !== 1 || names[0] === t) return null;
  const words = (names[0] as string).split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)) ? byline : null;
}

/** Reads the name-and-post lines among the page's first lines as bylines. */
export function markRoleBylines(blocks: readonly Block[], infos: BlockInfo[]): void {
  for (let i = 0; i < Math.min(blocks.length, HEAD_LINES); i++) {
    const text = blocks[i]?.text ?? '';
    if (text.length > PROSE) return;
    const info = infos[i] as BlockInfo;
    if (info.byline || info.dateline || info.from || text.length > MAX_ROLE_LINE + 8) continue;
    const byline = parseRoleSignedLine(text) ?? (isStaffCredit(text) ? emptyByline() : null);
    if (byline) infos[i] = asByline(info, byline);
    // The writer's post alone on the line under the byline, the outlet after it ("By John Smith" / "Sports Editor,
    // Daily Planet"): the byline's second line, furniture, never the story's first paragraph nor a name.
    else if (i > 0 && infos[i - 1]?.byline && isPostLine(text)) infos[i] = asFurniture(info);
  }
}

/** A post and its outlet, nothing else: "Sports Editor, Daily Planet", "Senior Reporter", "Political correspondent". */
function isPostLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_ROLE_LINE && /^\p{Lu}/u.test(t) && !/[.!?:;“”"]$/u.test(t) && ROLE_TAIL.test(t);
}
