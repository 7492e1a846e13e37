// Dispatch and the one rule for failures: one line on stderr, exit status 2. Commands are imported only when
// run, so `--help` loads nothing and `annotate` never loads the DOM.
import { UsageError, InputError } from './errors';

const USAGE = `usage:
  jianbao extract <FILE|-> [--url URL] [--format json|markdown] [--lang en|zh|zh-Hant] [--dates]
  jianbao extract <FILE…|DIR|-> --format jsonl [--jobs N]     one JSON line per page, in input order
  jianbao extract <FILE…|DIR|-> --out DIR [--format markdown|json] [--jobs N]   one file per page
      inputs: .html in any encoding, .html.gz, .mhtml, .warc, .warc.gz (one result per archived HTML page), .txt
      exit status: 0 all pages ok, 1 some failed (each reported in its line), 2 bad usage
  jianbao annotate [--lang auto|zh|en] [--jobs N]   (reads lines on stdin, writes one JSON line each, in order)`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === 'extract') {
      const { extract } = await import('./extract');
      return await extract(args);
    }
    if (command === 'annotate') {
      const { annotate } = await import('./annotate');
      await annotate(args);
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    throw new UsageError(command ? `unknown command ${command}\n${USAGE}` : USAGE);
  } catch (e) {
    const message = e instanceof UsageError || e instanceof InputError ? e.message : `failed: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`jianbao: ${message.split('\n')[0]}\n`);
    return 2;
  }
}
