/**
 * Content scripts registered at run time: custom domains and the optional sites. Adding a domain
 * fires two syncs at once (the storage watch and `permissions.onAdded`); with a `scripting` API
 * whose calls take varying time, the registered matches must still end as the latest granted
 * hosts, and no call may fail with a duplicate script id.
 */
import { describe, expect, it } from 'vitest';
import { CUSTOM_SCRIPT_ID, scriptSync, siteScriptId } from '../../lib/background/registered-scripts';
import { serialize } from '../../lib/background/serialize';
import { OPTIONAL_SITES } from '../../lib/sites';

type Script = { id: string; matches?: string[]; js?: string[] };

/** A few microtask turns, so concurrent calls interleave differently in each schedule. */
async function pause(turns: number) {
  for (let i = 0; i < turns; i++) await Promise.resolve();
}

/** Deterministic pseudo-random turn counts (mulberry32), one sequence per schedule. */
function schedule(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % 6;
  };
}

/** `browser.scripting` and `browser.permissions` as Chrome behaves, with a delay on every call. */
function fakeBrowser(turns: () => number) {
  const scripts = new Map<string, Script>();
  const granted = new Set<string>();
  const errors: string[] = [];
  const fail = (message: string) => {
    errors.push(message);
    throw new Error(message);
  };
  const scripting = {
    async getRegisteredContentScripts(filter?: { ids?: string[] }) {
      await pause(turns());
      return [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)).map((s) => structuredClone(s));
    },
    async registerContentScripts(list: Script[]) {
      await pause(turns());
      for (const s of list) if (scripts.has(s.id)) fail(`Duplicate script ID '${s.id}'`);
      for (const s of list) scripts.set(s.id, structuredClone(s));
    },
    async unregisterContentScripts(filter?: { ids?: string[] }) {
      await pause(turns());
      for (const id of filter?.ids ?? []) if (!scripts.has(id)) fail(`Nonexistent script ID '${id}'`);
      for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
    },
  };
  const permissions = {
    async contains(p: { origins?: string[] }) {
      await pause(turns());
      return (p.origins ?? []).every((o) => granted.has(o));
    },
  };
  const matchesOf = (id: string) => (scripts.has(id) ? [...(scripts.get(id)!.matches ?? [])].sort() : null);
  return { scripting, permissions, scripts, granted, errors, matchesOf };
}

/** The custom domains as storage holds them, read with a delay like `customDomainsItem.getValue()`. */
function storage(turns: () => number, initial: string[]) {
  let hosts = initial;
  return {
    read: async () => {
      await pause(turns());
      return [...hosts];
    },
    set: (next: string[]) => {
      hosts = next;
    },
  };
}

const origin = (host: string) => `https://${host}/*`;
const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

describe('custom-domain syncs', () => {
  it.each(SEEDS)('adding a domain while another sync runs ends with the latest hosts registered (schedule %i)', async (seed) => {
    const turns = schedule(seed);
    const b = fakeBrowser(turns);
    const hosts = storage(turns, ['help.northwind.example']);
    b.granted.add(origin('help.northwind.example'));
    const sync = scriptSync(b.scripting, b.permissions, hosts.read);
    await sync();
    expect(b.matchesOf(CUSTOM_SCRIPT_ID)).toEqual([origin('help.northwind.example')]);

    // The options page: the browser grants the origin (permissions.onAdded), then the domain is stored (the watch).
    b.granted.add(origin('support.contoso.example'));
    const onAdded = sync();
    await pause(turns());
    hosts.set(['help.northwind.example', 'support.contoso.example']);
    const watched = sync();
    await Promise.all([onAdded, watched]);

    expect(b.matchesOf(CUSTOM_SCRIPT_ID)).toEqual([origin('help.northwind.example'), origin('support.contoso.example')]);
    expect(b.errors).toEqual([]);
  });

  it.each(SEEDS)('removing domains while syncs overlap leaves exactly the remaining ones (schedule %i)', async (seed) => {
    const turns = schedule(seed);
    const b = fakeBrowser(turns);
    const all = ['a.example', 'b.example', 'c.example'];
    const hosts = storage(turns, all);
    for (const h of all) b.granted.add(origin(h));
    const sync = scriptSync(b.scripting, b.permissions, hosts.read);
    await sync();

    b.granted.delete(origin('c.example'));
    const first = sync();
    hosts.set(['a.example', 'b.example']);
    const second = sync();
    await pause(turns());
    b.granted.delete(origin('b.example'));
    hosts.set(['a.example']);
    await Promise.all([first, second, sync(), sync()]);

    expect(b.matchesOf(CUSTOM_SCRIPT_ID)).toEqual([origin('a.example')]);
    expect(b.errors).toEqual([]);
  });

  it('drops the script when the last domain goes, and registers nothing for an ungranted one', async () => {
    const b = fakeBrowser(() => 1);
    const hosts = storage(() => 0, ['help.northwind.example', 'not-granted.example']);
    b.granted.add(origin('help.northwind.example'));
    const sync = scriptSync(b.scripting, b.permissions, hosts.read);
    await sync();
    expect(b.matchesOf(CUSTOM_SCRIPT_ID)).toEqual([origin('help.northwind.example')]);
    hosts.set([]);
    await sync();
    expect(b.scripts.size).toBe(0);
    expect(b.errors).toEqual([]);
  });

  it('leaves a script alone when its matches are already right (no gap for a loading tab)', async () => {
    const b = fakeBrowser(() => 0);
    b.granted.add(origin('help.northwind.example'));
    const sync = scriptSync(b.scripting, b.permissions, storage(() => 0, ['help.northwind.example']).read);
    await sync();
    let calls = 0;
    const register = b.scripting.registerContentScripts;
    b.scripting.registerContentScripts = async (list) => {
      calls++;
      return register(list);
    };
    await sync();
    expect(calls).toBe(0);
  });

  it('is a no-op where the browser cannot register content scripts', async () => {
    const b = fakeBrowser(() => 0);
    await expect(scriptSync(undefined, b.permissions, async () => ['a.example'])()).resolves.toBeUndefined();
  });
});

describe('optional sites', () => {
  const gmail = OPTIONAL_SITES.find((s) => s.id === 'gmail')!;
  const outlook = OPTIONAL_SITES.find((s) => s.id === 'outlook')!;

  it('registers each granted optional site under its own id, beside the custom domains, and drops it when revoked', async () => {
    const b = fakeBrowser(() => 1);
    b.granted.add(origin('help.northwind.example'));
    const sync = scriptSync(b.scripting, b.permissions, async () => ['help.northwind.example']);
    await sync();
    expect([...b.scripts.keys()]).toEqual([CUSTOM_SCRIPT_ID]);

    for (const m of gmail.matches) b.granted.add(m);
    await sync();
    expect(b.matchesOf(siteScriptId(gmail))).toEqual([...gmail.matches].sort());
    expect(b.scripts.get(siteScriptId(gmail))).toMatchObject({ js: ['/content-scripts/content.js'], allFrames: true });
    expect(b.matchesOf(siteScriptId(outlook))).toBeNull();

    for (const m of gmail.matches) b.granted.delete(m);
    await sync();
    expect(b.matchesOf(siteScriptId(gmail))).toBeNull();
    expect(b.matchesOf(CUSTOM_SCRIPT_ID)).toEqual([origin('help.northwind.example')]);
    expect(b.errors).toEqual([]);
  });

  it('runs only on the hosts of a site that are still granted', async () => {
    const b = fakeBrowser(() => 0);
    b.granted.add(outlook.matches[0]);
    await scriptSync(b.scripting, b.permissions, async () => [])();
    expect(b.matchesOf(siteScriptId(outlook))).toEqual([outlook.matches[0]]);
  });
});

describe('serialize', () => {
  it('runs one task at a time; calls made meanwhile share one more run that starts after it', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const run = serialize(async () => {
      runs++;
      active++;
      most = Math.max(most, active);
      await pause(3);
      active--;
    });
    const first = run();
    const queued = [run(), run(), run()];
    expect(queued[1]).toBe(queued[0]);
    await Promise.all([first, ...queued]);
    expect(runs).toBe(2);
    expect(most).toBe(1);
    await run();
    expect(runs).toBe(3);
  });

  it('keeps going after a run fails', async () => {
    let runs = 0;
    const run = serialize(async () => {
      runs++;
      if (runs === 1) throw new Error('boom');
    });
    await Promise.all([run(), run()]);
    expect(runs).toBe(2);
  });
});
