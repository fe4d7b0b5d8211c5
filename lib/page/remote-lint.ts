/**
 * The coach's lint when the checker runs in the background engine (lib/engine/engine.ts): each
 * box's text goes there as edits against the version the engine last acknowledged, so a
 * keystroke sends a few characters, not the reply. Checks of one box run one after another; a
 * check that was overtaken by a newer one for the same box before it was sent is skipped
 * (resolves null), and the box draws a result only if its text still is the text checked
 * (lib/page/box.ts), so a late answer is never drawn at stale offsets.
 */
import type { Range, Report, Settings } from '../checker/types';
import { chunkEdit, diffText, settingsKey } from '../engine/protocol';
import type { EngineAnswer, ToBackground } from '../messages';
import type { LintFn } from './box';
import { randomHex } from './random-hex';

type Send = (message: ToBackground) => Promise<unknown>;

interface DocState {
  /** Random id of this box in the engine (box ids repeat across documents of a frame). */
  doc: string;
  /** What the engine holds: version and text (version 0: nothing). */
  version: number;
  text: string;
  /** The check waiting for its turn, if any: a newer one replaces it. */
  queued: number;
  chain: Promise<unknown>;
}


/** Remembers the fingerprint of each settings object (settings objects are replaced, never changed). */
const keys = new WeakMap<object, string>();
const keyOf = (s: Settings) => {
  let k = keys.get(s);
  if (k === undefined) keys.set(s, (k = settingsKey(s)));
  return k;
};

export function remoteLint(send: Send): LintFn & { forget(boxId: string): void } {
  const docs = new Map<string, DocState>();
  let seq = 0;

  /** Sends `text` as edits from what the engine holds; the last edit asks for the check. */
  async function sendCheck(state: DocState, text: string, check: { ignore: Range[]; settingsKey: string }): Promise<Report | null> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const edits = chunkEdit(diffText(state.text, text));
      let answer: EngineAnswer | null = null;
      let version = state.version;
      for (let i = 0; i < edits.length; i++) {
        const last = i === edits.length - 1;
        const msg: ToBackground = { type: 'engine:edit', doc: state.doc, base: version, version: version + 1, ...edits[i], ...(last ? { check } : {}) };
        answer = (await send(msg)) as EngineAnswer;
        if (!answer?.ok) break;
        version++;
      }
      if (answer?.ok) {
        state.version = version;
        state.text = text;
        return answer.report ?? null;
      }
      if (answer && 'need' in answer && answer.need === 'text') {
        // The engine restarted or let the text go: start over from nothing.
        state.version = 0;
        state.text = '';
        continue;
      }
      throw new Error(answer && 'error' in answer ? `engine: ${answer.error}` : 'engine: no answer');
    }
    throw new Error('engine: refused the whole text');
  }

  const lint = ((text: string, opts: { settings: Settings; ignore: Range[]; boxId?: string }) => {
    const boxId = opts.boxId ?? '';
    let state = docs.get(boxId);
    if (!state) docs.set(boxId, (state = { doc: randomHex(8), version: 0, text: '', queued: 0, chain: Promise.resolve() }));
    const mine = ++seq;
    state.queued = mine;
    const s = state;
    const run = s.chain.then(() => (s.queued === mine ? sendCheck(s, text, { ignore: opts.ignore, settingsKey: keyOf(opts.settings) }) : null));
    s.chain = run.catch(() => undefined);
    return run;
  }) as LintFn & { forget(boxId: string): void };
  lint.forget = (boxId) => void docs.delete(boxId);
  return lint;
}
