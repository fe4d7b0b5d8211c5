// @vitest-environment happy-dom
/**
 * The card UI loaded on first use (lib/page/lazy-ui.ts) and the counter's pill drawn without it
 * (lib/page/counter-pill.ts): a reply box that is only checked never loads the card UI; the first
 * card or list loads it once and shows what was last asked for; Tab pressed while it loads still
 * lands in the card; a load that fails is tried again; the pill counts, names itself and opens
 * the list through the card UI.
 */
import { describe, expect, it, vi } from 'vitest';
import { cardUi } from '../../components/card-ui';
import type { CardView } from '../../lib/page/card';
import type { CardUi } from '../../lib/page/card-ui-api';
import { createCoach } from '../../lib/page/coach';
import type { CounterView } from '../../lib/page/counter';
import { pillLabel, pillRenderer } from '../../lib/page/counter-pill';
import { installCardUi, lazyUi } from '../../lib/page/lazy-ui';
import { uiRoot } from '../../lib/page/ui-root';
import { SETTINGS, SITE, fakeLint, textareaBox, trusted, usePageFrame } from './page-fakes';

const frame = usePageFrame();

/** A card UI that records what it drew. */
function recordingUi() {
  const drawn: Array<{ kind: 'card' | 'list'; view: unknown; into: HTMLElement }> = [];
  const ui: CardUi = {
    version: 1,
    css: '.rc-card { color: red; }',
    renderCard: (view, into) => drawn.push({ kind: 'card', view, into }),
    renderList: (view, into) => drawn.push({ kind: 'list', view, into }),
  };
  return { ui, drawn };
}

/** A loader the test releases by hand. */
function gate() {
  let open!: (ui: CardUi | undefined) => void;
  let calls = 0;
  const load = () => {
    calls++;
    return new Promise<CardUi | undefined>((resolve) => (open = resolve));
  };
  return { load, release: (ui: CardUi | undefined) => open(ui), calls: () => calls };
}

const view = (n: number) => ({ n }) as unknown as CardView;

describe('lazyUi', () => {
  it('loads nothing until something is drawn, then loads once and draws only the latest view', async () => {
    const { ui, drawn } = recordingUi();
    const g = gate();
    const install = vi.fn();
    const lazy = lazyUi(g.load, install);
    const into = document.createElement('div');
    expect(g.calls()).toBe(0);
    lazy.renderCard(view(1), into);
    lazy.renderCard(view(2), into);
    expect(g.calls()).toBe(1);
    expect(lazy.pending).toBe(true);
    expect(drawn).toEqual([]);
    g.release(ui);
    expect(await lazy.ready()).toBe(true);
    expect(install).toHaveBeenCalledTimes(1);
    expect(drawn).toEqual([{ kind: 'card', view: view(2), into }]);
    // Loaded: every draw goes straight through.
    lazy.renderCard(null, into);
    expect(drawn.at(-1)).toEqual({ kind: 'card', view: null, into });
    expect(lazy.pending).toBe(false);
  });

  it('forgets a card closed before the UI arrived (nothing is drawn for it)', async () => {
    const { ui, drawn } = recordingUi();
    const g = gate();
    const lazy = lazyUi(g.load, () => {});
    const cards = document.createElement('div');
    const list = document.createElement('div');
    lazy.renderCard(view(1), cards);
    lazy.renderList({ count: 2 } as unknown as CounterView, list);
    lazy.renderCard(null, cards);
    g.release(ui);
    await lazy.ready();
    expect(drawn.map((d) => [d.kind, d.into])).toEqual([['list', list]]);
  });

  it('tries again at the next draw when the card UI could not be had', async () => {
    const { ui, drawn } = recordingUi();
    let fail = true;
    const load = vi.fn(async () => (fail ? undefined : ui));
    const lazy = lazyUi(load, () => {});
    const into = document.createElement('div');
    lazy.renderCard(view(1), into);
    expect(await lazy.ready()).toBe(false);
    expect(drawn).toEqual([]);
    expect(lazy.pending).toBe(false);
    fail = false;
    lazy.renderCard(view(2), into);
    expect(await lazy.ready()).toBe(true);
    expect(load).toHaveBeenCalledTimes(2);
    expect(drawn).toEqual([{ kind: 'card', view: view(2), into }]);
  });
});

describe('the first card of a page, through the coach', () => {
  function coachWith(load: () => Promise<CardUi | undefined>) {
    const lazy = lazyUi(load, installCardUi);
    const coach = createCoach({
      lint: fakeLint(),
      actions: { report: () => {}, removeReport: () => {}, disableRule: async () => async () => {}, allowPhrase: async () => null as never, copy: async () => true },
      context: frame().context,
      host: 'acme.example',
      updateNotice: '',
      settings: { subscribe: (cb) => (cb(SETTINGS), () => {}) },
      inbox: { subscribe: () => () => {} },
      renderCard: lazy.renderCard,
      cardLoading: lazy,
      renderCounter: pillRenderer(lazy.renderList),
    });
    return { coach, lazy };
  }
  const altEnter = () => trusted(new KeyboardEvent('keydown', { key: 'Enter', altKey: true, bubbles: true, composed: true, cancelable: true }));
  const tab = () => trusted(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true }));
  const counted = () => vi.waitFor(() => expect(uiRoot().shadow.querySelector('[data-rc-counter]')).toBeTruthy());

  /** A checked reply box with two flagged sentences; `altEnter` then opens the second's card from the keyboard. */
  async function checkedBox(coach: ReturnType<typeof coachWith>['coach']) {
    const ta = textareaBox('Our system is fine. That is not our fault.');
    coach.attach(ta, SITE);
    await counted();
    ta.focus();
    ta.setSelectionRange(30, 30);
    return ta;
  }

  it('is not loaded by checking, highlighting and counting; the counter shows without it', async () => {
    const g = gate();
    const { coach } = coachWith(g.load);
    await checkedBox(coach);
    expect(g.calls()).toBe(0);
    expect(uiRoot().shadow.querySelector('[data-rc-counter]')?.textContent).toMatch(/^[1-9]$/);
  });

  it('Tab pressed while the card UI loads moves into the card once it is drawn, and its styles come with it', async () => {
    const g = gate();
    const { coach, lazy } = coachWith(g.load);
    const ta = await checkedBox(coach);
    ta.dispatchEvent(altEnter());
    expect(g.calls()).toBe(1);
    const pressed = tab();
    ta.dispatchEvent(pressed);
    // The browser's own Tab would have left the reply box: it is held until the card is there.
    expect(pressed.defaultPrevented).toBe(true);
    expect(uiRoot().cards.querySelector('[data-rc-card]')).toBeNull();
    g.release(cardUi);
    await lazy.ready();
    await vi.waitFor(() => expect(uiRoot().shadow.activeElement?.closest('[data-rc-card]')).toBeTruthy());
    expect(uiRoot().shadow.querySelector('style[data-rc-styles="card"]')?.textContent).toBe(cardUi.css);
  });

  it('Tab with no card UI to be had is the browser’s own Tab', async () => {
    const { coach, lazy } = coachWith(async () => undefined);
    const ta = await checkedBox(coach);
    ta.dispatchEvent(altEnter());
    await lazy.ready();
    const pressed = tab();
    ta.dispatchEvent(pressed);
    expect(pressed.defaultPrevented).toBe(false);
  });
});

describe('the counter’s pill', () => {
  const counterView = (over: Partial<CounterView> = {}): CounterView => ({
    pill: { left: 100, top: 50, width: 26, height: 22 },
    count: 3,
    bySeverity: { error: 1, warning: 2, info: 1 },
    worst: 'error',
    list: null,
    onToggle: vi.fn(),
    onPick: vi.fn(),
    onCloseList: vi.fn(),
    ...over,
  });

  it('shows the count where it was placed, coloured by the worst finding and named for a screen reader', () => {
    const into = document.createElement('div');
    const render = pillRenderer(vi.fn());
    render(counterView(), into);
    const pill = into.querySelector<HTMLButtonElement>('button[data-rc-counter]')!;
    expect(pill.textContent).toBe('3');
    expect(pill.className).toBe('rc-counter rc-sev-error');
    expect(pill.getAttribute('aria-label')).toBe('Reply Coach: 3 findings worth a look (1 fix before sending, 2 worth rewording). Show the list');
    expect(pill.getAttribute('aria-label')).toBe(pillLabel(counterView()));
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect([pill.style.left, pill.style.top, pill.style.width, pill.style.height]).toEqual(['100px', '50px', '26px', '22px']);
  });

  it('pressing it calls the latest view’s toggle; the open list is drawn by the card UI and cleared with it', () => {
    const into = document.createElement('div');
    const renderList = vi.fn();
    const render = pillRenderer(renderList);
    const first = counterView();
    render(first, into);
    const pill = into.querySelector<HTMLButtonElement>('button[data-rc-counter]')!;
    const open = counterView({ count: 4, list: { findings: [], clear: { box: first.pill, avoid: [], caretLine: null } } });
    render(open, into);
    expect(into.querySelector('button[data-rc-counter]')).toBe(pill);
    expect(pill.textContent).toBe('4');
    expect(pill.getAttribute('aria-expanded')).toBe('true');
    expect(renderList).toHaveBeenLastCalledWith(open, expect.any(HTMLElement));
    pill.click();
    expect(open.onToggle).toHaveBeenCalledTimes(1);
    expect(first.onToggle).not.toHaveBeenCalled();
    render(null, into);
    expect(renderList).toHaveBeenLastCalledWith(null, expect.any(HTMLElement));
    expect(into.childElementCount).toBe(0);
  });

  it('a press on it with the mouse keeps focus in the editor', () => {
    const into = document.createElement('div');
    pillRenderer(vi.fn())(counterView(), into);
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    into.querySelector('button')!.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });
});
