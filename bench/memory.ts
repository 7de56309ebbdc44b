// Peak resident memory of this process (VmHWM from /proc/self/status), and a reset of that peak between stages.
import { readFileSync, writeFileSync } from 'node:fs';

/** Peak resident set size so far, in MiB (Linux); falls back to the current RSS elsewhere. */
export function peakRssMiB(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Math.round(Number(m[1]) / 1024);
  } catch {
    // not Linux: use the current RSS
  }
  return Math.round(process.memoryUsage().rss / 2 ** 20);
}

/** Starts a new peak measurement (writing 5 to /proc/self/clear_refs resets VmHWM); false where that is impossible. */
export function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}
