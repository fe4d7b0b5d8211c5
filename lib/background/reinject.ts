/**
 * After an update the content script of every open helpdesk tab is orphaned: Chromium does not
 * run content scripts again in pages that are already open, and the old copy's `browser.*`
 * calls throw. On `runtime.onInstalled` (reason "update") this runs the content script again in
 * the open tabs it is declared or registered for, in every frame, so coaching goes on without a
 * reload; the new copy's start-up makes the old one let go (lib/page/content.ts). A tab it cannot
 * reach keeps the old copy's "reload this tab" notice. A second copy in the same world (Firefox
 * runs declared scripts in open tabs by itself) is turned away by the content script.
 */
import { browser, type ScriptPublicPath } from '#imports';

type Api = typeof browser;

/** A manifest path ("content-scripts/content.js") as the scripting API names it. */
const publicPath = (file: string) => (file.startsWith('/') ? file : `/${file}`) as ScriptPublicPath;

interface Script {
  matches: string[];
  files: ScriptPublicPath[];
  allFrames: boolean;
}

/** The content scripts of the manifest and those registered at run time (custom domains). */
async function contentScripts(api: Api): Promise<Script[]> {
  const declared = (api.runtime.getManifest().content_scripts ?? []).map((cs) => ({
    matches: cs.matches ?? [],
    files: (cs.js ?? []).map(publicPath),
    allFrames: cs.all_frames ?? false,
  }));
  const registered = await Promise.resolve()
    .then(() => api.scripting?.getRegisteredContentScripts?.() ?? [])
    .catch(() => []);
  const dynamic = registered.map((cs) => ({ matches: cs.matches ?? [], files: (cs.js ?? []).map(publicPath), allFrames: cs.allFrames ?? false }));
  return [...declared, ...dynamic].filter((s) => s.matches.length && s.files.length);
}

async function inject(api: Api, tabId: number, { files, allFrames }: Script): Promise<void> {
  if (api.scripting?.executeScript) {
    await api.scripting.executeScript({ target: { tabId, allFrames }, files });
    return;
  }
  for (const file of files) await api.tabs.executeScript(tabId, { file, allFrames });
}

/** Runs the content scripts again in the open tabs they match; resolves to the number of tabs reached. */
export async function reinjectContentScripts(api: Api = browser): Promise<number> {
  const done = new Set<string>();
  let reached = 0;
  for (const script of await contentScripts(api)) {
    const tabs = await api.tabs.query({ url: script.matches }).catch(() => []);
    for (const tab of tabs) {
      const once = `${tab.id} ${script.files.join(' ')}`;
      if (tab.id == null || tab.discarded || done.has(once)) continue;
      done.add(once);
      // A tab that navigated to a page we may not script, or closed meanwhile: it keeps its notice.
      await inject(api, tab.id, script).then(
        () => reached++,
        () => {},
      );
    }
  }
  return reached;
}

/** `runtime.onInstalled` listener: re-injects after an update (a fresh install has no orphans). */
export function reinjectOnUpdate(details: { reason: string }): void {
  if (details.reason === 'update') void reinjectContentScripts().catch(() => {});
}
