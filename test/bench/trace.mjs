/**
 * Main-thread tasks of a page that ran extension code, from a Chromium trace (headless Chromium
 * reports no 'longtask' entries). A task is an outermost RunTask on the page's renderer main
 * thread; it counts as the extension's when an event inside it (script compile or evaluation, a
 * function call) names a chrome-extension:// script, or when the trace's CPU-profile samples
 * taken during it have an extension script on the stack. Samples are what catch JS run from a
 * microtask (a promise continuation after a message reply), which carries no URL of its own.
 *
 * Phases: the page marks them with `console.timeStamp('rc-phase:<name>')` (a TimeStamp event);
 * each task belongs to the last phase marked before it started.
 */

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.cpu_profiler.hires', 'blink.user_timing', '__metadata'];
const TOP_LEVEL = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const PHASE = 'rc-phase:';

/** Starts tracing through a page's CDP session; `stop()` resolves to the events. */
export async function startTrace(cdp) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] } });
  return {
    async stop() {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

/** The chrome-extension:// script an event names, if any. */
function extensionUrl(e) {
  const a = e.args ?? {};
  const d = a.data ?? {};
  const candidates = [d.url, d.scriptName, d.sourceURL, a.fileName, d.stackTrace?.[0]?.url, a.beginData?.url];
  return candidates.find((u) => typeof u === 'string' && u.startsWith('chrome-extension://'));
}

/** Complete ('X') events from B/E pairs too, per thread, sorted by start. */
function spans(events) {
  const out = [];
  const open = new Map();
  for (const e of events) {
    if (e.ph === 'X') out.push(e);
    else if (e.ph === 'B') {
      const key = `${e.pid}:${e.tid}`;
      (open.get(key) ?? open.set(key, []).get(key)).push(e);
    } else if (e.ph === 'E') {
      const b = open.get(`${e.pid}:${e.tid}`)?.pop();
      if (b) out.push({ ...b, ph: 'X', dur: e.ts - b.ts, args: { ...b.args, ...e.args } });
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/**
 * The page's renderer main threads: CrRendererMain threads of processes that ran the page at
 * `origin` (a frame of it committed there, or the thread parsed its HTML).
 */
function pageThreads(events, origin) {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const pagePids = new Set();
  for (const e of events) {
    const d = e.args?.data;
    if (!d) continue;
    for (const f of d.frames ?? []) if (String(f.url ?? '').startsWith(origin) && f.processId) pagePids.add(f.processId);
    if (String(d.url ?? '').startsWith(origin) && (e.name === 'FrameCommittedInBrowser' || e.name === 'ParseHTML' || e.name === 'ResourceSendRequest') && (d.processId ?? e.pid)) pagePids.add(d.processId ?? e.pid);
  }
  return new Set([...mains].filter((key) => pagePids.has(Number(key.split(':')[0]))));
}

/**
 * CPU-profile samples from the trace, per thread: [{ ts, us, extension }] sorted by time, where
 * `extension` says an extension script is on the sampled stack and `us` is the time to the next
 * sample (the time the sample stands for).
 */
function samplesByThread(events) {
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile' && e.args?.data?.startTime !== undefined) {
      profiles.set(`${e.pid}:${e.id}`, { thread: `${e.pid}:${e.tid}`, t: e.args.data.startTime, nodes: new Map(), samples: [] });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    const cpu = e.args?.data?.cpuProfile;
    if (!p || !cpu) continue;
    for (const n of cpu.nodes ?? []) p.nodes.set(n.id, { parent: n.parent, url: n.callFrame?.url ?? '' });
    const deltas = e.args.data.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((id, k) => {
      p.t += deltas[k] ?? 0;
      p.samples.push({ ts: p.t, id });
    });
  }
  const out = new Map();
  for (const p of profiles.values()) {
    const memo = new Map();
    const isExt = (id) => {
      if (memo.has(id)) return memo.get(id);
      const n = p.nodes.get(id);
      const v = !!n && (n.url.startsWith('chrome-extension://') || (n.parent !== undefined && isExt(n.parent)));
      memo.set(id, v);
      return v;
    };
    const list = p.samples.map((s, k) => ({ ts: s.ts, us: Math.min(((p.samples[k + 1]?.ts ?? s.ts) - s.ts), 5000), extension: isExt(s.id) }));
    out.set(p.thread, [...(out.get(p.thread) ?? []), ...list].sort((a, b) => a.ts - b.ts));
  }
  return out;
}

/**
 * The extension's tasks on the page's main thread, each { phase, ms, extensionMs, scripts,
 * what }: `ms` the whole task, `extensionMs` the time inside extension events (outermost only).
 */
export function extensionTasks(events, origin) {
  const threads = pageThreads(events, origin);
  const all = spans(events).filter((e) => threads.has(`${e.pid}:${e.tid}`));
  const phases = events
    .filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message ?? '').startsWith(PHASE))
    .map((e) => ({ ts: e.ts, name: e.args.data.message.slice(PHASE.length) }))
    .sort((a, b) => a.ts - b.ts);
  const phaseAt = (ts) => phases.filter((p) => p.ts <= ts).at(-1)?.name ?? 'load';
  const samples = samplesByThread(events);
  const tasks = [];
  const byThread = new Map();
  for (const e of all) (byThread.get(`${e.pid}:${e.tid}`) ?? byThread.set(`${e.pid}:${e.tid}`, []).get(`${e.pid}:${e.tid}`)).push(e);
  for (const [thread, list] of byThread) {
    const tops = [];
    for (const e of list) if (TOP_LEVEL.has(e.name) && e.dur > 0 && !(tops.length && e.ts < tops.at(-1).ts + tops.at(-1).dur)) tops.push(e);
    const threadSamples = samples.get(thread) ?? [];
    let i = 0;
    let k = 0;
    for (const top of tops) {
      const end = top.ts + top.dur;
      while (i < list.length && list[i].ts < top.ts) i++;
      let extensionUs = 0;
      let coveredUntil = -Infinity;
      const scripts = new Set();
      const what = new Set();
      for (let j = i; j < list.length && list[j].ts < end; j++) {
        const e = list[j];
        if (TOP_LEVEL.has(e.name)) continue;
        const url = extensionUrl(e);
        if (!url) continue;
        scripts.add(url.replace(/^chrome-extension:\/\/[^/]+/, ''));
        what.add(e.name);
        const eEnd = e.ts + (e.dur ?? 0);
        if (e.ts >= coveredUntil) {
          extensionUs += Math.min(eEnd, end) - e.ts;
          coveredUntil = eEnd;
        } else if (eEnd > coveredUntil) {
          extensionUs += Math.min(eEnd, end) - coveredUntil;
          coveredUntil = eEnd;
        }
      }
      // JS time by samples: what the events above miss (microtasks) and what they overstate (page code called back from inside an extension listener).
      let sampledUs = 0;
      while (k < threadSamples.length && threadSamples[k].ts < top.ts) k++;
      for (let m = k; m < threadSamples.length && threadSamples[m].ts < end; m++) if (threadSamples[m].extension) sampledUs += threadSamples[m].us;
      if (sampledUs > 0) what.add('samples');
      if (scripts.size || sampledUs > 0) tasks.push({ phase: phaseAt(top.ts), ms: top.dur / 1000, extensionMs: Math.min(top.dur, Math.max(extensionUs, sampledUs)) / 1000, scripts: [...scripts], what: [...what] });
    }
  }
  return { tasks, threads: threads.size };
}

/**
 * The task with the most extension time per phase, and in all. Ranked by the extension's own
 * time: a page task that merely calls an extension listener on its way (ProseMirror handling a
 * 200 ms paste) is the page's cost, not the extension's.
 */
export function longestByPhase(tasks) {
  const out = {};
  for (const t of tasks) {
    if (!out[t.phase] || t.extensionMs > out[t.phase].extensionMs) out[t.phase] = t;
    if (!out.all || t.extensionMs > out.all.extensionMs) out.all = t;
  }
  return out;
}
