/**
 * The measurements bench:page takes in one browser with one extension loaded (before, after or
 * the no-op baseline). Each opens its own tabs and closes them.
 */
import { heapAfterGc, scriptTally, stopWorker, workerHeap } from './cdp.mjs';
import { CALM, CALM_SENTENCE, FLAGGED, PROBES, hookAbove, hookValue, longReply, openFixture, pauseToHighlights } from './page-probes.mjs';
import { extensionTasks, longestByPhase, startTrace } from './trace.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function probedPage(context) {
  const page = await context.newPage();
  await page.addInitScript(PROBES);
  return page;
}

/**
 * Pastes `text` (which holds a flagged phrase) at the end of the fixture's editor and, with a
 * coach, waits until the hook shows its findings.
 */
async function paste(page, text, coached) {
  await page.evaluate(() => window.__editor.focus());
  await page.keyboard.press('End');
  await page.keyboard.insertText(text);
  if (coached) await hookAbove(page, 0, 20_000);
}

/** A calm reply of about `words` words that ends in one flagged phrase. */
const reply = (words) => longReply(words) + FLAGGED[0];

/** Extension script parsed in a page with no reply box. */
export async function measureNoBoxBytes(context, origin) {
  const page = await context.newPage();
  const tally = await scriptTally(await context.newCDPSession(page));
  await page.goto(`${origin}/index.html`);
  await sleep(1000);
  const out = tally.snapshot();
  await page.close();
  return out;
}

/**
 * One traced session in the ProseMirror fixture, phase by phase: load (content script, coach
 * bundle, attach), the first check of a pasted 2,000-word reply, typing with a flagged phrase,
 * and (with a worker) a flagged phrase right after the worker was stopped. The same session
 * tallies the extension script the page parsed: at load (the box is in the page from the start)
 * and after the first check.
 */
export async function measureTrace(context, origin, { coached, extensionId, hasWorker }) {
  const page = await probedPage(context);
  const cdp = await context.newCDPSession(page);
  const tally = await scriptTally(cdp);
  const trace = await startTrace(cdp);
  const phase = (name) => page.evaluate((n) => console.timeStamp(`rc-phase:${n}`), name);
  await openFixture(page, origin, 'prosemirror');
  await sleep(1000);
  const boxLoaded = tally.snapshot();
  await phase('first-check');
  await paste(page, reply(2000), coached);
  await sleep(600);
  const afterCheck = tally.snapshot();
  await phase('typing');
  await page.keyboard.type(CALM.slice(0, 30), { delay: 35 });
  if (coached) await pauseToHighlights(page, CALM_SENTENCE + FLAGGED[1]);
  await sleep(400);
  let workerStopped = null;
  if (hasWorker) {
    workerStopped = await stopWorker(context, extensionId);
    await phase('worker-stopped');
    if (coached) await pauseToHighlights(page, FLAGGED[2]);
    await sleep(400);
  }
  const events = await trace.stop();
  await page.close();
  const { tasks, threads } = extensionTasks(events, origin);
  return { bytes: { boxLoaded, afterCheck }, workerStopped, longest: longestByPhase(tasks), over50: tasks.filter((t) => t.extensionMs > 50).length, threads };
}

/**
 * Typing `keys` characters at a typing pace at the end of a `words`-word reply: each key's
 * keydown → next frame, and the page's main-thread busy time over the run (Performance
 * TaskDuration, from before the first key until 100 ms after the last: before the idle delay
 * lets a check start). Busy time is the steadier figure: it does not wait on frames.
 */
export async function measureTyping(context, origin, { editor, words, keys, coached }) {
  const page = await probedPage(context);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  await openFixture(page, origin, editor);
  await sleep(300);
  await paste(page, reply(words), coached);
  await sleep(coached ? 600 : 1000);
  await page.evaluate(() => void (window.__bench.keys = []));
  let typed = '';
  while (typed.length < keys) typed += CALM;
  const busyBefore = await busy();
  for (const ch of typed.slice(0, keys)) {
    await page.keyboard.type(ch);
    await sleep(35);
  }
  await sleep(100);
  const busyMs = (await busy()) - busyBefore;
  await sleep(200);
  const times = await page.evaluate(() => window.__bench.keys);
  await page.close();
  return { keys: times, busyMs };
}

/**
 * Pause → highlights, `samples` times each: right after the page loaded (a fresh load per
 * sample), while typing in a 2,000-word reply, and right after the worker was stopped (its
 * stop checked first; `stopFailed` counts the times it would not stop). Each list holds
 * milliseconds, null for a phrase the hook never showed.
 */
export async function measureLatencies(context, origin, { samples, extensionId, hasWorker }) {
  const out = { afterLoad: [], typing: [], afterStop: [] };
  const page = await probedPage(context);
  for (let i = 0; i < samples; i++) {
    await openFixture(page, origin, i % 2 ? 'textarea' : 'prosemirror');
    await page.evaluate(() => window.__editor.focus());
    out.afterLoad.push(await pauseToHighlights(page, FLAGGED[i % FLAGGED.length]));
  }
  await openFixture(page, origin, 'prosemirror');
  await paste(page, reply(2000), true);
  await sleep(600);
  for (let i = 0; i < samples; i++) out.typing.push(await pauseToHighlights(page, CALM_SENTENCE + FLAGGED[i % FLAGGED.length]));
  if (hasWorker) {
    out.stopFailed = 0;
    for (let i = 0; i < samples; i++) {
      // A worker that would not stay stopped gives no sample of this row.
      if (!(await stopWorker(context, extensionId))) {
        out.stopFailed++;
        continue;
      }
      out.afterStop.push(await pauseToHighlights(page, FLAGGED[i % FLAGGED.length]));
      await sleep(200);
    }
  }
  await page.close();
  return out;
}

/**
 * Checks the reply in `page` `rounds` times more: a sentence typed at the end, then erased, each
 * time waiting until the check of the new text wrote the findings hook. The reply is then as it
 * was.
 */
async function recheck(page, rounds) {
  const checked = async (what) => {
    const ok = await page.waitForFunction(() => window.__bench.hook.length > 0, null, { timeout: 10_000, polling: 20 }).then(() => true, () => false);
    if (!ok) throw new Error(`recheck: no check after ${what} within 10 s`);
  };
  for (let i = 0; i < rounds; i++) {
    const phrase = FLAGGED[(i % (FLAGGED.length - 1)) + 1];
    await page.evaluate(() => void (window.__bench.hook = []));
    await page.keyboard.insertText(phrase);
    await checked(`typing "${phrase.trim()}"`);
    await page.evaluate(() => void (window.__bench.hook = []));
    for (let k = 0; k < phrase.length; k++) await page.keyboard.press('Backspace');
    await checked('erasing it');
  }
}

/** Checks run in the first tab before the one-tab reading (see measureMemory). */
const WARM_CHECKS = 6;

/**
 * Heap with 1 and with `tabs` helpdesk tabs, each with a reply box holding a typed reply (the
 * fixtures alternate ProseMirror / textarea): the worker's heap and each tab's page heap (the
 * whole renderer isolate: the page's world and the extension's), after forced collections.
 * First a warm-up tab (closed before any reading) has its reply checked WARM_CHECKS times
 * more, as in a few minutes of typing: the engine's code is then as optimized as it gets, and
 * the ten-tab reading does not count machine code V8 compiled only because more checks had run
 * (about 130 KB in the worker; it does not grow with tabs). `warm` false reads it cold.
 */
export async function measureMemory(context, origin, { tabs, extensionId, coached, warm = true }) {
  const open = [];
  const text = reply(250) + FLAGGED[3];
  const addTab = async (i) => {
    const page = await probedPage(context);
    await openFixture(page, origin, i % 2 ? 'textarea' : 'prosemirror');
    await paste(page, text, coached);
    if (coached && !(await page.evaluate(() => window.__bench.hook.some((h) => h.value > 0)))) throw new Error(`tab ${i + 1}: the coach showed no findings`);
    await sleep(coached ? 200 : 600);
    return { page, cdp: await context.newCDPSession(page) };
  };
  const read = async () => {
    const pages = [];
    for (const t of open) pages.push(await heapAfterGc(t.cdp));
    return { worker: extensionId ? await workerHeap(context, extensionId) : 0, pages };
  };
  if (coached && warm) {
    const warmUp = await addTab(0);
    await recheck(warmUp.page, WARM_CHECKS);
    await warmUp.page.close();
    await sleep(300);
  }
  open.push(await addTab(0));
  const one = await read();
  // Opened together: only what they hold afterwards is measured, not how long they took.
  open.push(...(await Promise.all(Array.from({ length: tabs - 1 }, (_, i) => addTab(i + 1)))));
  const many = await read();
  for (const t of open) await t.page.close();
  return { one, many };
}
