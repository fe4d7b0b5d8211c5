/**
 * The finding card placed next to its words: below them, or above when it would not fit below.
 * Coordinates are viewport pixels (the host is fixed at 0,0).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardAnchor } from '../lib/page/card';
import { FindingCard, type FindingCardProps } from './finding-card';

export interface CoachCardProps extends FindingCardProps {
  anchor: CardAnchor;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

const WIDTH = 328;
const GAP = 6;
const MARGIN = 8;

export function CoachCard({ anchor, onPointerEnter, onPointerLeave, ...card }: CoachCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const h = ref.current?.offsetHeight ?? 0;
    if (h !== height) setHeight(h);
  });
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const left = Math.max(MARGIN, Math.min(anchor.left - 12, vw - WIDTH - MARGIN));
  const fitsBelow = anchor.bottom + GAP + height <= vh - MARGIN;
  const above = !fitsBelow && anchor.top - GAP - height >= MARGIN;
  const top = above ? anchor.top - GAP - height : Math.min(anchor.bottom + GAP, Math.max(MARGIN, vh - MARGIN - height));
  return (
    <div
      ref={ref}
      class="rc-card-pos"
      style={{ left: `${left}px`, top: `${top}px`, visibility: height ? 'visible' : 'hidden' }}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      <FindingCard {...card} />
    </div>
  );
}
