// Newsletter sign-up boxes told by the e-mail address their form asks for (lib/blocks/signup-boxes.ts).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../lib/pipeline';
import { blocksFromDom } from '../../../lib/blocks/dom';
import { signupBoxFlags } from '../../../lib/blocks/signup-boxes';

const story = [
  'The harbour board voted on Tuesday to close the old ferry pier for repairs that will last most of the summer season.',
  'Boats will use the north quay instead, and the board said timetables would stay the same for commuters and visitors alike.',
  'Engineers found that several timber piles had rotted below the waterline during an inspection carried out in the spring.',
  'The work is expected to cost about two million and should be finished before the autumn storms arrive on the coast.',
];

function page(form: string): Document {
  const html = `<html><head><title>Ferry pier to close for repairs | Example News</title>
    <meta property="og:type" content="article"></head><body>
    <div class="top"><a href="/">Home</a> <a href="/local">Local</a></div>
    <h1>Ferry pier to close for repairs</h1>
    <article>
      <p>${story[0]}</p><p>${story[1]}</p>
      <section class="relative p-8 my-12 border">
        <div class="absolute px-2 font-bold">Harbour Weekly</div>
        <div class="flex flex-col">
          <div class="font-bold">Want more news from the waterfront every week?</div>
          <div class="leading-8">Sign up for our weekly harbour newsletter.</div>
          ${form}
          <div class="mt-4 text-xs">By signing up you agree to our Terms of Use and Privacy Policy.</div>
        </div>
      </section>
      <p>${story[2]}</p><p>${story[3]}</p>
    </article>
    <div class="py-9 px-6 mt-20 border">
      <div class="flex"><div class="font-bold">The biggest stories of the day delivered to your inbox.</div>
        <div>${form.replace('Sign Me Up', 'Subscribe')}</div></div>
      <div class="mt-4">This newsletter may contain advertising, deals, or affiliate links. You may unsubscribe at any time.</div>
    </div>
    </body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

const emailForm = '<form><input type="email" placeholder="Enter Email"><button type="submit">Sign Me Up</button></form>';

describe('newsletter sign-up boxes', () => {
  it('leave the box label, pitch and terms out of the story, in the text and under it', () => {
    const { result } = extractDocument(page(emailForm), { gazetteer: null });
    expect(result.articles).toHaveLength(1);
    const text = result.articles[0]!.paragraphs.join('\n');
    expect(result.articles[0]!.paragraphs).toEqual(story);
    expect(text).not.toMatch(/Harbour Weekly|Sign up for|By signing up|This newsletter may contain/);
  });

  it('know an address field by its name where its type does not say it', () => {
    const doc = page('<form><input type="text" name="EMAIL"><button>Sign Me Up</button></form>');
    const dom = blocksFromDom(doc.body);
    const flagged = signupBoxFlags(dom)
      .map((f, i) => (f ? dom.blocks[i]!.text : null))
      .filter((t) => t !== null);
    expect(flagged).toContain('Harbour Weekly');
    expect(flagged).toContain('By signing up you agree to our Terms of Use and Privacy Policy.');
    // The box ends where the story around it begins.
    expect(flagged.join('\n')).not.toMatch(/harbour board|timber piles/);
  });

  it('leave a box whose form asks for no address (a search form) alone', () => {
    const dom = blocksFromDom(page('<form><input type="search" name="q"><button>Search</button></form>').body);
    expect(signupBoxFlags(dom).some(Boolean)).toBe(false);
  });
});
