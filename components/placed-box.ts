/**
 * What the card and the counter's findings list share as placed boxes: each measures its own
 * content's height after every render (its full height, even while it is shown shorter and
 * scrolls), is placed by lib/page/placement.ts once that height is known, and stays hidden until
 * it has its spot.
 */
import type { CSSProperties } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Placement } from '../lib/page/placement';

/** A ref for the box and its content's height (0 before the first layout). */
export function useContentHeight() {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const h = ref.current?.scrollHeight ?? 0;
    if (h !== height) setHeight(h);
  });
  return { ref, height };
}

/** The box's position at `spot` (hidden at its natural `width` while there is none yet). */
export function placedStyle(spot: Placement | null, width: number): CSSProperties {
  return {
    left: `${spot?.left ?? 0}px`,
    top: `${spot?.top ?? 0}px`,
    width: `${spot?.width ?? width}px`,
    visibility: spot ? 'visible' : 'hidden',
    ...(spot?.maxHeight ? { maxHeight: `${spot.maxHeight}px`, overflowY: 'auto' } : {}),
  };
}
