// The batch progress bar on stderr (cli-progress): pages done of those known so far, rate, ETA. Only on a terminal.
export interface Progress {
  /** Pages known so far (an archive adds its pages once it is opened). */
  total(n: number): void;
  tick(): void;
  stop(): void;
}

const SILENT: Progress = { total() {}, tick() {}, stop() {} };

export async function progressBar(enabled: boolean): Promise<Progress> {
  if (!enabled) return SILENT;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'jianbao {bar} {value}/{total} pages | {rate} pages/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      fps: 5,
      // Forced with --progress on a stream that is not a terminal: plain redraws every 2 s.
      noTTYOutput: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  bar.start(0, 0, { rate: '0.0' });
  return {
    total: (n) => bar.setTotal(n),
    tick: () => {
      done++;
      bar.update(done, { rate: (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}
