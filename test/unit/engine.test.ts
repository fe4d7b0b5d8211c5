// @vitest-environment happy-dom
/**
 * The background engine (lib/engine) and the frame's side of it (lib/page/remote-lint.ts): a
 * reply's text travels as edits, the engine answers the report of exactly the text it was
 * sent, and a late answer is never drawn at stale offsets (lib/page/box.ts).
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';
import type { Report, Settings } from '../../lib/checker/types';
import { WARM_UP_REPLY } from '../../lib/engine/warm-up';
import { Engine, type EditRequest } from '../../lib/engine/engine';
import { applyEdit, chunkEdit, diffText, EDIT_CHUNK_CHARS, settingsKey } from '../../lib/engine/protocol';
import type { ToBackground } from '../../lib/messages';
import { checkToBackground, MAX_MESSAGE_CHARS } from '../../lib/messages-schema';
import { ReplyBox, type BoxHost } from '../../lib/page/box';
import { remoteLint } from '../../lib/page/remote-lint';
import { uiRoot } from '../../lib/page/ui-root';
import { SETTINGS, SITE, textareaBox, usePageFrame } from './page-fakes';

const REPLY = 'Hi Ana,\n\nThanks for the photos of order 4471. That is not our fault, the courier handles the last mile.\n\nBest,\nLee';

function mulberry(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('edits between two texts', () => {
  it('turn the old text into the new one, for any pair of edits, surrogate pairs kept whole', () => {
    const rand = mulberry(7);
    const alphabet = ['a', 'b', ' ', '\n', 'é', '😀', '😁', '🙂', '.'];
    // Texts as arrays of code points, so a cut never splits a pair: only the diff could.
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]);
    for (let i = 0; i < 2000; i++) {
      const chars = word(Math.floor(rand() * 30));
      const cut = Math.floor(rand() * chars.length);
      const from = chars.join('');
      const to = [...chars.slice(0, cut), ...word(Math.floor(rand() * 5)), ...chars.slice(cut + Math.floor(rand() * 4))].join('');
      const edit = diffText(from, to);
      expect(applyEdit(from, edit)).toBe(to);
      expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(edit.text)).toBe(false);
      let text: string | null = from;
      for (const piece of chunkEdit(edit, 3)) text = applyEdit(text!, piece);
      expect(text).toBe(to);
    }
  });

  it('send only the words between the common prefix and suffix', () => {
    expect(diffText('That is not our fault.', 'That is not your fault.')).toEqual({ start: 12, end: 12, text: 'y' });
  });

  it('cut a long insertion into chunks under the message cap, none splitting a surrogate pair', () => {
    const long = 'a' + '🙂'.repeat(EDIT_CHUNK_CHARS); // an odd start puts a pair across every chunk seam
    const pieces = chunkEdit({ start: 0, end: 0, text: long });
    expect(pieces.length).toBe(3);
    expect(pieces.map((p) => p.text).join('')).toBe(long);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(EDIT_CHUNK_CHARS);
      expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p.text)).toBe(false);
    }
  });
});

describe('the engine', () => {
  const deps = (settings: Settings = {}) => ({
    check: (text: string, opts: { settings: Settings; ignore: { start: number; end: number }[] }) => check(text, { lang: 'auto' as const, ...opts }),
    readSettings: async () => settings,
  });
  const edit = (text: string, base = 0, version = base + 1, at = { start: 0, end: 0 }): EditRequest => ({
    doc: 'a1b2c3d4e5f60718',
    base,
    version,
    ...at,
    text,
    check: { ignore: [], settingsKey: settingsKey({}) },
  });

  it('checks the text it was sent and answers for that version', async () => {
    const engine = new Engine(deps());
    const answer = await engine.edit('1/0', edit(REPLY));
    expect(answer).toMatchObject({ ok: true, version: 1 });
    const report = (answer as { report: Report }).report;
    expect(report).toEqual(check(REPLY, { lang: 'auto', settings: {}, ignore: [] }));
    expect(report.findings.some((f) => f.text.includes('not our fault'))).toBe(true);
  });

  it('applies a later edit to the version it holds, and asks for the whole text when it holds another', async () => {
    const engine = new Engine(deps());
    await engine.edit('1/0', edit(REPLY));
    const at = REPLY.indexOf('not our fault');
    const fixed = REPLY.slice(0, at) + 'on us to fix' + REPLY.slice(at + 'not our fault'.length);
    const answer = (await engine.edit('1/0', edit('on us to fix', 1, 2, { start: at, end: at + 'not our fault'.length }))) as { ok: true; report: Report };
    expect(answer.report).toEqual(check(fixed, { lang: 'auto', settings: {}, ignore: [] }));
    expect(await engine.edit('1/0', edit('x', 1, 3))).toEqual({ ok: false, need: 'text' });
    // Another frame's box with the same id is another text.
    expect(await engine.edit('1/1', edit('x', 2, 3))).toEqual({ ok: false, need: 'text' });
  });

  it('lets a frame’s or a tab’s texts go', async () => {
    const engine = new Engine(deps());
    await engine.edit('1/0', edit(REPLY));
    await engine.edit('1/3', edit(REPLY));
    await engine.edit('2/0', edit(REPLY));
    engine.forgetFrame('1/3');
    expect(engine.stats().docs).toBe(2);
    engine.forgetTab(1);
    expect(engine.stats()).toEqual({ docs: 1, chars: REPLY.length });
  });

  it('reads the settings again when the frame’s differ from its own, and checks with them', async () => {
    let stored: Settings = {};
    const engine = new Engine({ ...deps(), readSettings: async () => stored });
    await engine.edit('1/0', edit(REPLY));
    stored = { rules: { 'en.defensive.not-our-fault': { enabled: false } } };
    const answer = (await engine.edit('1/0', { ...edit('', 1, 2, { start: 0, end: 0 }), check: { ignore: [], settingsKey: settingsKey(stored) } })) as {
      report: Report;
      settingsKey: string;
    };
    expect(answer.settingsKey).toBe(settingsKey(stored));
    expect(answer.report).toEqual(check(REPLY, { lang: 'auto', settings: stored, ignore: [] }));
  });

  it('reads the settings ahead of the first check once a frame links up, and the check uses that read', async () => {
    let reads = 0;
    const engine = new Engine({ ...deps(), readSettings: async () => (reads++, {}) });
    engine.readAhead();
    engine.readAhead();
    expect(reads).toBe(1);
    await engine.edit('1/0', edit(REPLY));
    expect(reads).toBe(1);
  });

  it('a settings read that fails ahead of time is tried again, and reported, by the check', async () => {
    let fail = true;
    const engine = new Engine({ ...deps(), readSettings: async () => { if (fail) throw new Error('storage is gone'); return {}; } });
    engine.readAhead();
    await new Promise((r) => setTimeout(r, 0));
    fail = false;
    await expect(engine.edit('1/0', edit(REPLY))).resolves.toMatchObject({ ok: true, version: 1 });
  });
});

describe('the warm-up reply', () => {
  it('is English and runs the rules, the model and the rewrites, so the first real check finds them compiled', () => {
    const report = check(WARM_UP_REPLY, { lang: 'auto' });
    expect(report.lang).toBe('en');
    const ids = report.findings.map((f) => f.ruleId);
    expect(ids.some((id) => id.startsWith('en.model.'))).toBe(true);
    expect(ids.some((id) => !id.startsWith('en.model.'))).toBe(true);
    expect(report.findings.some((f) => (f.suggestions?.length ?? 0) > 0)).toBe(true);
  });
});

describe('a frame checking through the engine', () => {
  function wire() {
    let engine = new Engine({ check: (t, o) => check(t, { lang: 'auto', ...o }), readSettings: async () => ({}) });
    const sent: ToBackground[] = [];
    const send = async (msg: ToBackground) => {
      const admitted = checkToBackground(msg);
      if (!admitted.ok) throw new Error(admitted.error);
      expect(JSON.stringify(msg).length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      sent.push(msg);
      if (msg.type !== 'engine:edit') return undefined;
      const { type: _type, ...req } = msg;
      return engine.edit('7/0', req);
    };
    return { lint: remoteLint(send), sent, restart: () => (engine = new Engine({ check: (t, o) => check(t, { lang: 'auto', ...o }), readSettings: async () => ({}) })) };
  }
  const opts = { settings: {}, ignore: [], boxId: 'box-1' };

  it('sends a keystroke as a one-character edit and gets the report of the whole text', async () => {
    const { lint, sent } = wire();
    await lint(REPLY, opts);
    const typed = REPLY.replace('Best,', 'Best wishes,');
    const report = await lint(typed, opts);
    const last = sent.at(-1) as Extract<ToBackground, { type: 'engine:edit' }>;
    expect(last.text).toBe(' wishes');
    expect(report).toEqual(check(typed, { lang: 'auto', settings: {}, ignore: [] }));
  });

  it('sends the whole text again after the engine restarted, and still answers', async () => {
    const { lint, sent, restart } = wire();
    await lint(REPLY, opts);
    restart();
    const report = await lint(REPLY + ' ', opts);
    expect(report?.findings.length).toBeGreaterThan(0);
    expect((sent.at(-1) as { base: number; text: string }).base).toBe(0);
  });

  it('sends a 1 MB reply in messages the background admits', async () => {
    const { lint, sent } = wire();
    const big = (REPLY.split('\n\n')[1] + '\n\n').repeat(Math.ceil(1_000_000 / 90)).slice(0, 1_000_000);
    const report = await lint(big, opts);
    expect(sent.length).toBeGreaterThan(10);
    expect(report?.words).toBeGreaterThan(100_000);
  }, 30_000);

  it('sends only the newest of the checks of a box that queued up while one was on its way', async () => {
    const { lint, sent } = wire();
    const first = lint(REPLY, opts);
    await Promise.resolve();
    const second = lint(REPLY + ' Thanks.', opts);
    const third = lint(REPLY + ' Thanks!', opts);
    expect(await first).not.toBeNull(); // already on its way
    expect(await second).toBeNull();
    expect(await third).toEqual(check(REPLY + ' Thanks!', { lang: 'auto', settings: {}, ignore: [] }));
    expect(sent.map((m) => (m as { text: string }).text)).toEqual([REPLY, ' Thanks!']);
  });
});

describe('a box whose engine answers late', () => {
  const frame = usePageFrame();

  it('draws nothing for a text that changed meanwhile, and checks again', async () => {
    const calls: string[] = [];
    const drawn: Array<{ score: number; findings: unknown[] }> = [];
    const answers: Array<(r: Report) => void> = [];
    const host: BoxHost = {
      context: frame().context,
      lint: (text) => {
        calls.push(text);
        return new Promise<Report>((resolve) => answers.push(resolve));
      },
      settings: () => SETTINGS,
      paused: () => false,
      layer: () => uiRoot().layer,
      onChecked: () => {},
      report: (r) => void drawn.push(r),
      removeReport: () => {},
    };
    const ta = textareaBox('That is not our fault.');
    const box = new ReplyBox('box-1', ta, SITE, host);
    box.run();
    ta.value = 'That was our mistake.';
    answers[0](check('That is not our fault.', { lang: 'auto' }));
    await Promise.resolve();
    await Promise.resolve();
    expect(box.findings).toEqual([]);
    expect(drawn).toEqual([]);
    box.run();
    answers[1](check('That was our mistake.', { lang: 'auto' }));
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toEqual(['That is not our fault.', 'That was our mistake.']);
    expect(drawn).toHaveLength(1);
    expect(drawn[0]).toMatchObject({ score: 100, findings: [] });
  });
});
