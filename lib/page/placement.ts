/**
 * Where Reply Coach's floating UI goes so it never covers what the agent is working with: the
 * flagged words, the caret's line and the helpdesk's Send button. Pure: viewport pixels in, a
 * position out (card.ts and counter.ts measure the page, the components draw).
 *
 * The card goes below its words, else above, moved sideways or past an obstacle when one is in
 * the way; when neither fits at full height (200% zoom, a short pane) it docks beside the reply
 * box; when that does not fit either, it is shown shorter (it scrolls inside) above or below.
 */
import type { Box } from './geometry';

export interface Size {
  width: number;
  height: number;
}

export type Side = 'below' | 'above' | 'right' | 'left';

export interface CardPlacementInput {
  viewport: Size;
  /** Line boxes of the flagged words (at least one). */
  words: readonly Box[];
  /** The caret's line across the reply box (null: the caret is not in the box). */
  caretLine?: Box | null;
  /** Anything else the card must not cover (the Send button). */
  avoid?: readonly Box[];
  /** The reply box: the card docks beside it when it fits neither above nor below. */
  box?: Box | null;
  /** The card's natural size. */
  card: Size;
}

export interface Placement {
  left: number;
  top: number;
  /** The card's width: its natural width, or the viewport's less the margins in a narrow pane. */
  width: number;
  side: Side;
  /** Set when the card is shown shorter than its natural height (it scrolls inside). */
  maxHeight?: number;
  /** false: no spot in the viewport clears every obstacle (the least bad one is returned). */
  clear: boolean;
}

/** Distance kept from the viewport's edges. */
export const MARGIN = 8;
/** Distance kept from the words and from every obstacle. */
export const GAP = 6;
/** The shortest card worth showing (a heading, one rewrite, the footer). */
export const MIN_CARD_HEIGHT = 120;
/** How far left of its words the card starts (its severity stripe lines up under them). */
const INDENT = 12;

const right = (b: Box) => b.left + b.width;
const bottom = (b: Box) => b.top + b.height;
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/** Whether two boxes share any area (touching edges do not count). */
export function intersects(a: Box, b: Box): boolean {
  return a.left < right(b) && b.left < right(a) && a.top < bottom(b) && b.top < bottom(a);
}

interface Spot {
  left: number;
  top: number;
  height: number;
  side: Side;
  cost: number;
}

/**
 * The room a card column [left, left + width] has from edge `y` on, downwards (`down`) or
 * upwards, before the viewport's edge or the first obstacle in the column; 0 when an obstacle
 * straddles `y`.
 */
function room(obstacles: readonly Box[], vh: number, left: number, width: number, y: number, down: boolean): number {
  let limit = down ? vh - MARGIN : MARGIN;
  for (const o of obstacles) {
    if (!(o.left < left + width && right(o) > left)) continue;
    if (down) {
      if (bottom(o) <= y) continue;
      if (o.top - GAP < y) return 0;
      limit = Math.min(limit, o.top - GAP);
    } else {
      if (o.top >= y) continue;
      if (bottom(o) + GAP > y) return 0;
      limit = Math.max(limit, bottom(o) + GAP);
    }
  }
  return Math.max(0, down ? limit - y : y - limit);
}

/** Where the card for flagged words goes (see the file comment for the order tried). */
export function placeCard(input: CardPlacementInput): Placement {
  const { viewport, words, card } = input;
  const vw = viewport.width;
  const vh = viewport.height;
  const w = Math.min(card.width, vw - 2 * MARGIN);
  const h = card.height;
  const obstacles = [...words, ...(input.caretLine ? [input.caretLine] : []), ...(input.avoid ?? [])].filter((b) => b.width > 0 || b.height > 0);
  const top = Math.min(...words.map((b) => b.top));
  const end = Math.max(...words.map(bottom));
  const first = words[0];
  const last = words[words.length - 1];
  const maxLeft = vw - MARGIN - w;
  const preferred = clamp(first.left - INDENT, MARGIN, maxLeft);
  const lefts = new Set<number>([
    preferred,
    // Words near the right edge: the card's right edge lines up with theirs.
    clamp(right(last) + INDENT - w, MARGIN, maxLeft),
    ...obstacles.flatMap((o) => [clamp(right(o) + GAP, MARGIN, maxLeft), clamp(o.left - GAP - w, MARGIN, maxLeft)]),
  ]);
  const need = Math.min(h, MIN_CARD_HEIGHT);
  const spots: Spot[] = [];
  const consider = (left: number, y: number, down: boolean, side: Side, base: number) => {
    const edge = down ? Math.max(y, MARGIN) : Math.min(y, vh - MARGIN);
    const space = room(obstacles, vh, left, w, edge, down);
    if (space < need) return;
    const height = Math.min(h, space);
    const shift = Math.abs(left - preferred) / 2;
    const squeeze = height < h ? 5000 + (h - height) * 4 : 0;
    spots.push({ left, top: down ? edge : edge - height, height, side, cost: base + shift + squeeze });
  };

  for (const left of lefts) {
    // Below the words, or further down past the caret's line or the Send button.
    consider(left, end + GAP, true, 'below', 0);
    for (const o of obstacles) if (bottom(o) > end) consider(left, bottom(o) + GAP, true, 'below', bottom(o) - end);
    // Above the words, or further up past an obstacle.
    consider(left, top - GAP, false, 'above', 24);
    for (const o of obstacles) if (o.top < top) consider(left, o.top - GAP, false, 'above', 24 + top - o.top);
  }

  // Docked beside the reply box, level with the words if possible.
  const box = input.box;
  if (box) {
    const columns: [number, Side][] = [
      [right(box) + GAP, 'right'],
      [box.left - GAP - w, 'left'],
    ];
    for (const [left, side] of columns) {
      if (left < MARGIN || left > maxLeft) continue;
      const ys = new Set([clamp(top - INDENT, MARGIN, vh - MARGIN - h), MARGIN, ...obstacles.map((o) => bottom(o) + GAP)]);
      for (const y of ys) {
        const before = spots.length;
        consider(left, y, true, side, 1000 + Math.abs(y - top) / 4);
        // A docked card that had to shrink is no better than a shorter one by the words.
        if (spots.length > before && spots[spots.length - 1].height < h) spots.pop();
      }
    }
  }

  if (spots.length) {
    const best = spots.reduce((a, b) => (b.cost < a.cost ? b : a));
    return { left: best.left, top: best.top, width: w, side: best.side, clear: true, ...(best.height < h ? { maxHeight: best.height } : {}) };
  }
  // Nothing clears everything: below the words, kept inside the viewport.
  const height = Math.min(h, vh - 2 * MARGIN);
  const y = clamp(end + GAP, MARGIN, vh - MARGIN - height);
  return { left: preferred, top: y, width: w, side: 'below', clear: false, ...(height < h ? { maxHeight: height } : {}) };
}

export interface PillPlacementInput {
  viewport: Size;
  /** The reply box the pill belongs to. */
  box: Box;
  pill: Size;
  /** What the pill must not cover: the caret's line, the Send button, flagged words. */
  avoid: readonly Box[];
}

/** Inset of the pill from the reply box's corner. */
const PILL_INSET = 6;

/**
 * Where the counter's pill goes: the reply box's bottom-right corner, else its top-right
 * corner, else just outside the box (below, right, above). Null when every spot is covered or
 * off screen: the pill is not drawn then.
 */
export function placePill({ viewport, box, pill, avoid }: PillPlacementInput): { left: number; top: number } | null {
  const { width: w, height: h } = pill;
  const inRight = right(box) - PILL_INSET - w;
  const spots = [
    { left: inRight, top: bottom(box) - PILL_INSET - h },
    { left: inRight, top: box.top + PILL_INSET },
    { left: right(box) - w, top: bottom(box) + PILL_INSET },
    { left: right(box) + PILL_INSET, top: bottom(box) - h },
    { left: right(box) - w, top: box.top - PILL_INSET - h },
  ];
  return (
    spots.find((s) => {
      const r = { ...s, width: w, height: h };
      const inside = s.left >= MARGIN / 2 && s.top >= MARGIN / 2 && right(r) <= viewport.width - MARGIN / 2 && bottom(r) <= viewport.height - MARGIN / 2;
      return inside && !avoid.some((o) => intersects(r, o));
    }) ?? null
  );
}
