// Dispatch and the one rule for failures: one line on stderr, exit status 2.
import { annotate } from './annotate';
import { UsageError } from './errors';
import { extract } from './extract';

const USAGE = `usage:
  jianbao extract <FILE|-> [--url URL] [--format json|markdown]
  jianbao annotate [--lang auto|zh|en]   (reads lines on stdin, writes one JSON line each)`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === 'extract') {
      process.stdout.write(extract(args));
      return 0;
    }
    if (command === 'annotate') {
      await annotate(args);
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    throw new UsageError(command ? `unknown command ${command}\n${USAGE}` : USAGE);
  } catch (e) {
    const message = e instanceof UsageError ? e.message : `failed: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`jianbao: ${message.split('\n')[0]}\n`);
    return 2;
  }
}
