import type { Progress } from '../chunks.js';

/**
 * A progress bar on standard error, so that standard output stays clean for data (JSON, CSV).
 * On a terminal it redraws one line; elsewhere (logs, CI) it prints a line per quarter.
 */
export function progressBar(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): Progress & { done(): void } {
  let lastStep = '';
  let lastQuarter = -1;
  let drawn = false;
  const bar = (step: string, done: number, total: number) => {
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    if (stream.isTTY) {
      const width = 24;
      const filled = Math.round(ratio * width);
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)} % ${step} ${done}/${total}\x1b[K`,
      );
      drawn = true;
      return;
    }
    const quarter = Math.floor(ratio * 4);
    if (step !== lastStep || quarter !== lastQuarter) {
      if (quarter === 4 || step !== lastStep) stream.write(`${label}: ${step} ${done}/${total}\n`);
      lastStep = step;
      lastQuarter = quarter;
    }
  };
  return Object.assign(bar, {
    done() {
      if (drawn) stream.write('\n');
    },
  });
}
