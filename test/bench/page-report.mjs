/**
 * bench:page's table: before / after / no-op side by side, each row with the issue's target and
 * whether before and after meet it. Figures only: nothing here fails the run.
 */
import { quantile, sum } from './page-probes.mjs';
import { table } from './table.mjs';

const KB = (chars) => `${(chars / 1024).toFixed(1)} KB`;
const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const ms = (x) => (x === undefined || x === null ? '—' : Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'none');
const ratio = (x) => (x === undefined || !Number.isFinite(x) ? '—' : `${x.toFixed(2)}×`);
const yes = (ok) => (ok === undefined ? '' : ok ? 'yes' : 'NO');
const met = (before, after) => `${yes(before)} / ${yes(after)}`;

/** Per-tab extension heap (page heap minus the no-op's) and the totals with the worker. */
function memoryOf(m, noop) {
  const one = m.one.pages[0] - noop.one.pages[0];
  const perTab = m.many.pages.map((p, i) => p - noop.many.pages[i]);
  const total1 = m.one.worker + one;
  const total10 = m.many.worker + sum(perTab);
  return { one, perTab, total1, total10, ratio: total10 / total1, worker1: m.one.worker, worker10: m.many.worker };
}

/** p50/p95 of a latency list; a phrase the hook never showed counts as slower than any. */
function latencyOf(list = []) {
  const xs = list.map((x) => (x === null ? Infinity : x));
  return { p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), missed: list.filter((x) => x === null).length, n: list.length };
}
const latencyCell = (l) => (l.n ? `${ms(l.p50)} / ${ms(l.p95)}${l.missed ? ` (${l.missed} of ${l.n} never shown)` : ''}` : 'n/a');

const taskCell = (t) => (t ? `${t.extensionMs.toFixed(0)} ms of a ${t.ms.toFixed(0)} ms task (${t.scripts.join(' ') || 'JS samples'})` : 'none');

export function printReport({ results, plan, chromium, seconds, beforeLabel, afterLabel }) {
  const { noop, before, after } = results;
  const rows = [['', `before (${beforeLabel})`, `after (${afterLabel})`, 'no-op', 'target', 'met? before / after']];
  const row = (...cells) => rows.push(cells);
  const gap = (title) => rows.push([title]);

  // `--only typing` measures the typing rows alone: the other sections are left out.
  if (before.bytes) {
    gap('extension script parsed by a page');
    row('  page with no reply box', KB(before.bytes.noBox.bytes), KB(after.bytes.noBox.bytes), KB(noop.bytes.noBox.bytes));
    row('  page with a reply box, at load', KB(before.bytes.boxLoaded.bytes), KB(after.bytes.boxLoaded.bytes), KB(noop.bytes.boxLoaded.bytes));
    const checked = (v) => v.bytes.afterCheck.bytes;
    row('  … after its first check', KB(checked(before)), KB(checked(after)), KB(checked(noop)));
    // The card UI (card-ui.js) is injected when the first card or findings list opens.
    const inAll = (v) => checked(v) + (v.bytes.cardUi ?? 0);
    row('  … and once a card opened (all injected)', KB(inAll(before)), KB(inAll(after)), KB(inAll(noop)), '≤ 150 KB', met(inAll(before) <= 150 * 1024, inAll(after) <= 150 * 1024));
  }

  if (before.memory) {
    gap('memory (worker heap + per tab: page heap − no-op page heap, after GC; the worker warmed first by checks in a tab closed before reading)');
    const mb = memoryOf(before.memory, noop.memory);
    const ma = memoryOf(after.memory, noop.memory);
    row('  1 tab', MB(mb.total1), MB(ma.total1), `${MB(noop.memory.one.pages[0])} page`);
    row(`  ${plan.tabs} tabs`, MB(mb.total10), MB(ma.total10), `${MB(sum(noop.memory.many.pages))} pages`);
    row(`  ratio ${plan.tabs} tabs / 1 tab`, ratio(mb.ratio), ratio(ma.ratio), '', '≤ 1.5×', met(mb.ratio <= 1.5, ma.ratio <= 1.5));
    row('  worker heap, 1 / 10 tabs', `${MB(mb.worker1)} / ${MB(mb.worker10)}`, `${MB(ma.worker1)} / ${MB(ma.worker10)}`, 'no worker');
    row('  per-tab extension heap, median of 10', MB(quantile(mb.perTab, 0.5)), MB(quantile(ma.perTab, 0.5)));
  }

  if (before.trace) {
    gap("page main thread: the task with the most extension time (trace; extension's own time in it, of the whole task)");
    const phases = [['load', 'load + injection'], ['first-check', 'first check (2,000-word paste)'], ['typing', 'typing + a flagged phrase'], ['worker-stopped', 'after the worker was stopped']];
    const stopNote = (v) => (v.trace.workerStopped === false ? ' (worker would not stop)' : '');
    for (const [key, label] of phases) {
      const note = key === 'worker-stopped' ? [stopNote(before), stopNote(after)] : ['', ''];
      row(`  ${label}`, taskCell(before.trace.longest[key]) + note[0], taskCell(after.trace.longest[key]) + note[1], taskCell(noop.trace.longest[key]));
  }
  const worst = (v) => v.trace.longest.all?.extensionMs ?? 0;
  row('  longest at any point', ms(worst(before)), ms(worst(after)), ms(worst(noop)), '≤ 50 ms', met(worst(before) <= 50, worst(after) <= 50));
  row('  tasks with > 50 ms of extension time', String(before.trace.over50), String(after.trace.over50), String(noop.trace.over50));
  }

  if (noop.typing) gap(`typing: ${plan.rounds} round(s) × ${plan.keys} keys at the end of a reply — main-thread busy time / no-op's, median round [range]; busy ms per key; keydown → next frame p50 / p95`);
  for (const key of Object.keys(noop.typing ?? {})) {
    const [editor, words] = key.split(':');
    const runs = (v) => v.typing[key];
    const rounds = (v) => runs(v).map((x, i) => x.busyMs / runs(noop)[i].busyMs);
    // The median round: one round that met a busy moment of the shared machine does not move it.
    const r = (v) => quantile(rounds(v), 0.5);
    const spread = (v) => (runs(v).length > 1 ? ` [${ratio(Math.min(...rounds(v)))}–${ratio(Math.max(...rounds(v)))}]` : '');
    const perKey = (v) => {
      const all = runs(v).flatMap((x) => x.keys);
      return `${ms(quantile(all, 0.5))} / ${ms(quantile(all, 0.95))}`;
    };
    const busyPerKey = (v) => `${(sum(runs(v).map((x) => x.busyMs)) / (plan.keys * runs(v).length)).toFixed(1)} ms/key`;
    const cell = (v) => `${ratio(r(v))}${spread(v)} ${busyPerKey(v)} (${perKey(v)})`;
    const target = words === '2000';
    row(`  ${Number(words).toLocaleString('en')} words, ${editor}`, cell(before), cell(after), `1.00× ${busyPerKey(noop)} (${perKey(noop)})`, target ? '≤ 1.10×' : 'report', target ? met(r(before) <= 1.1, r(after) <= 1.1) : '');
  }

  if (before.latency) {
    gap(`pause → highlights, p50 / p95 over ${plan.samples} phrases each`);
    for (const [key, label] of [['afterLoad', 'right after load'], ['typing', 'while typing (2,000 words)'], ['afterStop', 'right after the worker was stopped']]) {
      const b = latencyOf(before.latency[key]);
      const a = latencyOf(after.latency[key]);
      row(`  ${label}`, latencyCell(b), latencyCell(a), 'n/a', '≤ 350 ms p95', met(b.n ? b.p95 <= 350 : undefined, a.n ? a.p95 <= 350 : undefined));
  }
  const failed = (v) => v.latency.stopFailed ?? 0;
  if (failed(before) || failed(after)) row('  worker would not stop (samples skipped)', String(failed(before)), String(failed(after)));
  }

  console.log(`Reply Coach page benchmark — Chromium ${chromium}; ${plan.keys} keystrokes per typing run, ${plan.samples} samples per latency row; ${Math.round(seconds)} s\n`);
  // Section titles (one-cell rows) stay out of the column widths.
  const lines = table(rows.filter((r) => r.length > 1)).split('\n');
  let at = 0;
  console.log(rows.map((r) => (r.length > 1 ? lines[at++] : r[0])).join('\n'));
  const scripts = (v) => v.bytes.afterCheck.scripts.map((s) => `${s.path} ${KB(s.bytes)}`).join(', ');
  if (before.bytes) console.log(`\nscripts parsed: before — ${scripts(before)}; after — ${scripts(after)}`);
  if (before.trace) console.log(`trace: page main threads found — before ${before.trace.threads}, after ${after.trace.threads}, no-op ${noop.trace.threads}`);
}
