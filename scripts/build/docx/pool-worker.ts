import { parentPort } from 'node:worker_threads';
import { renderTemplateDocx, type TemplateDocxInput } from './render.ts';

/**
 * Worker thread of the Word export pool (pool.ts): renders one template per message and sends the bytes back,
 * transferring the buffer instead of copying it. Errors go back as their message, which names the template.
 */

/** A request from the pool. */
export type DocxJob = { readonly id: number; readonly input: TemplateDocxInput };
/** The answer to a job: the file, or the message of the error it failed with. */
export type DocxResult =
  | { readonly id: number; readonly bytes: Uint8Array }
  | { readonly id: number; readonly error: string };

parentPort?.on('message', async (job: DocxJob) => {
  try {
    const bytes = await renderTemplateDocx(job.input);
    parentPort?.postMessage({ id: job.id, bytes } satisfies DocxResult, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage({ id: job.id, error: message } satisfies DocxResult);
  }
});
