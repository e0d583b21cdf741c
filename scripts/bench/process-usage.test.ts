import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProcessUsage } from './process-usage.ts';

const preload = fileURLToPath(new URL('./process-usage.ts', import.meta.url));
const MB = 1024;

describe('process-usage preload', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reports the child's own peak, not the memory of the process that started it", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sikkerhedsnet-process-usage-'));
    const file = path.join(dir, 'usage.json');
    // Make this process big (filled, so the pages are resident) before it starts the child.
    const ballast = Array.from({ length: 300 }, () => Buffer.alloc(1024 * 1024, 1));
    expect(process.memoryUsage().rss).toBeGreaterThan(300 * 1024 * 1024);
    // The child also prints ru_maxrss, which Linux carries over from the forked copy of this process.
    const maxRss = Number(
      execFileSync(process.execPath, ['--import', preload, '-e', 'console.log(process.resourceUsage().maxRSS)'], {
        env: { ...process.env, SIKKERHEDSNET_BENCH_USAGE: file },
      }).toString(),
    );
    const usage = JSON.parse(readFileSync(file, 'utf8')) as ProcessUsage;
    expect(ballast.length).toBe(300);
    expect(maxRss).toBeGreaterThan(300 * MB);
    expect(usage.maxRssKb).toBeGreaterThan(20 * MB);
    expect(usage.maxRssKb).toBeLessThan(200 * MB);
    expect(usage.cpuMs).toBeGreaterThan(0);
  });
});
