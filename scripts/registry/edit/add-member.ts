import path from 'node:path';
import { rosterFileName, schemaComment } from '../file-names.ts';
import { applyRosterEdit } from './apply-edit.ts';
import { type EditResult, inputProblem, openForEdit, sessionText } from './edit-context.ts';
import { appendMember, newRosterText, parseRoster, stringifyRoster } from './roster-document.ts';

/** Input of {@link addMember}; e-mails are lower-cased, as the registry requires. */
export interface AddMemberInput {
  municipality: string;
  name: string;
  email: string;
  title: string;
  tier: string;
  contact?: boolean;
  github?: string;
  githubId?: number;
  /** E-mail of the contact person or admin who approved the member. */
  approvedBy: string;
  /** `YYYY-MM-DD`, used for `added` and `confirmed`. */
  today: string;
}

/**
 * Add a member to their municipality's roster, creating the roster file (with its schema line) when the
 * municipality has none yet. Refused with located problems when the result would not pass `check`.
 */
export async function addMember(dir: string, input: AddMemberInput): Promise<EditResult> {
  const { session, problems } = await openForEdit(dir);
  if (!session) return { problems };
  const { registry } = session;
  const municipality = registry.kommuner.find((k) => k.code === input.municipality);
  if (!municipality) {
    const message = `Kommunekoden "${input.municipality}" findes ikke i kommuner.yaml; brug en af de tre-cifrede koder derfra, fx "101".`;
    return { problems: [inputProblem(registry.files.kommuner, 'municipality-exists', message)] };
  }
  const roster = registry.rosters.find((r) => r.municipality === municipality.code);
  const target = roster
    ? path.join(path.dirname(registry.dir), roster.file)
    : path.join(registry.dir, 'kommuner', rosterFileName(municipality.code, municipality.name));
  const original = roster
    ? sessionText(session, target)
    : newRosterText(schemaComment('roster'), municipality.code, municipality.full_name);
  const doc = parseRoster(original);
  appendMember(doc, {
    name: input.name,
    email: input.email.toLowerCase(),
    title: input.title,
    tier: input.tier,
    ...(input.contact ? { contact: true } : {}),
    ...(input.github !== undefined ? { github: input.github } : {}),
    ...(input.githubId !== undefined ? { github_id: input.githubId } : {}),
    added: input.today,
    confirmed: input.today,
    approved_by: input.approvedBy.toLowerCase(),
  });
  const result = await applyRosterEdit(session, target, stringifyRoster(doc), input.today);
  return result.written ? { ...result, created: !roster } : result;
}
