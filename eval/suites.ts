// Every suite `npm run eval` runs, in order. Each lives in its own module beside this one.
import type { EvalSuite } from './figure';
import { figuresSuite } from './figures';

export const suites: EvalSuite[] = [figuresSuite];
