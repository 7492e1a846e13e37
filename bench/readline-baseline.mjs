// The floor for `jianbao annotate`: the same line reading and buffered writing, with no annotation (`{}` a line).
import { pipeLines } from './line-pipe.mjs';

await pipeLines(() => '{}\n');
