import { type Document, isMap, isScalar, isSeq, parseDocument, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

/** The fields of a new member, in the order they are written. */
export interface NewMember {
  name: string;
  email: string;
  title: string;
  tier: string;
  contact?: boolean;
  github?: string;
  github_id?: number;
  added: string;
  confirmed: string;
  approved_by: string;
}

/** Options that reproduce the registry's own style, so untouched lines come back byte for byte. */
const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Parse a roster's text; the Document keeps comments, order and quoting. */
export function parseRoster(text: string): Document {
  return parseDocument(text);
}

/** Serialise an edited roster. */
export function stringifyRoster(doc: Document): string {
  return doc.toString(STRINGIFY);
}

/** The `members:` sequence, created when the file has none (e.g. `members: []` counts as present). */
export function membersSeq(doc: Document): YAMLSeq {
  const node = doc.get('members', true);
  if (isSeq(node)) return node;
  const seq = doc.createNode([]) as YAMLSeq;
  doc.set('members', seq);
  return seq;
}

/** Index of the member with this e-mail (case-insensitive), or -1. */
export function findMemberIndex(doc: Document, email: string): number {
  const node = doc.get('members', true);
  if (!isSeq(node)) return -1;
  const wanted = email.toLowerCase();
  return node.items.findIndex((item) => {
    if (!isMap(item)) return false;
    const value = item.get('email');
    return typeof value === 'string' && value.toLowerCase() === wanted;
  });
}

/** Append a member as a block mapping; dates quoted like the rest of the registry. */
export function appendMember(doc: Document, member: NewMember): void {
  const seq = membersSeq(doc);
  // A `members: []` written by hand is a flow sequence; a block list reads better with full entries.
  seq.flow = false;
  const data: Record<string, unknown> = {
    name: member.name,
    email: member.email,
    title: member.title,
    tier: member.tier,
  };
  if (member.contact) data.contact = true;
  if (member.github !== undefined) data.github = member.github;
  if (member.github_id !== undefined) data.github_id = member.github_id;
  Object.assign(data, { added: member.added, confirmed: member.confirmed, approved_by: member.approved_by });
  const node = doc.createNode(data) as YAMLMap;
  for (const key of ['added', 'confirmed']) {
    const value = node.get(key, true);
    if (isScalar(value)) value.type = Scalar.QUOTE_DOUBLE;
  }
  seq.add(node);
}

/**
 * Remove the member at `index`. A comment above the entry that follows a blank line reads as a section heading
 * ("# Øvrige medlemmer"), so it moves to the next entry instead of disappearing with the removed one.
 */
export function removeMemberAt(doc: Document, index: number): void {
  const seq = membersSeq(doc);
  const [removed] = seq.items.splice(index, 1);
  const next = seq.items[index];
  if (isMap(removed) && isMap(next) && removed.spaceBefore && removed.commentBefore) {
    next.commentBefore = next.commentBefore ? `${removed.commentBefore}\n${next.commentBefore}` : removed.commentBefore;
    next.spaceBefore = true;
  }
  const first = seq.items[0];
  if (index === 0 && isMap(first)) first.spaceBefore = false;
}

/** Set `confirmed` of the member at `index`, keeping the value's quoting style. */
export function setConfirmed(doc: Document, index: number, date: string): void {
  const item = membersSeq(doc).items[index];
  if (!isMap(item)) return;
  const old = item.get('confirmed', true);
  const value = new Scalar(date);
  value.type = isScalar(old) && old.type ? old.type : Scalar.QUOTE_DOUBLE;
  if (isScalar(old)) value.comment = old.comment;
  item.set('confirmed', value);
}

/** Text of a new roster file: the schema line, a header comment, the municipality and an empty list. */
export function newRosterText(schemaLine: string, code: string, fullName: string): string {
  return `${schemaLine}\n# ${fullName}s medlemmer af Sikkerhedsnet. Vejledning: registry/README.md\nmunicipality: "${code}"\nmembers: []\n`;
}
