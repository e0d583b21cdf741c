/** People named in the robots' answers on issues. */

/** People as GitHub mentions (the name when they have no login), or `fallback` when there are none. */
export function mentions(list: readonly { name: string; github?: string | undefined }[], fallback: string): string {
  return list.length > 0 ? list.map((p) => (p.github ? `@${p.github}` : p.name)).join(', ') : fallback;
}
