import { isScalar } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../problems/problem.ts';
import { nodeAt, positionAt } from './node-at.ts';
import { placeOf, type YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;

/** Danish names of the list items, by the list key that holds them. */
const itemNames: Record<string, string> = {
  members: 'medlem',
  admins: 'administrator',
  kommuner: 'kommune',
  teams: 'team',
  domains: 'domæne',
  tenant_ids: 'tenant-id',
  required_admins: 'required_admins',
};

/** "medlem nr. 2 (Bo Eksempel)" — the entity a path is inside, named so a contact person can find it. */
export function describeEntity(data: unknown, path: readonly PropertyKey[]): string {
  let label = '';
  let value: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const container = value as Record<PropertyKey, unknown> | undefined;
    value = container && typeof container === 'object' ? container[segment as string] : undefined;
    const listKey = path[i - 1];
    if (typeof segment === 'number' && typeof listKey === 'string' && itemNames[listKey]) {
      const record = value as Record<string, unknown> | undefined;
      const name = record && typeof record === 'object' ? (record.name ?? record.slug ?? record.code) : undefined;
      label = `${itemNames[listKey]} nr. ${segment + 1}${typeof name === 'string' ? ` (${name})` : ''}`;
    }
  }
  return label;
}

function fieldLabel(path: readonly PropertyKey[]): string {
  const names = path.filter((s) => typeof s === 'string');
  return names.length > 0 ? `feltet "${String(names[names.length - 1])}"` : 'filen';
}

function join(entity: string, text: string): string {
  return entity ? `${entity}: ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Turn zod issues for one file into located problems. Unknown keys point at each key; missing keys at
 * the entry that lacks them; everything else at the offending value.
 */
export function schemaProblems(source: YamlSource, issues: readonly Issue[]): Problem[] {
  const out: Problem[] = [];
  const push = (at: { line: number; column: number }, rule: string, message: string) =>
    out.push({ file: source.file, line: at.line, column: at.column, rule, severity: 'error', message });
  for (const issue of issues) {
    const entity = describeEntity(source.data, issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyNode = nodeAt(source, [...issue.path, key]).pair?.key as { range?: number[] } | undefined;
        const where =
          keyNode?.range?.[0] !== undefined ? placeOf(source, keyNode.range[0]) : positionAt(source, issue.path);
        push(
          where,
          'schema-unknown-key',
          join(
            entity,
            `ukendt felt "${key}"; ret stavefejl eller slet linjen (se registry/README.md for de tilladte felter)`,
          ),
        );
      }
      continue;
    }
    // zod does not report the input value, so look at the YAML itself to tell "missing" from "empty".
    const located = nodeAt(source, issue.path);
    const key = issue.path[issue.path.length - 1];
    if (typeof key === 'string' && !located.pair) {
      push(
        placeOf(source, located.parent?.range?.[0] ?? 0),
        'schema-missing-field',
        join(entity, `${fieldLabel(issue.path)} mangler; tilføj det`),
      );
      continue;
    }
    if (located.pair && (located.node === null || (isScalar(located.node) && located.node.value === null))) {
      push(
        positionAt(source, issue.path),
        'schema-type',
        join(entity, `${fieldLabel(issue.path)} er tomt; udfyld det eller slet linjen`),
      );
      continue;
    }
    const rule = issue.code === 'invalid_type' ? 'schema-type' : 'schema-value';
    push(positionAt(source, issue.path), rule, join(entity, `${fieldLabel(issue.path)}: ${issue.message}`));
  }
  return out;
}
