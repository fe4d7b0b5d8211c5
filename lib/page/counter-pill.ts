/**
 * The counter's pill, drawn with plain DOM: it is on every flagged reply box, so it lives in the
 * coach bundle, while the findings list it opens is drawn by the card UI (`renderList`, loaded on
 * first use like the card: lib/page/lazy-ui.ts). Pressing the pill with the mouse keeps focus in
 * the editor, as on the card. DOM contract for the end-to-end tests: [data-rc-counter] (its text
 * the count), and the list's (components/counter-list.tsx).
 */
import { t } from '../i18n/page';
import type { ListRenderer } from './card-ui-api';
import type { CounterRenderer, CounterView } from './counter';

interface Drawn {
  pill: HTMLButtonElement;
  /** Where the list renders (a sibling of the pill). */
  list: HTMLElement;
  view: CounterView;
  listShown: boolean;
}

/** The pill's accessible name: "3 findings: 1 error, 2 warnings". */
export function pillLabel(view: Pick<CounterView, 'count' | 'bySeverity'>): string {
  const { count, bySeverity } = view;
  const parts = [
    bySeverity.error ? t('counter.errors', { count: bySeverity.error }) : '',
    bySeverity.warning ? t('counter.warnings', { count: bySeverity.warning }) : '',
  ].filter(Boolean);
  return t('counter.label', { findings: t('counter.findings', { count }), parts: parts.join(t('list.separator')) });
}

/** A counter renderer: the pill here, its open list through `renderList`. */
export function pillRenderer(renderList: ListRenderer): CounterRenderer {
  const drawn = new WeakMap<HTMLElement, Drawn>();
  return (view, into) => {
    let d = drawn.get(into);
    if (!view) {
      if (d?.listShown) renderList(null, d.list);
      drawn.delete(into);
      into.replaceChildren();
      return;
    }
    if (!d) {
      d = build(into, view, () => drawn.get(into)?.view);
      drawn.set(into, d);
    }
    d.view = view;
    paint(d.pill, view);
    if (view.list) {
      renderList(view, d.list);
      d.listShown = true;
    } else if (d.listShown) {
      renderList(null, d.list);
      d.listShown = false;
    }
  };
}

function build(into: HTMLElement, view: CounterView, current: () => CounterView | undefined): Drawn {
  const pill = document.createElement('button');
  pill.type = 'button';
  pill.setAttribute('data-rc-counter', '');
  // Untrusted clicks never get here: the UI root drops them (lib/page/ui-root.ts guardUi).
  pill.addEventListener('click', () => current()?.onToggle());
  const list = document.createElement('div');
  into.addEventListener('mousedown', (e) => {
    if ((e.target as Element).closest?.('button')) e.preventDefault();
  });
  into.replaceChildren(pill, list);
  return { pill, list, view, listShown: false };
}

function paint(pill: HTMLButtonElement, view: CounterView): void {
  const label = pillLabel(view);
  pill.className = `rc-counter rc-sev-${view.worst}`;
  pill.setAttribute('aria-label', label);
  pill.setAttribute('aria-expanded', view.list ? 'true' : 'false');
  pill.title = label;
  const { left, top, width, height } = view.pill;
  Object.assign(pill.style, { left: `${left}px`, top: `${top}px`, width: `${width}px`, height: `${height}px` });
  const count = String(view.count);
  if (pill.textContent !== count) pill.textContent = count;
}
