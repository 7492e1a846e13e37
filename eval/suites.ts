// Every suite `npm run eval` runs, in order. Each lives in its own module beside this one.
import { aeb } from './aeb';
import { aebText } from './aeb-text';
import type { EvalSuite } from './figure';
import { figuresSuite } from './figures';
import { placesSuite } from './places';
import { realMulti } from './real-multi';
import { realZh } from './real-zh';

export const suites: EvalSuite[] = [realZh, realMulti, aeb, aebText, figuresSuite, placesSuite];
