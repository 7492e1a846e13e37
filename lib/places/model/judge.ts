// What the tagger's span chooser (apply.ts choose) asks of a text besides the scores: how firmly a gazetteer name
// the rules turned down is held against, and whether a span sits on word boundaries. Objects made once per text,
// not closures made per run (tsx's keepNames wraps every named closure in a defineProperty).
import type { PlaceLevel } from '../../types';
import type { Gazetteer } from '../gazetteer';
import { entriesSpelling } from '../match';
import { englishHits, type Tokens } from './en-features';
import { wordBounds } from './word-bounds';

/** Levels whose names the tagger may take against the rules' want of support (南京, 大连). */
const MAJOR = new Set<PlaceLevel>(['country', 'province', 'prefecture']);

/** What choose asks of a text besides the scores, about positions of the tagger's sequence. */
export interface Judge {
  /** The weight against a gazetteer name at [a, b) the rules turned down, or null when the gazetteer has none. */
  veto(a: number, b: number): number | null;
  /** Whether [a, b) starts and ends on word boundaries. */
  bounded(a: number, b: number): boolean;
}

/**
 * The Chinese text's judge; positions are its current run's, `at` units into the text. An object made once per
 * text whose offset moves from run to run, not closures made per run.
 */
export class ZhJudge implements Judge {
  at = 0;
  private bounds: Uint8Array | null = null;
  constructor(
    private readonly g: Gazetteer,
    private readonly text: string,
    private readonly weights: { unsupported: number; vetoed: number },
  ) {}
  /**
   * A gazetteer name the rules turned down: firmly when it is a common word (中心, 集体), lightly when they only
   * lacked support on the page for it (a county or a shared short form named alone).
   */
  veto(a: number, b: number): number | null {
    const g = this.g;
    const entries = entriesSpelling(g, this.text, a + this.at, b + this.at);
    if (entries === null) return null;
    return entries.some((e) => MAJOR.has(g.levelOf(e))) ? this.weights.unsupported : this.weights.vetoed;
  }
  bounded(a: number, b: number): boolean {
    const bounds = (this.bounds ??= wordBounds(this.text));
    return bounds[a + this.at] === 1 && bounds[b + this.at] === 1;
  }
}

/** The English text's judge; positions are tokens. Every token boundary is a word boundary. */
export class EnJudge implements Judge {
  constructor(
    private readonly g: Gazetteer,
    private readonly text: string,
    private readonly t: Tokens,
    private readonly weights: { vetoed: number },
  ) {}
  veto(a: number, b: number): number | null {
    return englishHits(this.g, this.text.slice(this.t.starts[a]!, this.t.ends[b - 1]!)) === undefined ? null : this.weights.vetoed;
  }
  bounded(): boolean {
    return true;
  }
}
