import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocxJob, DocxResult } from './pool-worker.ts';
import type { TemplateDocxFiles, TemplateDocxInput } from './render.ts';

/** A set of worker threads that render Word files off the main thread. */
export type DocxPool = {
  /** Same contract as `renderTemplateDocx` (both files of a template), run on the least busy worker. */
  readonly render: (input: TemplateDocxInput) => Promise<TemplateDocxFiles>;
  /** Stop the workers; pending renders are rejected. */
  readonly close: () => Promise<void>;
};

/**
 * Heap limit of a worker. Rendering makes much short-lived garbage, and V8 lets an unlimited heap grow to hundreds
 * of megabytes before collecting it; the build's peak memory is what a CI runner must have (npm run bench:site). A
 * template's files take a few megabytes at most, so this leaves ample room.
 */
const WORKER_HEAP_MB = 128;

type Pending = { resolve: (files: TemplateDocxFiles) => void; reject: (error: Error) => void };
type Slot = { worker: Worker; pending: Map<number, Pending> };

/**
 * Start a pool of worker threads for the Word export. Rendering a .docx is CPU-bound (parsing the MDX, building
 * and zipping the XML: tens of milliseconds per template), so a build with hundreds of templates gains from
 * running it beside Astro on another core rather than interleaved with it on the main thread.
 * @param threads Number of workers; default one less than the available cores, at least 1.
 * @returns The pool; call `close()` when done, or the workers keep the process alive.
 */
export function createDocxPool(threads = Math.max(1, availableParallelism() - 1)): DocxPool {
  const slots: Slot[] = Array.from({ length: Math.max(1, threads) }, () => startSlot());
  let nextId = 1;
  let closed = false;

  function startSlot(): Slot {
    const slot: Slot = {
      worker: new Worker(new URL('./pool-worker.ts', import.meta.url), {
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      }),
      pending: new Map(),
    };
    slot.worker.on('message', (result: DocxResult) => {
      const waiting = slot.pending.get(result.id);
      slot.pending.delete(result.id);
      if ('files' in result) waiting?.resolve(result.files);
      else waiting?.reject(new Error(result.error));
    });
    // A crashed worker fails what it was doing; the pool's other workers carry on.
    slot.worker.on('error', (error) => failAll(slot, error));
    slot.worker.on('exit', () => failAll(slot, new Error('Word-eksportens arbejdstråd stoppede uventet')));
    return slot;
  }

  function failAll(slot: Slot, error: Error): void {
    for (const waiting of slot.pending.values()) waiting.reject(error);
    slot.pending.clear();
  }

  return {
    render(input) {
      if (closed) return Promise.reject(new Error('Word-eksportens pulje er lukket'));
      const slot = slots.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
      const id = nextId++;
      return new Promise<TemplateDocxFiles>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, input } satisfies DocxJob);
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
