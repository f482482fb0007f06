/**
 * JSON with every object's keys in code-unit order, so equal values print equal text whatever order
 * their keys were built or stored in (PostgreSQL's jsonb reorders keys; SQLite keeps them as written).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
