// Preloaded into a benchmarked child process (node --import): reports its peak resident memory on exit.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\njianbao-bench-maxrss-kb=${process.resourceUsage().maxRSS}\n`);
});
