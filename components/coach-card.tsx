/**
 * The finding card placed next to its words (lib/page/placement.ts: below or above them,
 * clear of the caret's line and Send, docked beside the reply box or shown shorter when
 * nothing else fits). Coordinates are viewport pixels (the host is fixed at 0,0).
 *
 * Keyboard: a line under the card says how to reach it and move in it; once focus is in the
 * card, Tab and Shift+Tab cycle through its controls (focus stays in it until Escape gives it
 * back to the editor, see lib/page/focus.ts). A next/previous-finding step fills the
 * `aria-live` line with "Finding 2 of 5: Defensive — …" after the card is shown, so screen
 * readers announce it. DOM contract for the end-to-end tests: [data-rc-card-pos] (the placed
 * box), [data-rc-keys] (the hint), [data-rc-live] (the announcement).
 */
import { useEffect, useState } from 'preact/hooks';
import type { CardAnchor } from '../lib/page/card';
import { nextInCard } from '../lib/page/focus';
import { placeCard } from '../lib/page/placement';
import { FindingCard, type FindingCardProps } from './finding-card';
import { t } from '../lib/i18n/page';
import { placedStyle, useContentHeight } from './placed-box';
import { categoryLabel } from './report-labels';

export interface CoachCardProps extends FindingCardProps {
  anchor: CardAnchor;
  onPointerEnter(): void;
  onPointerLeave(): void;
  step?: { index: number; total: number };
}

/** The card's natural width (ui-styles.ts `.rc-card-pos`). */
const WIDTH = 328;


export function CoachCard({ anchor, onPointerEnter, onPointerLeave, step, ...card }: CoachCardProps) {
  const { ref, height } = useContentHeight();
  const [inside, setInside] = useState(false);
  const [said, setSaid] = useState('');
  const announcement = step
    ? t('card.step', { index: step.index, total: step.total, category: categoryLabel(card.finding.category), message: card.finding.message })
    : '';
  useEffect(() => {
    // Set after the card is on screen: a live region filled as it is inserted is often not read.
    const t = setTimeout(() => setSaid(announcement), 50);
    return () => clearTimeout(t);
  }, [announcement]);

  const spot = height
    ? placeCard({ viewport: { width: window.innerWidth, height: window.innerHeight }, ...anchor, card: { width: WIDTH, height } })
    : null;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey || !ref.current) return;
    const next = nextInCard(ref.current, e.shiftKey);
    if (!next) return;
    e.preventDefault();
    next.focus();
  };
  return (
    <div
      ref={ref}
      class="rc-card-pos"
      data-rc-card-pos={spot?.side ?? ''}
      style={placedStyle(spot, WIDTH)}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
      onKeyDown={onKeyDown}
      onFocusIn={() => setInside(true)}
      onFocusOut={(e: FocusEvent) => setInside(!!e.relatedTarget && !!ref.current?.contains(e.relatedTarget as Node))}
    >
      <FindingCard {...card} />
      <p class="rc-keys" data-rc-keys="">
        {/* The keyboard hint: how to get into the card from the reply box, and how to move once inside. */}
        {t(inside ? 'card.keysInside' : 'card.keysOutside')}
      </p>
      <p class="rc-live" data-rc-live="" aria-live="polite" aria-atomic="true">
        {said}
      </p>
    </div>
  );
}
