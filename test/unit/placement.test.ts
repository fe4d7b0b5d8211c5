/**
 * Where the card and the counter go (lib/page/placement.ts): never over the flagged words, the
 * caret's line or Send, always inside the viewport — at 100% and 200% zoom (half the CSS
 * viewport), in narrow panes, near every edge.
 */
import { describe, expect, it } from 'vitest';
import type { Box } from '../../lib/page/geometry';
import { intersects, MARGIN, MIN_CARD_HEIGHT, placeCard, placePill, type CardPlacementInput, type Placement } from '../../lib/page/placement';

const CARD = { width: 328, height: 260 };
const DESKTOP = { width: 1280, height: 800 };
/** The same window at 200% zoom: half the CSS pixels each way. */
const ZOOM_200 = { width: 640, height: 400 };

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });
/** One line of flagged words, 18 px high. */
const words = (left: number, top: number, width = 90): Box => box(left, top, width, 18);

/** The card's rect as drawn. */
function rectOf(p: Placement, input: CardPlacementInput): Box {
  return box(p.left, p.top, p.width, p.maxHeight ?? input.card.height);
}

/** Places the card and checks every rule the placement promises: inside the viewport, over nothing it must leave visible. */
function placed(input: CardPlacementInput): { p: Placement; r: Box } {
  const p = placeCard(input);
  const r = rectOf(p, input);
  expect(p.clear).toBe(true);
  expect(r.left).toBeGreaterThanOrEqual(MARGIN);
  expect(r.top).toBeGreaterThanOrEqual(MARGIN);
  expect(r.left + r.width).toBeLessThanOrEqual(input.viewport.width - MARGIN);
  expect(r.top + r.height).toBeLessThanOrEqual(input.viewport.height - MARGIN);
  for (const w of input.words) expect(intersects(r, w), `card ${JSON.stringify(r)} covers the words ${JSON.stringify(w)}`).toBe(false);
  if (input.caretLine) expect(intersects(r, input.caretLine), 'card covers the caret line').toBe(false);
  for (const a of input.avoid ?? []) expect(intersects(r, a), 'card covers Send').toBe(false);
  return { p, r };
}

describe('placeCard', () => {
  it('goes below its words, its stripe lined up just left of them, when there is room', () => {
    const w = words(300, 200);
    const { p, r } = placed({ viewport: DESKTOP, words: [w], card: CARD });
    expect(p.side).toBe('below');
    expect(r.top).toBe(w.top + w.height + 6);
    expect(r.left).toBe(288);
    expect(p.maxHeight).toBeUndefined();
  });

  it('goes above words near the bottom edge', () => {
    const w = words(300, 720);
    const { p, r } = placed({ viewport: DESKTOP, words: [w], card: CARD });
    expect(p.side).toBe('above');
    expect(r.top + r.height).toBe(w.top - 6);
  });

  it('stays below words near the top edge', () => {
    const w = words(300, 12);
    const { p } = placed({ viewport: DESKTOP, words: [w], card: CARD });
    expect(p.side).toBe('below');
  });

  it('keeps to the viewport for words at the left edge', () => {
    const { r } = placed({ viewport: DESKTOP, words: [words(2, 300)], card: CARD });
    expect(r.left).toBe(MARGIN);
  });

  it('anchors to words near the right edge: its right edge by theirs, inside the viewport', () => {
    const w = words(1180, 300, 92);
    const { r } = placed({ viewport: DESKTOP, words: [w], card: CARD });
    expect(r.left + r.width).toBeLessThanOrEqual(DESKTOP.width - MARGIN);
    expect(Math.abs(r.left + r.width - (w.left + w.width))).toBeLessThanOrEqual(20);
  });

  it('clears a caret line two lines below the words by going past it or above', () => {
    const w = words(300, 300);
    const caretLine = box(280, 340, 600, 20);
    const { r } = placed({ viewport: DESKTOP, words: [w], caretLine, card: CARD });
    expect(r.top >= caretLine.top + caretLine.height || r.top + r.height <= w.top).toBe(true);
  });

  it('never covers a Send button below-right of the words', () => {
    const w = words(700, 420);
    const send = box(620, 450, 120, 34);
    placed({ viewport: DESKTOP, words: [w], avoid: [send], card: CARD });
  });

  it('covers none of the lines of words that wrap onto two lines', () => {
    const lines = [words(900, 300, 200), words(280, 318, 150)];
    placed({ viewport: DESKTOP, words: lines, card: CARD });
  });

  it('at 200% zoom with no room above or below, docks beside the reply box', () => {
    const reply = box(20, 120, 240, 160);
    const w = words(40, 190);
    const { p, r } = placed({ viewport: ZOOM_200, words: [w], box: reply, card: CARD });
    expect(p.side).toBe('right');
    expect(r.left).toBeGreaterThanOrEqual(reply.left + reply.width);
    expect(p.maxHeight).toBeUndefined();
  });

  it('docks to the left of a reply box on the right of the pane', () => {
    const reply = box(400, 100, 220, 200);
    const { p, r } = placed({ viewport: ZOOM_200, words: [words(430, 200)], box: reply, card: CARD });
    expect(p.side).toBe('left');
    expect(r.left + r.width).toBeLessThanOrEqual(reply.left);
  });

  it('at 200% zoom in a box as wide as the pane, shows a shorter card where there is most room', () => {
    const reply = box(10, 60, 620, 300);
    const w = words(200, 170);
    const caretLine = box(10, 169, 620, 20);
    const send = box(540, 365, 80, 28);
    const { p } = placed({ viewport: ZOOM_200, words: [w], caretLine, avoid: [send], box: reply, card: CARD });
    expect(p.maxHeight).toBeGreaterThanOrEqual(MIN_CARD_HEIGHT);
    expect(p.maxHeight).toBeLessThan(CARD.height);
  });

  it('fits a narrow pane (320 px): the card narrows to the pane', () => {
    const pane = { width: 320, height: 700 };
    const { p, r } = placed({ viewport: pane, words: [words(200, 200)], card: CARD });
    expect(p.width).toBe(320 - 2 * MARGIN);
    expect(r.width).toBe(320 - 2 * MARGIN);
    expect(r.left).toBe(MARGIN);
  });

  it('reports when nothing clears (a viewport too small for any card), staying inside it', () => {
    const tiny = { width: 300, height: 150 };
    const p = placeCard({ viewport: tiny, words: [words(20, 60, 250)], caretLine: box(0, 60, 300, 20), card: CARD });
    expect(p.clear).toBe(false);
    expect(p.top).toBeGreaterThanOrEqual(MARGIN);
    expect(p.top + (p.maxHeight ?? CARD.height)).toBeLessThanOrEqual(tiny.height - MARGIN);
  });
});

describe('placePill', () => {
  const PILL = { width: 34, height: 22 };
  const reply = box(300, 300, 600, 200);

  it('sits in the reply box’s bottom-right corner', () => {
    expect(placePill({ viewport: DESKTOP, box: reply, pill: PILL, avoid: [] })).toEqual({ left: 300 + 600 - 6 - 34, top: 300 + 200 - 6 - 22 });
  });

  it('moves to the top-right corner when the caret line runs along the bottom', () => {
    const caretLine = box(300, 476, 600, 20);
    expect(placePill({ viewport: DESKTOP, box: reply, pill: PILL, avoid: [caretLine] })).toEqual({ left: 860, top: 306 });
  });

  it('never covers Send or the caret line, and is not drawn when every spot is covered', () => {
    const everywhere = box(0, 0, 1280, 800);
    expect(placePill({ viewport: DESKTOP, box: reply, pill: PILL, avoid: [everywhere] })).toBeNull();
    const caretLine = box(300, 476, 600, 20);
    const topLine = box(300, 304, 600, 24);
    const send = box(840, 506, 60, 30);
    const spot = placePill({ viewport: DESKTOP, box: reply, pill: PILL, avoid: [caretLine, topLine, send] })!;
    expect(spot).toEqual({ left: 906, top: 478 });
  });

  it('is not drawn for a box scrolled out of view', () => {
    expect(placePill({ viewport: DESKTOP, box: box(300, -400, 600, 200), pill: PILL, avoid: [] })).toBeNull();
  });
});
