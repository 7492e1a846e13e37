// Every suite `npm run eval` runs, in order. Each lives in its own module beside this one.
import type { EvalSuite } from './figure';
import { realMulti } from './real-multi';

export const suites: EvalSuite[] = [realMulti];
