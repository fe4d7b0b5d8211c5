/** Keeps the open card next to its words while the page scrolls or resizes: at most one redraw per frame. */
import { whileValid, type PageContext } from './context';

export function followScroll(context: PageContext, signal: AbortSignal, isOpen: () => boolean, redraw: () => void): void {
  let queued = false;
  const draw = whileValid(context, () => {
    if (isOpen()) redraw();
  });
  const follow = () => {
    if (queued || !isOpen()) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      draw();
    });
  };
  window.addEventListener('scroll', follow, { capture: true, passive: true, signal });
  window.addEventListener('resize', follow, { passive: true, signal });
}
