import type { RuleContext } from './context.ts';

/** Ensure codes, domains and tenant ids in kommuner.yaml each belong to one organisation only. */
export function kommunerUnique(ctx: RuleContext): void {
  const { registry } = ctx;
  const owner = new Map<string, string>();
  for (const d of registry.kl.domains) owner.set(`domain:${d}`, 'KL');
  for (const t of registry.kl.tenant_ids) owner.set(`tenant:${t}`, 'KL');
  const codes = new Map<string, string>();
  for (const m of registry.kommuner) {
    const label = `${m.code} ${m.name}`;
    const previous = codes.get(m.code);
    if (previous)
      ctx.error(
        m.fields.code ?? m.position,
        `kommunekoden ${m.code} står to gange (også ved ${previous}); slet den ene`,
      );
    else codes.set(m.code, label);
    for (const [kind, values, field] of [
      ['domain', m.domains, 'domains'],
      ['tenant', m.tenant_ids, 'tenant_ids'],
    ] as const) {
      for (const value of values) {
        const key = `${kind}:${value}`;
        const taken = owner.get(key);
        if (taken && taken !== label) {
          const [the, a] = kind === 'domain' ? ['domænet', 'et domæne'] : ['tenant-id', 'et tenant-id'];
          ctx.error(
            m.fields[field] ?? m.position,
            `${the} ${value} hos ${label} bruges også af ${taken}; ${a} hører kun til én organisation`,
          );
        } else owner.set(key, label);
      }
    }
  }
}
