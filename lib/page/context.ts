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
 */
export class ContextTimer {
  private id: ReturnType<typeof setTimeout> | undefined;
  private readonly unlisten: () => void;

  constructor(private readonly ctx: PageContext) {
    this.unlisten = ctx.onInvalidated(() => this.clear());
  }

  /** (Re)starts the timer: `fn` runs after `ms` unless cleared or restarted first. */
  start(fn: () => void, ms: number): void {
    this.clear();
    this.id = setTimeout(() => {
      this.id = undefined;
      if (this.ctx.isValid) fn();
    }, ms);
  }

  clear(): void {
    clearTimeout(this.id);
    this.id = undefined;
  }

  /** Clears the timer and its invalidation callback (its owner is gone). */
  dispose(): void {
    this.clear();
    this.unlisten();
  }
}
