// The text directive for a passage, chosen from the live range when it is saved: GoogleChromeLabs'
// text-fragments-polyfill (Apache-2.0) picks the shortest start/end and context that match only this passage on
// this page, which a directive built from the stored quote alone cannot know (mid-word Chinese passages, repeats).
// Only its generator is bundled (the dist's fragment-generation-utils), not the polyfill that would scroll pages.
// @ts-expect-error: the package ships no types for this entry point.
import { generateFragmentFromRange, GenerateFragmentStatus } from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import { TEXT_FRAGMENT_SPEC, type FragmentSelector } from '@/lib/clipping';
import { fragmentDirective } from '@/lib/export/text-fragment';
import { TEXT_DIRECTIVE } from '@/lib/schema/clipping';

interface GeneratedFragment {
  status: number;
  fragment?: { textStart: string; textEnd?: string; prefix?: string; suffix?: string };
}

/** The passage's FragmentSelector, or null when the generator finds none (ambiguous, timed out, not text). */
export function fragmentSelector(range: Range): FragmentSelector | null {
  try {
    const result = (generateFragmentFromRange as (r: Range) => GeneratedFragment)(range);
    if (result.status !== (GenerateFragmentStatus as { SUCCESS: number }).SUCCESS || !result.fragment?.textStart) return null;
    const value = fragmentDirective(result.fragment);
    return TEXT_DIRECTIVE.test(value) ? { type: 'FragmentSelector', conformsTo: TEXT_FRAGMENT_SPEC, value } : null;
  } catch {
    return null;
  }
}
