#!/usr/bin/env node
/**
 * `npm run bench:soak`: memory over a long day in the helpdesk. Loads the e2e build in real
 * Chromium, opens a fixture ticket page that behaves like a single-page app (every "ticket"
 * is a client-side route: the old reply boxes are removed, new ones mounted, every other
 * ticket with a cross-origin ticket iframe), and makes a few thousand edits across the boxes
 * with real input (typing, deleting, replacing words, rewriting), pausing now and then so the
 * checks run. The warm-up (two tickets, and a long thread pasted once, which fills the checker's
 * bounded paragraph cache) is measured, then the end — both times on the same kind of ticket.
 * It prints, after a forced garbage collection:
 *   - event listeners on the page (CDP DOMDebugger.getEventListeners on window and the whole
 *     document, shadow roots included), the page's own and Reply Coach's apart;
 *   - highlight ranges in CSS.highlights, and how many of them hold removed nodes;
 *   - the background's report map (storage.session) against the boxes on the page, and the badge;
 *   - the JS heap of the page (CDP Runtime.getHeapUsage) and of the service worker.
 * Verdict "flat": listeners and stored reports unchanged, heaps within +10% of the warm-up.
 *
 *   node test/bench/soak.mjs [--edits N] [--tickets N] [--snapshots DIR] [--strict]
 *
 * --edits      edits in all (default 3000)   --tickets  client-side routes (default 12, even)
 * --snapshots  also write the page's heap snapshots (warm-up.heapsnapshot, end.heapsnapshot) to DIR,
 *              to compare in DevTools (Memory → Comparison) when the heap grows
 * --strict     exit 1 unless every verdict is flat
 * Needs `npm run build:e2e` (run when the build is missing) and /usr/bin/chromium. Not part of
 * `npm test`: it takes a few minutes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptArgs, intCheck } from '../../scripts/lib/args.mjs';
import { buildFixtures } from '../../scripts/build-fixtures.mjs';
import { liveBoxes, otherOrigin } from '../e2e/churn.mjs';
import { startServer } from '../e2e/server.mjs';
import { launch, preflight } from './chromium.mjs';
import { table } from './table.mjs';

const { values: opts } = scriptArgs(
  'Usage: node test/bench/soak.mjs [--edits N] [--tickets N] [--snapshots DIR] [--strict]',
  {
    options: {
      edits: { type: 'string', default: '3000' },
      tickets: { type: 'string', default: '12' },
      snapshots: { type: 'string' },
      strict: { type: 'boolean' },
    },
  },
  intCheck(['edits', 'tickets']),
);
// Whole numbers ≥ 1 (scriptArgs checked them), raised to the least a run needs.
const EDITS = Math.max(100, Number(opts.edits));
/** Even, so the warm-up (after ticket 2) and the end are the same kind of ticket. */
const TICKETS = Math.max(4, Number(opts.tickets) & ~1);
const WARM_UP_TICKETS = 2;
/** Edits between pauses long enough for a check (the coach checks 300 ms after the last edit). */
const EDITS_PER_PAUSE = 20;
const PAUSE_MS = 420;
/** Heap growth still called flat. */
const HEAP_SLACK = 0.1;
/**
 * Paragraphs of the reply pasted during the warm-up: more than the checker's paragraph cache
 * holds (400 entries, lib/checker/index.ts), so the cache is full when the warm-up is measured,
 * not still filling with every check after it.
 */
const WARM_UP_PARAGRAPHS = 450;

preflight();

/** Ticket layouts, alternating: odd tickets have a cross-origin ticket iframe. */
const LAYOUTS = [
  { boxes: ['textarea', 'editable', 'textarea'], frame: true },
  { boxes: ['editable', 'textarea'], frame: false },
];
const PHRASES = [
  'That is not our fault.',
  'Calm down, it is only a day late.',
  'Thanks for waiting while I checked the order.',
  'I have refunded the charge today.',
  'You should have read the confirmation email.',
  'As I already explained, we cannot do that.',
  'I will write again on Friday with the tracking number.',
  'Our system is working perfectly.',
];
const WORDS = ['order', 'parcel', 'refund', 'today', 'soon', 'again', 'clearly', 'obviously', 'kindly'];

/** A small seeded generator, so every run makes the same edits. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const random = rng(20240601);
const pick = (list) => list[Math.floor(random() * list.length)];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** In the page's main world: client-side routes that swap the ticket (its boxes and iframe). */
function installRouter() {
  window.__route = (n, layout, frameSrc) => {
    history.pushState({ n }, '', `/index.html?soak=1&ticket=${n}`);
    document.getElementById('ticket')?.remove();
    const ticket = document.createElement('main');
    ticket.id = 'ticket';
    const form = document.createElement('form');
    layout.boxes.forEach((kind, i) => {
      const box = document.createElement(kind === 'textarea' ? 'textarea' : 'div');
      box.id = `box-${n}-${i}`;
      box.className = 'soak-box';
      if (kind === 'textarea') box.rows = 4;
      else box.contentEditable = 'true';
      box.style.cssText = 'display:block;width:600px;min-height:80px;margin:8px 0;border:1px solid #999';
      form.append(box);
    });
    const send = document.createElement('button');
    send.textContent = 'Send';
    form.append(send);
    ticket.append(form);
    if (layout.frame) {
      const frame = document.createElement('iframe');
      frame.id = 'ticket-frame';
      frame.src = frameSrc;
      frame.style.cssText = 'width:700px;height:420px;display:block';
      ticket.append(frame);
    }
    document.body.append(ticket);
  };
}

/** One reply box to edit: where it is (top page or the ticket iframe) and roughly how long its text is. */
class Target {
  constructor(page, scope, selector) {
    this.page = page;
    this.scope = scope;
    this.selector = selector;
    this.length = 0;
  }
  /** Focus without the mouse: a pointer resting on a flagged word opens the card over the boxes. */
  async focus() {
    await this.scope.locator(this.selector).focus();
    await this.page.keyboard.press('Control+End');
  }
  /** One edit, as an agent makes it. */
  async edit() {
    const kb = this.page.keyboard;
    const r = random();
    if (this.length > 700 || r < 0.04) {
      await kb.press('Control+A');
      await this.insert(pick(PHRASES), true);
    } else if (r < 0.5) await this.insert(` ${pick(PHRASES)}`);
    else if (r < 0.7) {
      const n = 1 + Math.floor(random() * 6);
      for (let i = 0; i < n; i++) await kb.press('Backspace');
      this.length = Math.max(0, this.length - n);
    } else if (r < 0.88) {
      await kb.press('Control+Shift+ArrowLeft');
      await this.insert(`${pick(WORDS)} `);
    } else {
      await kb.press('Control+Home');
      await this.insert(`${pick(WORDS)} `);
      await kb.press('Control+End');
    }
  }
  async insert(text, replaceAll = false) {
    await this.page.keyboard.insertText(text);
    this.length = (replaceAll ? 0 : this.length) + text.length;
  }
}

/** Opens ticket `n`: a client-side route, then its boxes (and ticket iframe) to edit. */
async function openTicket(page, origin, n) {
  const layout = LAYOUTS[n % 2 === 1 ? 0 : 1];
  await page.evaluate(([n, layout, src]) => window.__route(n, layout, src), [n, layout, `${otherOrigin(origin)}/textarea.html?noquote=1&ticket=${n}`]);
  const targets = layout.boxes.map((_, i) => new Target(page, page, `#box-${n}-${i}`));
  if (layout.frame) {
    const frame = await (await page.waitForSelector('#ticket-frame')).contentFrame();
    await frame.waitForSelector('#reply', { timeout: 10_000 });
    targets.push(new Target(page, frame, '#reply'));
  }
  return targets;
}

/** A paragraph like the ones the edits make: phrases and words, up to the length a box is kept under. */
function paragraph(i) {
  const parts = [`(${i})`];
  for (let goal = 40 + random() * 660, n = 0; n < goal; n += parts.at(-1).length + 1) parts.push(random() < 0.7 ? pick(PHRASES) : pick(WORDS));
  return parts.join(' ');
}

/**
 * A long pasted thread in the first box, checked once, then cleared: the paragraph cache is
 * full, of paragraphs like the edits' own, so later checks replace entries of the same size.
 */
async function fillCheckerCache(page, target) {
  const paragraphs = Array.from({ length: WARM_UP_PARAGRAPHS }, (_, i) => paragraph(i));
  await target.focus();
  await page.evaluate((selector) => {
    const box = document.querySelector(selector);
    window.__checked = new Promise((resolve) => new MutationObserver(resolve).observe(box, { attributes: true, attributeFilter: ['data-reply-coach-findings'] }));
  }, target.selector);
  await target.insert(paragraphs.join('\n\n'));
  await page.evaluate(() => window.__checked);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  target.length = 0;
}

async function editTicket(targets, edits, counter) {
  for (let done = 0; done < edits; ) {
    const target = targets[Math.floor(done / EDITS_PER_PAUSE) % targets.length];
    await target.focus();
    for (let i = 0; i < EDITS_PER_PAUSE && done < edits; i++, done++) {
      await target.edit();
      counter.edits++;
    }
    await sleep(PAUSE_MS);
  }
}

/** CDP on the service worker (a browser-level session, messages routed to its target). */
async function workerSession(context, extensionId) {
  const cdp = await context.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((x) => x.type === 'service_worker' && x.url.startsWith(`chrome-extension://${extensionId}/`));
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  let id = 0;
  const waiting = new Map();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message);
    const done = waiting.get(msg.id);
    if (!done) return;
    waiting.delete(msg.id);
    if (msg.error) done.reject(new Error(msg.error.message));
    else done.resolve(msg.result);
  });
  return (method, params = {}) =>
    new Promise((resolve, reject) => {
      waiting.set(++id, { resolve, reject });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
}

/** The page's JS heap after the checks settled and a full GC. */
async function pageHeap(cdp) {
  await sleep(800);
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Writes the page's heap snapshot to `path`. */
async function writeSnapshot(cdp, path) {
  const chunks = [];
  const collect = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  writeFileSync(path, chunks.join(''));
}

/** Everything one measurement reads, after the checks settled and a full GC. */
async function measure(page, cdp, sw, scripts, label) {
  const heap = await pageHeap(cdp);
  if (opts.snapshots) {
    mkdirSync(opts.snapshots, { recursive: true });
    await writeSnapshot(cdp, join(opts.snapshots, `${label}.heapsnapshot`));
  }
  for (let i = 0; i < 2; i++) await sw('HeapProfiler.collectGarbage');
  const listeners = { page: 0, coach: 0, window: 0, document: 0 };
  for (const [where, expression, params] of [
    ['window', 'window', {}],
    ['document', 'document', { depth: -1, pierce: true }],
  ]) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, ...params });
    listeners[where] = found.length;
    for (const l of found) listeners[scripts.get(l.scriptId)?.startsWith('chrome-extension://') ? 'coach' : 'page']++;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  const highlights = await page.evaluate(() => {
    let ranges = 0;
    let removed = 0;
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight) {
        ranges++;
        if (!range.startContainer.isConnected) removed++;
      }
    }
    return { ranges, removed };
  });
  const boxes = await liveBoxes(page);
  const url = page.url();
  const background = await page.context().serviceWorkers()[0].evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((x) => x.url === url);
    const all = await chrome.storage.session.get(null);
    let frames = 0;
    let reports = 0;
    let ended = 0;
    for (const [key, rec] of Object.entries(all)) {
      if (!key.startsWith('reports:')) continue;
      for (const frame of Object.values(rec.frames ?? {})) {
        frames++;
        reports += Object.keys(frame.boxes ?? {}).length;
      }
      ended += rec.ended?.length ?? 0;
    }
    return { tabs: Object.keys(all).filter((k) => k.startsWith('reports:')).length, frames, reports, ended, badge: tab ? await chrome.action.getBadgeText({ tabId: tab.id }) : null };
  }, url);
  const swHeap = (await sw('Runtime.getHeapUsage')).usedSize;
  return { listeners, highlights, boxes: boxes.length, flagged: boxes.reduce((n, b) => n + b.value, 0), background, heap, swHeap };
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const pct = (a, b) => `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)}%`;

async function main() {
  await buildFixtures({ quiet: true });
  const server = await startServer();
  const { context, close } = await launch(true);
  try {
    const worker = context.serviceWorkers()[0];
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    /** scriptId → URL, to tell the page's listeners from the extension's. */
    const scripts = new Map();
    cdp.on('Debugger.scriptParsed', (e) => scripts.set(e.scriptId, e.url));
    await cdp.send('Debugger.enable');
    await page.goto(`${server.origin}/index.html?soak=1`);
    await page.evaluate(installRouter);
    const sw = await workerSession(context, extensionId);

    const perTicket = Math.ceil(EDITS / TICKETS);
    const counter = { edits: 0 };
    const started = performance.now();
    let warm = null;
    /** The page's heap after the even tickets between the two measurements: growth, or a plateau. */
    const trend = [];
    for (let n = 1; n <= TICKETS; n++) {
      const targets = await openTicket(page, server.origin, n);
      if (n === 1) await fillCheckerCache(page, targets[0]);
      await editTicket(targets, perTicket, counter);
      if (n === WARM_UP_TICKETS) warm = await measure(page, cdp, sw, scripts, 'warm-up');
      else if (n % 2 === 0 && n < TICKETS) trend.push([n, await pageHeap(cdp)]);
      process.stderr.write(`\rticket ${n}/${TICKETS}, ${counter.edits} edits`);
    }
    process.stderr.write('\n');
    const end = await measure(page, cdp, sw, scripts, 'end');
    const minutes = ((performance.now() - started) / 60_000).toFixed(1);

    const flat = (ok) => (ok ? 'flat' : 'GROWS');
    const same = (ok) => (ok ? 'matches' : 'DIFFERS');
    const rows = [
      ['', `after warm-up (ticket ${WARM_UP_TICKETS})`, `end (ticket ${TICKETS})`, 'change', 'verdict'],
      ['listeners on the page, all', warm.listeners.page + warm.listeners.coach, end.listeners.page + end.listeners.coach, end.listeners.page + end.listeners.coach - warm.listeners.page - warm.listeners.coach, flat(end.listeners.page + end.listeners.coach <= warm.listeners.page + warm.listeners.coach)],
      ['  of them Reply Coach’s', warm.listeners.coach, end.listeners.coach, end.listeners.coach - warm.listeners.coach, flat(end.listeners.coach <= warm.listeners.coach)],
      ['  on window / on the document tree', `${warm.listeners.window} / ${warm.listeners.document}`, `${end.listeners.window} / ${end.listeners.document}`, '', ''],
      ['highlight ranges (on removed nodes)', `${warm.highlights.ranges} (${warm.highlights.removed})`, `${end.highlights.ranges} (${end.highlights.removed})`, '', flat(end.highlights.removed === 0)],
      ['reply boxes on the page', warm.boxes, end.boxes, '', ''],
      ['background: stored box reports', warm.background.reports, end.background.reports, '', same(warm.background.reports === warm.boxes && end.background.reports === end.boxes)],
      ['background: frames / ended links', `${warm.background.frames} / ${warm.background.ended}`, `${end.background.frames} / ${end.background.ended}`, '', ''],
      ['badge (flagged findings on the page)', `${warm.background.badge} (${warm.flagged})`, `${end.background.badge} (${end.flagged})`, '', same(warm.background.badge === (warm.flagged ? String(warm.flagged) : '') && end.background.badge === (end.flagged ? String(end.flagged) : ''))],
      ['JS heap of the page', mb(warm.heap), mb(end.heap), pct(warm.heap, end.heap), flat(end.heap <= warm.heap * (1 + HEAP_SLACK))],
      ['JS heap of the service worker', mb(warm.swHeap), mb(end.swHeap), pct(warm.swHeap, end.swHeap), flat(end.swHeap <= warm.swHeap * (1 + HEAP_SLACK))],
    ];
    console.log(`\nsoak: ${counter.edits} edits across ${TICKETS} tickets (client-side routes; every other one with a cross-origin ticket iframe) in ${minutes} min; Chromium ${context.browser()?.version() ?? ''}`);
    console.log('figures after a forced GC; listeners via CDP DOMDebugger.getEventListeners (the ticket iframe runs in its own process and is gone at both points)\n');
    console.log(table(rows));
    const points = [[WARM_UP_TICKETS, warm.heap], ...trend, [TICKETS, end.heap]];
    console.log(`\npage heap by ticket: ${points.map(([n, bytes]) => `${n}: ${mb(bytes)}`).join(', ')}`);
    const bad = rows.slice(1).filter((r) => r[4] === 'GROWS' || r[4] === 'DIFFERS');
    console.log(`\n${bad.length ? `not flat: ${bad.map((r) => r[0].trim()).join(', ')}` : 'flat: no growth beyond the warm-up'}`);
    if (opts.strict && bad.length) process.exitCode = 1;
  } finally {
    await close();
    await server.close();
  }
}

await main();
