/**
 * The counter of one reply box (lib/page/counter.ts): the pill with the number of findings
 * worth a look, and, once pressed, the list of the box's findings (category and flagged words;
 * a row opens that finding's card), placed clear of the caret's line and Send like the card.
 * Pressing with the mouse keeps focus in the editor, as on the card.
 * DOM contract for the end-to-end tests: [data-rc-counter] (its text the count),
 * [data-rc-findings-list], button[data-rc-finding-row] (its value the finding's key).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CounterView } from '../lib/page/counter';
import { placeCard } from '../lib/page/placement';
import { t } from '../lib/i18n/page';
import { categoryLabel } from './report-labels';

/** The list's width (ui-styles.ts `.rc-list`). */
const LIST_WIDTH = 300;

const keepFocus = (e: MouseEvent) => {
  if ((e.target as Element).closest?.('button')) e.preventDefault();
};

export function CoachCounter(view: CounterView) {
  const { pill, count, bySeverity, worst, list } = view;
  const parts = [
    bySeverity.error ? t('counter.errors', { count: bySeverity.error }) : '',
    bySeverity.warning ? t('counter.warnings', { count: bySeverity.warning }) : '',
  ].filter(Boolean);
  const label = t('counter.label', { findings: t('counter.findings', { count }), parts: parts.join(t('list.separator')) });
  return (
    <div onMouseDown={keepFocus}>
      <button
        type="button"
        class={`rc-counter rc-sev-${worst}`}
        data-rc-counter=""
        aria-label={label}
        aria-expanded={list ? 'true' : 'false'}
        title={label}
        style={{ left: `${pill.left}px`, top: `${pill.top}px`, width: `${pill.width}px`, height: `${pill.height}px` }}
        onClick={view.onToggle}
      >
        {count}
      </button>
      {list ? <FindingsList view={view} list={list} /> : null}
    </div>
  );
}

function FindingsList({ view, list }: { view: CounterView; list: NonNullable<CounterView['list']> }) {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const h = ref.current?.scrollHeight ?? 0;
    if (h !== height) setHeight(h);
  });
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
      style={{
        left: `${spot?.left ?? 0}px`,
        top: `${spot?.top ?? 0}px`,
        width: `${spot?.width ?? LIST_WIDTH}px`,
        visibility: spot ? 'visible' : 'hidden',
        ...(spot?.maxHeight ? { maxHeight: `${spot.maxHeight}px`, overflowY: 'auto' } : {}),
      }}
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
