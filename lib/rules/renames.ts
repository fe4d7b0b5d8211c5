/**
 * Renamed built-in rules: `renames.json` maps an old rule id to its current id, so overrides
 * saved or shared under the old id (team packs, the managed policy, local storage) still apply.
 * Kept apart from ./index.ts so lib/settings can use it without loading the rule packs.
 */
import renames from './renames.json';

/** Follows `renames` from `id` (a → b, b → c: c, 2 hops). Throws on a cycle. */
function follow(id: string, renames: Readonly<Record<string, string>>): { to: string; hops: number } {
  const seen = [id];
  let to = id;
  while (Object.hasOwn(renames, to)) {
    to = renames[to];
    if (seen.includes(to)) throw new Error(`rule renames form a cycle: ${[...seen, to].join(' → ')}`);
    seen.push(to);
  }
  return { to, hops: seen.length - 1 };
}

/** The current id of a rule once known as `id`. Throws on a cycle. */
export function finalRuleId(id: string, renames: Readonly<Record<string, string>>): string {
  return follow(id, renames).to;
}

/** Every old id → its final id. Throws on a cycle, so a bad renames.json fails on load. */
export function resolveRenames(renames: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.keys(renames).map((id) => [id, finalRuleId(id, renames)]));
}

/** Old rule id → current id (chains resolved), from renames.json. */
export const RULE_RENAMES: Record<string, string> = resolveRenames(renames);

export interface RenamedRules<T> {
  /** The entries under their current ids. */
  rules: Record<string, T>;
  /** Old ids read as their current id. */
  renamed: Array<{ from: string; to: string }>;
  /** Old ids ignored because an entry closer to the current id (or under it) is present too. */
  shadowed: Array<{ from: string; to: string }>;
}

/**
 * Moves entries keyed by old rule ids to the current ids. When several keys end at the same id,
 * the one fewest renames away wins (the current id itself first); the rest are `shadowed`.
 */
export function applyRenames<T>(rules: Readonly<Record<string, T>>, renames: Readonly<Record<string, string>>): RenamedRules<T> {
  const targets = Object.keys(rules).map((from) => ({ from, ...follow(from, renames) }));
  const winner = new Map<string, { from: string; hops: number }>();
  for (const t of targets) {
    const best = winner.get(t.to);
    if (!best || t.hops < best.hops) winner.set(t.to, t);
  }
  const out: RenamedRules<T> = { rules: {}, renamed: [], shadowed: [] };
  for (const { from, to } of targets) {
    if (winner.get(to)?.from !== from) out.shadowed.push({ from, to });
    else {
      out.rules[to] = rules[from];
      if (from !== to) out.renamed.push({ from, to });
    }
  }
  return out;
}
