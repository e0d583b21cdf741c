import { closestTag } from '#model/closest-tag.ts';
import type { RuleContext } from './context.ts';

/**
 * Ensure every topic a member lists (`emner:`) is a tag of the library's vocabulary (templates-library/ordliste.yaml),
 * once per member, so the member list can show its Danish name and filter by it. Each problem points at the topic
 * itself and names the obvious existing tag for a typo. A vocabulary that cannot be read is one error at its own
 * place: no topic can be judged without it. Without a vocabulary (compile, roster edits) nothing is checked.
 */
export function memberTopic(ctx: RuleContext): void {
  const vocabulary = ctx.vocabulary;
  if (!vocabulary) return;
  const { file } = vocabulary;
  if ('unreadable' in vocabulary) {
    const { line, column, reason } = vocabulary.unreadable;
    ctx.error(
      { file, line, column },
      `Ordlisten ${file} kan ikke læses: ${reason} Medlemmernes emner (feltet emner) kan derfor ikke kontrolleres. Ret ordlisten, eller angiv bibliotekets mappe med --library MAPPE.`,
    );
    return;
  }
  for (const roster of ctx.registry.rosters) {
    for (const member of roster.members) {
      const seen = new Set<string>();
      member.emner.forEach((topic, i) => {
        const at = member.items?.emner?.[i] ?? member.fields.emner ?? member.position;
        if (seen.has(topic)) {
          ctx.error(at, `${member.name}: emnet "${topic}" står to gange; slet det ene.`);
          return;
        }
        seen.add(topic);
        if (vocabulary.slugs.has(topic)) return;
        const close = closestTag(vocabulary.labels, topic);
        const hint = close
          ? `Mente du "${close}" (${vocabulary.labels.get(close)})? Ret emnet, eller bed KL om at tilføje`
          : 'Brug et emne, der står der, eller bed KL om at tilføje';
        ctx.error(
          at,
          `${member.name}: emnet "${topic}" står ikke i ordlisten ${file}. ${hint} "${topic}" til ordlisten.`,
        );
      });
    }
  }
}
