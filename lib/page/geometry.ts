/** Coordinates across same-origin frames: the UI lives in the top document of the scan. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Offset of `node`'s viewport inside this script's viewport (0,0 outside iframes). */
export function frameOffset(node: Node): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let win = (node.ownerDocument ?? (node as Document)).defaultView;
  while (win && win !== window) {
    let frame: Element | null = null;
    try {
      frame = win.frameElement;
    } catch {
      break;
    }
    if (!frame) break;
    const r = frame.getBoundingClientRect();
    const cs = (frame.ownerDocument.defaultView ?? window).getComputedStyle(frame);
    x += r.left + frame.clientLeft + (parseFloat(cs.paddingLeft) || 0);
    y += r.top + frame.clientTop + (parseFloat(cs.paddingTop) || 0);
    win = frame.ownerDocument.defaultView;
  }
  return { x, y };
}

/** `rect` (in `node`'s viewport) in this script's viewport. */
export function toTopViewport(rect: Box, node: Node): Box {
  const o = frameOffset(node);
  return { left: rect.left + o.x, top: rect.top + o.y, width: rect.width, height: rect.height };
}

/** Whether (x, y) falls on `r`, with a little slack below for the underline. */
export function hits(r: Box, x: number, y: number): boolean {
  return x >= r.left - 1 && x <= r.left + r.width + 1 && y >= r.top - 1 && y <= r.top + r.height + 3;
}
