/**
 * A "Del en skabelon" issue turned into a new template: parse the form, let the registry judge the author (a
 * member, whose municipality becomes the owner), read the choices, find the one attachment link on GitHub's
 * attachment host, download it within limits (or take the bytes already downloaded), and import the Word file
 * into the category's folder, where the import runs the content checks before it writes anything. Every outcome
 * carries the Danish answer for the issue.
 */
import { CATEGORY_LABELS } from '#model/categories.ts';
import type { ExperienceAuthorDecision } from '#model/library/experience-form.ts';
import { TIER_NAMES } from '#model/tiers.ts';
import type { Problem } from '../../problems/problem.ts';
import { importDocx, MAX_DOCX_BYTES } from '../docx-import/import.ts';
import { type AttachmentHosts, attachmentLink, GITHUB_ATTACHMENTS } from './attachment-link.ts';
import { downloadAttachment } from './download.ts';
import { missingFields, parseTemplateForm, readChoices } from './form.ts';
import { importFailure } from './import-answer.ts';

/** What a request needs from the member registry, given by the caller (the content layer cannot read it). */
export interface TemplateAuthority {
  ownerCodes: ReadonlySet<string>;
  workDomains: ReadonlySet<string>;
  /** Judge the issue's author: a member, and the municipality they are a member for (the template's owner). */
  judge(): ExperienceAuthorDecision;
}

export interface TemplateRequestOptions {
  /** The issue body GitHub rendered from the form. */
  body: string;
  /** The library directory (`templates-library`). */
  dir: string;
  authority: TemplateAuthority;
  /** `YYYY-MM-DD`: the template's `reviewed` date and the CPR check's "today". */
  today: string;
  /** The attachment's bytes, already downloaded; without it the linked file is downloaded. */
  attachment?: Uint8Array;
  /** Sent to the attachment host only (a private repository's attachments). */
  token?: string;
  /** Where links may point and downloads may go: GitHub's hosts unless a test serves the files itself. */
  hosts?: AttachmentHosts;
  /** Download timeout; default 60 s. */
  timeoutMs?: number;
}

/** `file` is the MDX's display path, `written` every file written (absolute; the MDX first). */
export type TemplateRequestOutcome =
  | { ok: true; file: string; written: string[]; answer: string }
  | { ok: false; answer: string; problems: Problem[] };

const AGAIN = 'Ret sagen, så prøver robotten igen.';

/** Handle the request; writes the template and its images only when everything passed. */
export async function handleTemplateRequest(options: TemplateRequestOptions): Promise<TemplateRequestOutcome> {
  const form = parseTemplateForm(options.body);
  const missing = missingFields(form);
  if (missing.length > 0) return refuse(`Formularen mangler: ${missing.join(', ')}. ${AGAIN}`);
  const decision = options.authority.judge();
  if (!decision.ok) return refuse(decision.answer);
  const choices = readChoices(form);
  if (!choices.ok) {
    const list = choices.errors.map((e) => `- ${e}`).join('\n');
    return refuse(`Skabelonen kunne ikke laves, fordi formularen har fejl:\n\n${list}\n\n${AGAIN}`);
  }
  const hosts = options.hosts ?? GITHUB_ATTACHMENTS;
  const link = attachmentLink(form.fil, hosts);
  if (!link.ok) return refuse(link.answer);
  let bytes = options.attachment;
  if (bytes === undefined) {
    const download = await downloadAttachment(link.url, {
      hosts,
      maxBytes: MAX_DOCX_BYTES,
      timeoutMs: options.timeoutMs ?? 60_000,
      ...(options.token ? { token: options.token } : {}),
    });
    if (!download.ok) return refuse(download.answer);
    bytes = download.bytes;
  }
  const { owner, contact } = decision;
  const imported = await importDocx(bytes, {
    fileName: link.fileName,
    category: choices.category,
    owner: owner.code,
    audience: choices.audience,
    today: options.today,
    dir: options.dir,
    ownerCodes: options.authority.ownerCodes,
    workDomains: options.authority.workDomains,
    maintainers: [contact.name],
    summary: choices.description,
  });
  if (!imported.ok) return refuse(importFailure(link.fileName, imported.problems), imported.problems);
  const readers =
    choices.audience === 'alle' ? `både ${TIER_NAMES.kerne} og ${TIER_NAMES.bred}` : `kun ${TIER_NAMES.kerne}`;
  const warnings =
    imported.warnings.length > 0
      ? `\n\nRobotten kunne ikke overføre alt fra Word-filen præcist; se efter i pull requesten:\n\n${imported.warnings.map((w) => `- ${w}`).join('\n')}\n\n`
      : ' ';
  return {
    ok: true,
    file: imported.file,
    // The MDX first (the workflow reads it from the first line), then its images.
    written: [...imported.written.filter(isMdx), ...imported.written.filter((f) => !isMdx(f))],
    answer:
      `Tak, ${contact.name}. Skabelonen fra «${link.fileName}» er lavet som \`${imported.file}\` i kategorien ` +
      `${CATEGORY_LABELS[choices.category]} med ${owner.fullName} som ejer og dig som ansvarlig. Den er gemt som ` +
      `udkast: en moderator i KL læser den igennem i pull requesten, og når den er godkendt, kan ${readers} læse ` +
      `den på Sikkerhedsnet.${warnings}Vil du ændre noget, så ret sagen eller læg en ny fil op, så laver robotten ` +
      'skabelonen igen.',
  };
}

const isMdx = (file: string) => file.endsWith('.mdx');

function refuse(answer: string, problems: Problem[] = []): TemplateRequestOutcome {
  return { ok: false, answer, problems };
}
