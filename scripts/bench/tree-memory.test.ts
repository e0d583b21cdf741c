import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { canSampleMemory, descendantsRssKb, sampleTreeMemory } from './tree-memory.ts';

/** A child that holds `mb` megabytes (touched, so resident) and a grandchild that holds as much, for `ms`. */
function holdMemory(mb: number, ms: number): Promise<void> {
  const grandchild = `const b = Buffer.alloc(${mb} * 1024 * 1024, 1); setTimeout(() => b.length, ${ms});`;
  const child = `const { spawn } = require('node:child_process'); const b = Buffer.alloc(${mb} * 1024 * 1024, 1);
    spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'inherit' }).on('close', () => b.length);`;
  return new Promise((resolve, reject) => {
    spawn(process.execPath, ['-e', child], { stdio: 'inherit' }).on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`exit ${code}`)),
    );
  });
}

describe('sampleTreeMemory', () => {
  it('reads /proc on this machine', () => {
    expect(canSampleMemory()).toBe(true);
  });

  it('sums the resident memory of children and grandchildren while they run', async () => {
    const sampler = sampleTreeMemory(20);
    await holdMemory(120, 1500);
    const peakMb = sampler.stop() / 1024;
    // Two processes of 120 MB each, plus two Node runtimes (about 40 MB each).
    expect(peakMb).toBeGreaterThan(240);
    expect(peakMb).toBeLessThan(480);
  });

  it('counts nothing once the processes have exited', async () => {
    await holdMemory(10, 10);
    expect(descendantsRssKb()).toBe(0);
  });
});
