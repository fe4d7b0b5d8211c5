/**
 * Managed policy: an administrator pushes one rule pack to every agent through
 * `storage.managed` (Chrome enterprise policy, Firefox `policies.json` "3rdparty"), under the
 * key `rulePack` (public/managed_schema.json). It is a read-only overlay: what it sets wins
 * over the agent's own settings and cannot be changed from the extension.
 */
import { browser } from '#imports';
import type { RulePack } from '../rules/pack';
import { MANAGED_KEY } from './managed-key';

export { MANAGED_KEY };

export interface ManagedState {
  /** The validated pack, or null when no policy is set (or the one set is invalid). */
  pack: RulePack | null;
  warnings: string[];
  /**
   * Why a policy pack was rejected ("custom[2].pattern: …"). The extension then fails closed:
   * built-in rules at their defaults and locked, the agent's own rule settings not applied.
   */
  error?: string;
  /** The `name` the rejected pack gives itself, if it has a readable one (to say who set the locks). */
  rejectedName?: string;
}

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
    const name = nameOf(raw);
    return {
      pack: null,
      warnings: [],
      error: `managed policy "${MANAGED_KEY}": ${errorMessage(err)}`,
      ...(name ? { rejectedName: name } : {}),
    };
  }
}

/** The `name` of a pack that did not parse: from the object, or from JSON text if it is JSON at all. */
function nameOf(raw: unknown): string | null {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const name = value && typeof value === 'object' ? (value as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() ? name.trim().slice(0, 120) : null;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
