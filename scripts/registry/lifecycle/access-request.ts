/**
 * The "Anmod om adgang" issue form turned into a registry edit. The issue body is untrusted text: it is parsed
 * into fields (GitHub renders a form as `### Label` sections), the actor must be a contact person of the named
 * municipality or an admin (judged on the registry as it is), and the edit goes through `addMember`, which
 * refuses anything `check` would refuse.
 */
import { issueFormAnswers } from '#model/issue-form-body.ts';
import type { Problem } from '../../problems/problem.ts';
import { addMember } from '../edit/add-member.ts';
import { loadForEdit } from '../edit/edit-context.ts';
import { mentions as people } from './mentions.ts';
import { resolveMunicipality } from './municipality-choice.ts';

/** Form labels (Danish, as in .github/ISSUE_TEMPLATE/anmod-om-adgang.yml) → field. */
const LABELS: Record<string, keyof AccessRequest> = {
  kommune: 'municipality',
  // The label of the earlier free-text field: issues opened before the dropdown can still be edited and re-run.
  kommunekode: 'municipality',
  navn: 'name',
  arbejdsmail: 'email',
  stilling: 'title',
  adgangsniveau: 'tier',
  'github-brugernavn (valgfrit)': 'github',
};

export interface AccessRequest {
  /** As written in the issue, e.g. "101 København"; the outcome of a granted request carries the code. */
  municipality: string;
  name: string;
  email: string;
  title: string;
  tier: string;
  github: string;
}

export type AccessRequestOutcome =
  | { ok: true; request: AccessRequest; file: string; answer: string }
  | { ok: false; answer: string; problems: Problem[] };

/** Parse the rendered form. Missing fields come back as empty strings. */
export function parseAccessRequest(body: string): AccessRequest {
  const request: AccessRequest = { municipality: '', name: '', email: '', title: '', tier: '', github: '' };
  const answers = issueFormAnswers(body, Object.keys(LABELS));
  for (const [label, key] of Object.entries(LABELS)) {
    const value = answers.get(label);
    if (value !== undefined) request[key] = value.split('\n')[0]?.trim() ?? '';
  }
  // The dropdown's options start with the tier id: "kerne (sikkerhedsnetværket, …)".
  request.tier = request.tier.split(/[\s(]/)[0] ?? '';
  request.github = request.github.replace(/^@/, '');
  return request;
}

/** Check the actor's right and add the member. `actor` is the issue author's GitHub login. */
export async function handleAccessRequest(
  dir: string,
  body: string,
  actor: string,
  today: string,
): Promise<AccessRequestOutcome> {
  const request = parseAccessRequest(body);
  const missing = (['municipality', 'name', 'email', 'title', 'tier'] as const).filter((k) => request[k] === '');
  if (missing.length > 0) {
    return refuse(
      `Formularen mangler: ${missing.map((k) => FIELD_NAMES[k]).join(', ')}. Ret sagen, så prøver robotten igen.`,
      [],
    );
  }
  const { registry, problems } = await loadForEdit(dir);
  if (!registry) return refuse('Registret kan ikke indlæses lige nu; en moderator i KL ser på det.', problems);
  // The value is judged before the person: a wrong municipality is the form's fault, not the author's.
  const choice = resolveMunicipality(request.municipality, registry);
  if (!choice.ok) return refuse(choice.message, []);
  if (choice.kl) {
    return refuse(
      `KL er ikke en kommune i registret: KL's medarbejdere får adgang som administratorer i ${registry.files.admins}, ` +
        `og den fil retter KL's administratorer (${people(registry.admins, 'KL')}). ` +
        'Arbejder personen i en kommune, så ret linjen under «Kommune» til den kommune.',
      [],
    );
  }
  const { municipality } = choice;
  const who = actor.toLowerCase();
  const admin = registry.admins.find((a) => a.github?.toLowerCase() === who);
  const roster = registry.rosters.find((r) => r.municipality === municipality.code);
  const contact = roster?.members.find((m) => m.contact && m.github?.toLowerCase() === who);
  const approver = contact ?? admin;
  if (!approver) {
    const names = people(roster?.members.filter((m) => m.contact) ?? [], 'KL');
    return refuse(
      `@${actor} er ikke kontaktperson for ${municipality.code} ${municipality.name}, så anmodningen kan ikke behandles automatisk. ` +
        `Bed kommunens kontaktperson (${names}) om at oprette anmodningen.`,
      [],
    );
  }
  const result = await addMember(dir, {
    municipality: municipality.code,
    name: request.name,
    email: request.email,
    title: request.title,
    tier: request.tier,
    ...(request.github ? { github: request.github } : {}),
    approvedBy: approver.email,
    today,
  });
  if (!result.written) {
    const list = result.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `- ${p.message}`)
      .join('\n');
    return refuse(
      `Anmodningen kunne ikke gennemføres, fordi registret ville blive ugyldigt:\n\n${list}\n\nRet sagen, så prøver robotten igen.`,
      result.problems,
    );
  }
  return {
    ok: true,
    request: { ...request, municipality: municipality.code },
    file: result.written,
    answer: `Tak. ${request.name} (${request.email}) er tilføjet som ${request.tier}-medlem i \`${result.written}\`, godkendt af ${approver.name}. Adgangen gælder, når pull requesten er godkendt og flettet.`,
  };
}

const FIELD_NAMES: Record<keyof AccessRequest, string> = {
  municipality: 'Kommune',
  name: 'Navn',
  email: 'Arbejdsmail',
  title: 'Stilling',
  tier: 'Adgangsniveau',
  github: 'GitHub-brugernavn',
};

function refuse(answer: string, problems: Problem[]): AccessRequestOutcome {
  return { ok: false, answer, problems };
}
