/**
 * The approved preview as a file: `newsletter preview` writes the mailings it composed to `udsendelse.json`, KL
 * approves what the preview shows, and `newsletter send --issue udsendelse.json` sends exactly those mailings. The
 * file is validated strictly and each mailing's digest recomputed, so a damaged or edited file is refused.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import * as z from 'zod';
import { TIERS } from '#model/tiers.ts';
import { mailingDigest } from './compose.ts';
import type { Mailing } from './types.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const mailingSchema = z.strictObject({
  id: z.string().regex(/^(nyhedsbrev|varsel)-[a-z0-9-]+$/),
  kind: z.enum(['nyhedsbrev', 'varsel']),
  tier: z.enum(TIERS),
  subject: z.string().min(1),
  html: z.string().min(1),
  text: z.string().min(1),
  period: z.strictObject({ from: day, to: day }),
  sections: z.array(z.strictObject({ heading: z.string(), items: z.array(z.string()) })),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});

const fileSchema = z.strictObject({ version: z.literal(1), mailings: z.array(mailingSchema) });

/** Write the mailings (temp file, then rename). */
export async function writeMailingFile(file: string, mailings: readonly Mailing[]): Promise<void> {
  await writeFile(`${file}.tmp`, `${JSON.stringify({ version: 1, mailings }, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
}

/** Read and verify a mailing file; a Danish error for anything that is not an untouched preview. */
export async function readMailingFile(file: string): Promise<{ mailings: Mailing[] } | { error: string }> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'findes ikke' : 'er ikke gyldig JSON';
    return { error: `${file} ${reason}: angiv filen udsendelse.json, som newsletter preview skrev.` };
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      error: `${file} er ikke en udsendelsesfil fra newsletter preview (${first?.path.join('.') || 'roden'}: ${first?.message}).`,
    };
  }
  for (const mailing of parsed.data.mailings) {
    if (mailingDigest(mailing) !== mailing.digest)
      return {
        error: `${file}: indholdet af ${mailing.id} passer ikke til dets kontrolsum; filen er ændret efter forhåndsvisningen og sendes ikke.`,
      };
  }
  return { mailings: parsed.data.mailings };
}
