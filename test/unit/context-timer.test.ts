/**
 * ContextTimer (lib/page/context.ts): the idle timer every reply box restarts on each keystroke.
 * It fires once, `ms` after the last restart, with the last callback; typing does not cost a
 * clearTimeout/setTimeout pair per event; nothing fires once the extension context is gone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContextTimer, type PageContext } from '../../lib/page/context';

function fakeContext() {
  const callbacks: Array<() => void> = [];
  const ctx = {
    isValid: true,
    signal: new AbortController().signal,
    replaced: false,
    onInvalidated(cb: () => void) {
      callbacks.push(cb);
      return () => callbacks.splice(callbacks.indexOf(cb), 1);
    },
    invalidate() {
      ctx.isValid = false;
      for (const cb of [...callbacks]) cb();
    },
  };
  return ctx as PageContext & { isValid: boolean; invalidate(): void };
}

describe('ContextTimer', () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => void vi.useRealTimers());

  it('fires once, 300 ms after the last of 40 restarts 40 ms apart, with the last callback', () => {
    const timer = new ContextTimer(fakeContext());
    const fired: number[] = [];
    for (let i = 0; i < 40; i++) {
      timer.start(() => fired.push(i), 300);
      vi.advanceTimersByTime(40);
    }
    // 40 ms after the last restart: not yet.
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(259);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([39]);
    vi.advanceTimersByTime(1000);
    expect(fired).toEqual([39]);
  });

  it('sets one timeout per quiet interval while typing, not one per keystroke', () => {
    const set = vi.spyOn(globalThis, 'setTimeout');
    const cleared = vi.spyOn(globalThis, 'clearTimeout');
    const timer = new ContextTimer(fakeContext());
    for (let i = 0; i < 40; i++) {
      timer.start(() => {}, 300);
      vi.advanceTimersByTime(40);
    }
    vi.advanceTimersByTime(300);
    // 1.6 s of typing then the delay: the first timeout and one more each time it came due early.
    expect(set.mock.calls.length).toBeLessThanOrEqual(8);
    expect(cleared.mock.calls.length).toBeLessThanOrEqual(8);
  });

  it('fires sooner when restarted with a shorter delay', () => {
    const timer = new ContextTimer(fakeContext());
    const fired: string[] = [];
    timer.start(() => fired.push('long'), 1000);
    vi.advanceTimersByTime(100);
    timer.start(() => fired.push('short'), 50);
    vi.advanceTimersByTime(50);
    expect(fired).toEqual(['short']);
    vi.advanceTimersByTime(2000);
    expect(fired).toEqual(['short']);
  });

  it('does not fire once cleared, and can start again afterwards', () => {
    const timer = new ContextTimer(fakeContext());
    const fired: string[] = [];
    timer.start(() => fired.push('a'), 300);
    vi.advanceTimersByTime(100);
    timer.clear();
    vi.advanceTimersByTime(1000);
    expect(fired).toEqual([]);
    timer.start(() => fired.push('b'), 300);
    vi.advanceTimersByTime(300);
    expect(fired).toEqual(['b']);
  });

  it('never fires after the extension context was invalidated, even when the timeout was already set', () => {
    const ctx = fakeContext();
    const timer = new ContextTimer(ctx);
    const fired: string[] = [];
    timer.start(() => fired.push('a'), 300);
    vi.advanceTimersByTime(100);
    timer.start(() => fired.push('b'), 300);
    ctx.invalidate();
    vi.advanceTimersByTime(1000);
    expect(fired).toEqual([]);
  });
});
