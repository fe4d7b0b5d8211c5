/**
 * Managed policy: an administrator pushes one rule pack to every agent through
 * `storage.managed` (Chrome enterprise policy, Firefox `policies.json` "3rdparty"), under the
 * key `rulePack` (public/managed_schema.json). It is a read-only overlay: what it sets wins
 * over the agent's own settings and cannot be changed from the extension.
 */
import { browser } from '#imports';
import type { RulePack } from '../rules/pack';

export interface ManagedState {
  /** The validated pack, or null when no policy is set (or the one set is invalid). */
  pack: RulePack | null;
  warnings: string[];
  /** Why a policy pack was rejected ("custom[2].pattern: …"); the extension then ignores it. */
  error?: string;
}

export const MANAGED_KEY = 'rulePack';

/**
 * Reads and validates the managed pack. Never throws: Firefox without a policy rejects
 * `storage.managed.get`, some browsers (and tests) have no `storage.managed` at all.
 */
export async function readManagedPack(): Promise<ManagedState> {
  const area = (browser.storage as { managed?: { get?: (key: string) => Promise<Record<string, unknown>> } } | undefined)
    ?.managed;
  if (typeof area?.get !== 'function') return { pack: null, warnings: [] };
  let raw: unknown;
  try {
    raw = (await area.get(MANAGED_KEY))?.[MANAGED_KEY];
  } catch {
    return { pack: null, warnings: [] };
  }
  if (raw == null) return { pack: null, warnings: [] };
  try {
    // Some policy tools can only carry strings (a Windows registry value): parseRulePack takes JSON text too.
    // Loaded only when a policy exists: the parser brings the built-in rule ids and re2js along.
    // It also reads the old ids of renamed rules as their new ids (lib/rules/renames.json).
    const { parseRulePack } = await import('../rules/pack');
    const { pack, warnings } = parseRulePack(raw);
    return { pack, warnings: warnings.map(String) };
  } catch (err) {
    return { pack: null, warnings: [], error: `managed policy "${MANAGED_KEY}": ${errorMessage(err)}` };
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
