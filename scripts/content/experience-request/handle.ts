/**
 * A "Del en erfaring" issue turned into a new file in `erfaringer/`: parse the form, let the registry judge the
 * author (a member writing about their own municipality), build and validate the experience, run the single-text
 * content checks on the generated MDX, and only then write the file, under a name no other file has. Every outcome
 * carries the Danish answer for the issue.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXPERIENCES_FOLDER } from '#model/categories.ts';
import type { ExperienceAuthority } from '#model/library/experience-form.ts';
import { TIER_NAMES } from '#model/tiers.ts';
import type { Problem } from '../../problems/problem.ts';
import { buildExperience } from './entry.ts';
import { fieldLabel, missingFields, parseExperienceForm } from './form.ts';
import { renderExperienceMdx } from './mdx.ts';
import { scanNewFile } from './scan.ts';

export interface ExperienceRequestOptions {
  /** The issue body GitHub rendered from the form. */
  body: string;
  /** The library directory (`templates-library`); the file goes into its `erfaringer/` folder. */
  dir: string;
  /** The registry's view of the issue's author (registry/lifecycle/experience-author.ts). */
  authority: ExperienceAuthority;
  /** `YYYY-MM-DD`: the experience's `reviewed` date and the CPR check's "today". */
  today: string;
}

/** `file` is the display path (`templates-library/erfaringer/…`), `written` the absolute path. */
export type ExperienceRequestOutcome =
  | { ok: true; file: string; written: string; answer: string }
  | { ok: false; answer: string; problems: Problem[] };

/** Longest file name stem before a suffix: municipality and product, cut at a hyphen. */
const MAX_STEM = 60;
const AGAIN = 'Ret sagen, så prøver robotten igen.';

/** Handle the request; writes `<dir>/erfaringer/<municipality>-<product>[-N].mdx` only when everything passed. */
export async function handleExperienceRequest(options: ExperienceRequestOptions): Promise<ExperienceRequestOutcome> {
  const form = parseExperienceForm(options.body);
  const missing = missingFields(form);
  if (missing.length > 0) return refuse(`Formularen mangler: ${missing.map(fieldLabel).join(', ')}. ${AGAIN}`);
  const decision = options.authority.judge(form.kommune);
  if (!decision.ok) return refuse(decision.answer);
  const { owner, contact } = decision;
  const built = buildExperience(form, owner, contact.email, options.today, options.authority.ownerCodes);
  if (!built.ok) {
    const list = built.errors.map((e) => `- ${e}`).join('\n');
    return refuse(`Erfaringen kunne ikke laves, fordi formularen har fejl:\n\n${list}\n\n${AGAIN}`);
  }
  const rendered = renderExperienceMdx(built.fields, built.sections);
  const folder = path.join(options.dir, EXPERIENCES_FOLDER);
  const name = await freeName(folder, stem(`${owner.slug}-${built.productSlug}`));
  const displayDir = path.basename(path.resolve(options.dir));
  const problems = scanNewFile(rendered.text, {
    path: `${EXPERIENCES_FOLDER}/${name}`,
    displayDir,
    workDomains: options.authority.workDomains,
    ownerCodes: options.authority.ownerCodes,
    today: options.today,
  });
  if (problems.length > 0) {
    const list = problems.map((p) => {
      const field = rendered.fieldOfLine.get(p.line);
      return `- ${field ? `${fieldLabel(field)}: ` : ''}${p.message}`;
    });
    return refuse(
      `Erfaringen er ikke gemt, fordi teksten indeholder noget, der ikke må deles i Sikkerhedsnet:\n\n${list.join('\n')}\n\n` +
        `${AGAIN} Sagens tekst kan læses af alle med adgang til repositoryet, også tidligere versioner: ` +
        'bed en moderator i KL om at slette den gamle version fra sagens historik.',
      problems,
    );
  }
  await mkdir(folder, { recursive: true });
  // `wx`: never replace a file, even one that appeared since the name was chosen.
  const written = path.resolve(folder, name);
  await writeFile(written, rendered.text, { flag: 'wx' });
  const file = `${displayDir}/${EXPERIENCES_FOLDER}/${name}`;
  const readers =
    built.fields.audience === 'alle' ? `både ${TIER_NAMES.kerne} og ${TIER_NAMES.bred}` : `kun ${TIER_NAMES.kerne}`;
  return {
    ok: true,
    file,
    written,
    answer:
      `Tak, ${contact.name}. Erfaringen «${built.fields.title}» er lavet som \`${file}\` med dig (${contact.email}) ` +
      `som kontaktperson. Når en moderator i KL har godkendt pull requesten, kan ${readers} læse den på Sikkerhedsnet. ` +
      'Vil du ændre noget, så ret sagen, så laver robotten filen igen.',
  };
}

/** The stem cut to MAX_STEM characters at a hyphen, so the name stays readable. */
function stem(slug: string): string {
  if (slug.length <= MAX_STEM) return slug;
  const cut = slug.slice(0, MAX_STEM + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1)).replace(/-+$/, '');
}

/** `<stem>.mdx`, or `<stem>-2.mdx`, `-3`, … when that name is taken in `folder`. */
async function freeName(folder: string, base: string): Promise<string> {
  const taken = new Set(await readdir(folder).catch(() => [] as string[]));
  let name = `${base}.mdx`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.mdx`;
  return name;
}

function refuse(answer: string, problems: Problem[] = []): ExperienceRequestOutcome {
  return { ok: false, answer, problems };
}
