/**
 * Preloaded into every process `npm run bench:newsletter` starts (`node --import <this file> …`): when the process
 * exits, it writes its own peak resident memory and CPU time as JSON to the file named by
 * `SIKKERHEDSNET_BENCH_USAGE`.
 *
 * Why this way: the process reads the kernel's own high-water mark of its memory as it exits. Nothing samples from
 * outside, so a short peak between two samples is not missed, and nothing races the exit. `/usr/bin/time -v` is
 * not installed everywhere, and Node gives a parent no rusage for its children. The peak is `VmHWM` of
 * /proc/self/status, not getrusage's ru_maxrss (`process.resourceUsage().maxRSS`): Linux carries ru_maxrss over
 * from the forked copy of the parent into the new program, so a child of a 300 MB process reports at least
 * 300 MB, while VmHWM belongs to the program's own memory. ru_maxrss is the fallback where /proc is missing.
 * Processes the measured one starts (such as `git log` for the library's dates) are not counted.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** What the file holds. */
export interface ProcessUsage {
  /** Peak resident set size in kilobytes (VmHWM, else ru_maxrss). */
  maxRssKb: number;
  /** User plus system CPU time in milliseconds. */
  cpuMs: number;
}

/** VmHWM in kilobytes, or undefined without /proc (not Linux). */
function highWaterMarkKb(): number | undefined {
  try {
    const match = /^VmHWM:\s*(\d+)\s*kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

const file = process.env.SIKKERHEDSNET_BENCH_USAGE;
if (file) {
  // 'exit' also runs on process.exit(), which the CLI entry points call once their command returns.
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const result: ProcessUsage = {
      maxRssKb: highWaterMarkKb() ?? usage.maxRSS,
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    };
    writeFileSync(file, JSON.stringify(result));
  });
}
