/**
 * The counter's findings list (lib/page/counter.ts), opened by pressing the pill
 * (lib/page/counter-pill.ts draws the pill; this list is part of the card UI, loaded on first
 * use): category and flagged words of each of the box's findings, a row opens that finding's
 * card, placed clear of the caret's line and Send like the card. Pressing with the mouse keeps
 * focus in the editor, as on the card.
 * DOM contract for the end-to-end tests: [data-rc-findings-list], button[data-rc-finding-row]
 * (its value the finding's key).
 */
import type { CounterView } from '../lib/page/counter';
import { placeCard } from '../lib/page/placement';
import { t } from '../lib/i18n/page';
import { placedStyle, useContentHeight } from './placed-box';
import { categoryLabel } from './report-labels';

/** The list's width (ui-styles.ts `.rc-list`). */
const LIST_WIDTH = 300;

/** The open list of a counter's view (nothing while it is closed). */
export function CounterList(view: CounterView) {
  return view.list ? <FindingsList view={view} list={view.list} /> : null;
}

function FindingsList({ view, list }: { view: CounterView; list: NonNullable<CounterView['list']> }) {
  const { ref, height } = useContentHeight();
  const spot = height
    ? placeCard({
        viewport: { width: window.innerWidth, height: window.innerHeight },
        words: [view.pill],
        caretLine: list.clear.caretLine,
        avoid: list.clear.avoid,
        box: list.clear.box,
        card: { width: LIST_WIDTH, height },
      })
    : null;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    view.onCloseList();
  };
  const { bySeverity } = view;
  const nudges = bySeverity.info ? t('counter.nudges', { count: bySeverity.info }) : '';
  return (
    <div
      ref={ref}
      class="rc-list"
      data-rc-findings-list=""
      role="dialog"
      aria-label={t('counter.list')}
      style={placedStyle(spot, LIST_WIDTH)}
      onKeyDown={onKeyDown}
    >
      <p class="rc-list-head">
        {t('counter.head', { findings: t('counter.findings', { count: view.count }) })}
        {nudges}
      </p>
      <ul class="rc-list-rows">
        {list.findings.map((f) => (
          <li key={f.key}>
            <button type="button" class={`rc-list-row rc-sev-${f.severity}`} data-rc-finding-row={f.key} onClick={() => view.onPick(f.key)}>
              <span class="rc-dot" aria-hidden="true" />
              <span class="rc-list-category">{categoryLabel(f.category)}</span>
              <span class="rc-list-words">{f.text}</span>
            </button>
          </li>
        ))}
      </ul>
      {/* How the keyboard reaches the findings without the mouse. */}
      <p class="rc-keys">{t('counter.keys')}</p>
    </div>
  );
}
