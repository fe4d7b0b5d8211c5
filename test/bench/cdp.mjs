/**
 * CDP beyond what Playwright exposes, for bench:page: a session on the extension's service
 * worker (Playwright opens sessions on pages and frames only), heap readings after a forced
 * garbage collection, and stopping the worker the way Chromium does when it idles.
 */

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The extension's service-worker targets, from a browser-level session. */
async function workerTargets(browserCdp, extensionId) {
  const prefix = `chrome-extension://${extensionId}/`;
  return (await browserCdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(prefix));
}

/** The id of the extension whose worker runs in `context`. */
export function extensionIdOf(context) {
  const sw = context.serviceWorkers()[0];
  return sw ? new URL(sw.url()).host : null;
}

/**
 * A session on the extension's running service worker (null when none runs). It is a
 * non-flattened child of a browser session, so commands go through Target.sendMessageToTarget.
 */
export async function workerSession(context, extensionId) {
  const browserCdp = await context.browser().newBrowserCDPSession();
  const [target] = await workerTargets(browserCdp, extensionId);
  if (!target) {
    await browserCdp.detach();
    return null;
  }
  const { sessionId } = await browserCdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let id = 0;
  const pending = new Map();
  browserCdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message);
    const waiter = pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id);
    if (msg.error) waiter.reject(new Error(`${waiter.method}: ${msg.error.message}`));
    else waiter.resolve(msg.result);
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const n = ++id;
      pending.set(n, { resolve, reject, method });
      browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method, params }) }).catch(reject);
    });
  return { send, close: () => browserCdp.detach().catch(() => {}) };
}

/** JS heap in use (bytes) after two forced collections, through a page or worker session. */
export async function heapAfterGc(session) {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

/** The worker's heap (bytes, after GC), or 0 when the extension has no running worker. */
export async function workerHeap(context, extensionId) {
  const session = await workerSession(context, extensionId);
  if (!session) return 0;
  try {
    return await heapAfterGc(session);
  } finally {
    await session.close();
  }
}

/**
 * Stops the extension's service worker (as Chromium does after it idled) and waits until no
 * worker target of the extension is left. Closes again if one is still there after 2 s (a
 * message in flight can start it again at once); resolves false if that never happens in 3 tries.
 */
export async function stopWorker(context, extensionId) {
  const browserCdp = await context.browser().newBrowserCDPSession();
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      for (const sw of await workerTargets(browserCdp, extensionId)) await browserCdp.send('Target.closeTarget', { targetId: sw.targetId }).catch(() => {});
      for (const until = Date.now() + 2000; Date.now() < until; await sleep(50)) {
        if (!(await workerTargets(browserCdp, extensionId)).length) return true;
      }
    }
    return false;
  } finally {
    await browserCdp.detach().catch(() => {});
  }
}

/** Extension script bytes parsed in a page: a Debugger.scriptParsed tally, by URL. */
export async function scriptTally(cdp) {
  const parsed = new Map();
  cdp.on('Debugger.scriptParsed', (e) => {
    if (e.url.startsWith('chrome-extension://')) parsed.set(e.url, (parsed.get(e.url) ?? 0) + e.length);
  });
  await cdp.send('Debugger.enable');
  return {
    snapshot: () => {
      const scripts = [...parsed].map(([url, bytes]) => ({ path: url.replace(/^chrome-extension:\/\/[^/]+/, ''), bytes }));
      return { bytes: scripts.reduce((a, s) => a + s.bytes, 0), scripts };
    },
  };
}
