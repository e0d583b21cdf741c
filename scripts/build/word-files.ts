import type { TemplateEntry } from '../library/types.ts';

/** A template's two Word files: with guidance (`<slug>.docx`) and without it (`<slug>-uden-vejledning.docx`). */
export type WordFiles = { readonly full: Uint8Array; readonly withoutGuidance: Uint8Array };

/** The Word export's API (scripts/build/docx/render.ts), injectable so callers can swap the renderer. */
export type RenderDocx = (input: {
  title: string;
  frontmatter: Record<string, unknown>;
  body: string;
  sourceFile: string;
  baseUrl?: string;
  bodyLine?: number;
  ownerName?: string;
}) => Promise<WordFiles>;

/** A renderer and how to release what it holds (the worker threads of the default one). */
export interface DocxRenderer {
  render: RenderDocx;
  close: () => Promise<void>;
}

/**
 * The file names of a template's Word files in `/skabeloner/<slug>/`, each with its bytes. The site links both:
 * `<slug>.docx` (with the guidance) and `<slug>-uden-vejledning.docx`.
 * @param slug The template's slug.
 * @param files Its rendered files.
 */
export function wordFileNames(slug: string, files: WordFiles): [name: string, bytes: Uint8Array][] {
  return [
    [`${slug}.docx`, files.full],
    [`${slug}-uden-vejledning.docx`, files.withoutGuidance],
  ];
}

/**
 * Start the default renderer: a pool of worker threads (scripts/build/docx/pool.ts). The Word files depend
 * only on the MDX sources, so they are rendered on other threads while Astro builds in its child process,
 * instead of competing with the build's main thread or waiting for it. Call `close()` when done.
 * The pool starts at the first render, so a build that stops at validation, or finds every file in the Word cache,
 * never starts threads.
 */
export async function startDocxRenderer(): Promise<DocxRenderer> {
  let pool: ReturnType<typeof createPool> | undefined;
  const createPool = async () => (await import('./docx/pool.ts')).createDocxPool();
  const started = () => {
    pool ??= createPool();
    return pool;
  };
  return {
    render: async (input) => (await started()).render(input),
    close: async () => {
      if (pool) await (await pool).close();
    },
  };
}

/**
 * Render every template's two Word files once (the same files serve both tiers), a few templates at a time; one
 * job per template, so the MDX is parsed once for both files. Returns slug → files; a failing template rejects with
 * its file named.
 */
export async function renderWordFiles(
  templates: readonly TemplateEntry[],
  render: RenderDocx,
  context: { publicUrl: string; ownerNames: ReadonlyMap<string, string> },
  concurrency = 8,
): Promise<Map<string, WordFiles>> {
  const out = new Map<string, WordFiles>();
  let next = 0;
  async function worker(): Promise<void> {
    while (next < templates.length) {
      const t = templates[next++];
      if (!t) break;
      try {
        out.set(
          t.slug,
          await render({
            title: t.data.title,
            frontmatter: t.data,
            body: t.body,
            sourceFile: t.file,
            baseUrl: context.publicUrl,
            bodyLine: t.bodyLine,
            ownerName: context.ownerNames.get(t.data.owner) ?? t.data.owner,
          }),
        );
      } catch (error) {
        throw new Error(`Word-filerne til ${t.file} kunne ikke laves: ${(error as Error).message}`);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, templates.length) }, worker));
  return out;
}
