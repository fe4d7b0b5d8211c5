/**
 * The content script on hosts granted at run time (`scripting.registerContentScripts`): custom
 * helpdesk domains (the agent's own and a managed policy pack's `sites`, lib/settings
 * `getCustomDomains`) under one script id, each optional site (Gmail, Outlook, `*.atlassian.net`)
 * under its own. A script runs only on the origins whose host permission is granted: a domain a
 * pack or policy names and nobody allowed yet is registered once its permission arrives
 * (`permissions.onAdded` runs the sync).
 *
 * Syncs are serialized: adding a domain fires both the storage watch and `permissions.onAdded`,
 * and two interleaved unregister/register sequences leave the older origins registered (the
 * later `registerContentScripts` fails with a duplicate script id).
 */
import { OPTIONAL_SITES, type SiteDef } from '../sites';
import { serialize } from './serialize';

/** The promise forms of the `browser.scripting` calls used here. */
export interface Scripting {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<Array<{ id: string; matches?: string[] }>>;
  registerContentScripts(
    scripts: Array<{ id: string; matches: string[]; js: string[]; allFrames: boolean; runAt: 'document_idle' }>,
  ): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

export interface Permissions {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
export const CUSTOM_SCRIPT_ID = 'reply-coach-custom-domains';

export function siteScriptId(site: Pick<SiteDef, 'id'>): string {
  return `reply-coach-site-${site.id}`;
}

/** Script id → the granted match patterns it should run on (none: not registered). */
export async function wantedScripts(customHosts: readonly string[], permissions: Permissions): Promise<Map<string, string[]>> {
  const granted = async (patterns: readonly string[]) => {
    const out: string[] = [];
    for (const origin of patterns) {
      if (await permissions.contains({ origins: [origin] }).catch(() => false)) out.push(origin);
    }
    return out;
  };
  const wanted = new Map<string, string[]>();
  wanted.set(CUSTOM_SCRIPT_ID, await granted(customHosts.map((host) => `https://${host}/*`)));
  for (const site of OPTIONAL_SITES) wanted.set(siteScriptId(site), await granted(site.matches));
  return wanted;
}

/** Registers, re-registers or drops each script so it runs exactly on its wanted patterns. */
export async function applyScripts(scripting: Scripting, wanted: ReadonlyMap<string, readonly string[]>): Promise<void> {
  const registered = await scripting.getRegisteredContentScripts({ ids: [...wanted.keys()] });
  const current = new Map(registered.map((s) => [s.id, s.matches ?? []]));
  for (const [id, matches] of wanted) {
    const have = current.get(id);
    if (have && sameSet(have, matches)) continue;
    try {
      if (have) await scripting.unregisterContentScripts({ ids: [id] });
      if (matches.length) {
        await scripting.registerContentScripts([
          { id, matches: [...matches], js: [CONTENT_SCRIPT_FILE], allFrames: true, runAt: 'document_idle' },
        ]);
      }
    } catch (err) {
      // One script's failure must not keep the others from being registered.
      console.warn(`Reply Coach: could not register ${id}:`, err);
    }
  }
}

/**
 * The sync to call on start-up and whenever the custom domains (the agent's list, the managed
 * policy) or the granted permissions change: at most one runs, and calls made meanwhile share one more run that reads the latest
 * state when it starts. A browser without `registerContentScripts` gets a no-op.
 */
export function scriptSync(
  scripting: Scripting | undefined,
  permissions: Permissions,
  readCustomHosts: () => Promise<string[]>,
): () => Promise<void> {
  if (!scripting?.registerContentScripts) return () => Promise.resolve();
  return serialize(async () => {
    try {
      await applyScripts(scripting, await wantedScripts(await readCustomHosts(), permissions));
    } catch (err) {
      console.warn('Reply Coach: could not sync the registered content scripts:', err);
    }
  });
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
