// Newsletter sign-up boxes that no element name gives away (a utility-class page names nothing "newsletter"): a
// form that asks for an e-mail address, and the lines round it that sell the letter — its label ("Light Speed"),
// the pitch ("Want more …? Sign up for our weekly …"), the terms ("By signing up you agree …", "This newsletter may
// contain advertising …"). The box is the largest element round the form whose text stays short (BOX_MAX
// characters): a story the form sits in is far longer, so the climb stops at the box's edge. A block whose first
// text lies in a box is the page's furniture, wherever Readability put it.
import type { DomBlocks } from './dom';

/** A sign-up box's words: label, pitch, form, terms, thanks. A story is longer. */
const BOX_MAX = 500;
/** Boxes looked for on one page: each climb reads the text of the elements it passes, so the count is bounded. */
const MAX_FORMS = 8;
/** What an address field is called where its type does not say it ("email", "e-mail", 邮箱, 電郵). */
const ADDRESS_FIELD = /e-?mail|邮箱|郵箱|电邮|電郵/i;

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

/** A form that asks for an e-mail address: an input of type email, or one named, labelled or hinted as one. */
function asksForAddress(form: Element): boolean {
  for (const input of Array.from(form.getElementsByTagName('input'))) {
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'email') return true;
    if (type !== 'text') continue;
    const said = `${input.getAttribute('name') ?? ''} ${input.getAttribute('placeholder') ?? ''} ${input.getAttribute('aria-label') ?? ''}`;
    if (ADDRESS_FIELD.test(said)) return true;
  }
  return false;
}

/** The largest element round the form whose text stays within BOX_MAX and that holds no h1 (the page's headline). */
function boxOf(form: Element): Element {
  let box = form;
  for (let up = form.parentElement; up && up.tagName.toLowerCase() !== 'body'; up = up.parentElement) {
    if (textLength(up) > BOX_MAX || up.getElementsByTagName('h1').length) break;
    box = up;
  }
  return box;
}

/** Per block: its first text lies in a newsletter sign-up box. */
export function signupBoxFlags(dom: DomBlocks): boolean[] {
  const first = dom.nodes.find((runs) => runs.length)?.[0]?.node;
  const doc = first?.ownerDocument;
  if (!doc) return dom.blocks.map(() => false);
  const boxes: Element[] = [];
  for (const form of Array.from(doc.getElementsByTagName('form'))) {
    if (boxes.length >= MAX_FORMS) break;
    if (asksForAddress(form)) boxes.push(boxOf(form));
  }
  if (!boxes.length) return dom.blocks.map(() => false);
  return dom.blocks.map((_, i) => {
    const node = dom.nodes[i]?.[0]?.node;
    return !!node && boxes.some((box) => box.contains(node));
  });
}
