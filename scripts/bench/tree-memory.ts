/**
 * Peak memory of everything a benchmark starts: the resident memory of all descendants of this process, summed and
 * sampled every `intervalMs` from /proc (Linux). A build is several processes at once (the build, its worker
 * threads, Astro's child process, Pagefind's binary), and what a machine must have is their sum at the busiest
 * moment; each process's own high-water mark (scripts/bench/process-usage.ts) would overstate it, as the peaks do
 * not coincide. A peak shorter than the interval can be missed; both builds a benchmark compares are sampled alike.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The resident set of a process in kilobytes, 0 when it has exited. */
function rssKb(pid: number): number {
  try {
    const match = /^VmRSS:\s*(\d+)\s*kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The children of a process, through each of its threads. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
      try {
        return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

/** Resident memory of every descendant of `root`, summed, in kilobytes. */
export function descendantsRssKb(root = process.pid): number {
  let total = 0;
  const queue = childrenOf(root);
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    total += rssKb(pid);
    queue.push(...childrenOf(pid));
  }
  return total;
}

/** Whether this machine has the /proc files the sampler reads. */
export function canSampleMemory(): boolean {
  return rssKb(process.pid) > 0;
}

/**
 * Sample the memory of this process's descendants until `stop()`, which returns the highest sum seen in kilobytes.
 * `self`: count this process too (for work it does in-process).
 */
export function sampleTreeMemory(intervalMs = 50, self = false): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, descendantsRssKb() + (self ? rssKb(process.pid) : 0));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
