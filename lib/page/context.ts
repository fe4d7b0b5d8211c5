/**
 * The content script's context as the page code uses it (WXT's ContentScriptContext, plus
 * `replaced`). After an update or reload of the extension the context is invalid: every
 * `browser.*` call throws, and the page code must stop and let go. Reading `isValid` is what
 * notices it (WXT then runs the `onInvalidated` callbacks), so every timer and listener here
 * reads it before doing anything.
 */
export interface PageContext {
  readonly isValid: boolean;
  readonly signal: AbortSignal;
  onInvalidated(cb: () => void): () => void;
  /** A newer copy of the content script took this frame over: it coaches from here on. */
  readonly replaced: boolean;
}

/** Runs `call` unless the context is gone; what it throws (the context went meanwhile) is dropped. */
export function safely(context: PageContext, call: () => void): void {
  if (!context.isValid) return;
  try {
    call();
  } catch {
    // the extension context went away between the check and the call
  }
}

/** `fn` as a listener that does nothing once the context is invalid. */
export function whileValid<A extends unknown[]>(ctx: PageContext, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    if (ctx.isValid) fn(...args);
  };
}

/**
 * A restartable one-shot timer that fires only while the context is valid and is cleared when
 * it is invalidated. It registers one invalidation callback for its whole life (`ctx.setTimeout`
 * adds one per call, and a box restarts its timer on every keystroke all day).
 *
 * A restart that moves the deadline later keeps the pending timeout and only moves the deadline:
 * when the timeout fires early it waits again for the rest. A box and its counter restart their
 * timers on every input, keyup and selectionchange, so typing costs no clearTimeout/setTimeout
 * pair per event, only one timeout per quiet interval.
 */
export class ContextTimer {
  private id: ReturnType<typeof setTimeout> | undefined;
  /** When the pending timeout was set to fire, and when `fn` is due (≥ that after a restart). */
  private firesAt = 0;
  private due = 0;
  private fn: (() => void) | undefined;
  private readonly unlisten: () => void;

  constructor(private readonly ctx: PageContext) {
    this.unlisten = ctx.onInvalidated(() => this.clear());
  }

  /** (Re)starts the timer: `fn` runs after `ms` unless cleared or restarted first. */
  start(fn: () => void, ms: number): void {
    const due = performance.now() + ms;
    this.fn = fn;
    this.due = due;
    // A pending timeout that fires no later than the new deadline is kept; fire() waits the rest.
    if (this.id !== undefined && this.firesAt <= due) return;
    this.arm(ms);
  }

  clear(): void {
    clearTimeout(this.id);
    this.id = undefined;
    this.fn = undefined;
  }

  /** Clears the timer and its invalidation callback (its owner is gone). */
  dispose(): void {
    this.clear();
    this.unlisten();
  }

  private arm(ms: number): void {
    clearTimeout(this.id);
    this.firesAt = performance.now() + ms;
    this.id = setTimeout(() => this.fire(), ms);
  }

  private fire(): void {
    this.id = undefined;
    const left = this.due - performance.now();
    // Timers may fire a little early; only a restart moves the deadline by more than a tick.
    if (left > 1) return this.arm(left);
    const fn = this.fn;
    this.fn = undefined;
    if (fn && this.ctx.isValid) fn();
  }
}
