import { parentPort } from 'node:worker_threads';
import { renderTemplateDocx, type TemplateDocxFiles, type TemplateDocxInput } from './render.ts';

/**
 * Worker thread of the Word export pool (pool.ts): renders one template's two files per message and sends the
 * bytes back, transferring the buffers instead of copying them. Errors go back as their message, which names the
 * template.
 */

/** A request from the pool. */
export type DocxJob = { readonly id: number; readonly input: TemplateDocxInput };
/** The answer to a job: the files, or the message of the error it failed with. */
export type DocxResult =
  | { readonly id: number; readonly files: TemplateDocxFiles }
  | { readonly id: number; readonly error: string };

parentPort?.on('message', async (job: DocxJob) => {
  try {
    const files = await renderTemplateDocx(job.input);
    // A buffer may be listed only once, should both files ever share one.
    const buffers = new Set([files.full.buffer, files.withoutGuidance.buffer] as ArrayBuffer[]);
    parentPort?.postMessage({ id: job.id, files } satisfies DocxResult, [...buffers]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage({ id: job.id, error: message } satisfies DocxResult);
  }
});
