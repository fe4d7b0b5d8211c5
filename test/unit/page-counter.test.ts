// @vitest-environment happy-dom
/**
 * The counter beside a reply box and the next/previous-finding steps, through the coach (fakes
 * of what it is given, a laid-out happy-dom page): what the agent sees counted, what the list
 * and its rows open, where a step puts the caret and what it announces.
 */
import { describe, expect, it, vi } from 'vitest';
import type { BoxReport } from '../../lib/messages';
import type { CardView } from '../../lib/page/card';
import { createCoach } from '../../lib/page/coach';
import type { CounterView } from '../../lib/page/counter';
import { SETTINGS, SITE, fakeLint, textareaBox, trusted, typeInto, usePageFrame } from './page-fakes';

const TEXT = 'That is not our fault. Please calm down. It is not our fault either.';
const frame = usePageFrame();

function makeCoach() {
  let card: CardView | null = null;
  let counter: CounterView | null = null;
  let answer: ((message: unknown) => Promise<unknown> | undefined) | null = null;
  const settings = { ...SETTINGS, disabledSites: [] as string[] };
  let push: ((s: typeof SETTINGS) => void) | null = null;
  let report: BoxReport | null = null;
  const api = createCoach({
    lint: fakeLint(),
    actions: {
      report: (r) => void (report = r),
      removeReport: () => {},
      disableRule: async () => async () => {},
      allowPhrase: async () => {
        throw new Error('not in these tests');
      },
      copy: async () => true,
    },
    context: frame().context,
    host: 'acme.example',
    updateNotice: '',
    settings: {
      subscribe(cb) {
        push = cb;
        cb(settings);
        return () => (push = null);
      },
    },
    inbox: {
      subscribe(handler) {
        answer = handler;
        return () => (answer = null);
      },
    },
    renderCard: (v) => (card = v),
    renderCounter: (v) => (counter = v),
  });
  return {
    api,
    get card() {
      return card;
    },
    get counter() {
      return counter;
    },
    /** What the badge and the test hook count: warnings and errors of the last report. */
    flagged: () => report?.findings.filter((f) => f.severity !== 'info').length ?? null,
    message: (m: unknown) => answer?.(m),
    pause: () => push?.({ ...settings, disabledSites: ['acme.example'] }),
  };
}

const press = (el: Element, code: string) =>
  el.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: code === 'Period' ? '>' : '<', code, altKey: true, shiftKey: true, bubbles: true, composed: true, cancelable: true })));

describe('the counter', () => {
  it('counts what the badge and the hook count, and is not drawn for a reply with nothing to look at', () => {
    const c = makeCoach();
    const ta = textareaBox('Thanks for writing.');
    c.api.attach(ta, SITE);
    expect(c.flagged()).toBe(0);
    expect(c.counter).toBeNull();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    typeInto(ta, ' That is not our fault. Please calm down.');
    vi.advanceTimersByTime(300);
    vi.useRealTimers();
    expect(c.counter?.count).toBe(2);
    expect(c.counter?.count).toBe(c.flagged());
    expect(c.counter?.worst).toBe('error');
    expect(c.counter?.bySeverity).toEqual({ error: 1, warning: 1, info: 0 });
  });

  it('stays where it is when the caret comes to rest away from it, and moves when the box does', async () => {
    const c = makeCoach();
    const ta = textareaBox(TEXT);
    const rect = { left: 20, top: 40, width: 400, height: 120 };
    ta.getBoundingClientRect = () => DOMRect.fromRect({ x: rect.left, y: rect.top, width: rect.width, height: rect.height });
    c.api.attach(ta, SITE);
    expect(c.counter?.count).toBe(3);
    const first = c.counter!.pill;
    // The caret rests (keyup, then the settle delay) with nothing under the pill: it is not drawn again.
    ta.dispatchEvent(new KeyboardEvent('keyup', { key: 'a' }));
    await new Promise((r) => setTimeout(r, 260));
    expect(c.counter!.pill).toBe(first);
    // The box moved down the page: the pill follows it.
    rect.top = 300;
    ta.dispatchEvent(new KeyboardEvent('keyup', { key: 'a' }));
    await vi.waitFor(() => expect(c.counter!.pill.top).toBeGreaterThan(first.top));
  });

  it('goes away when coaching is paused on the site', () => {
    const c = makeCoach();
    c.api.attach(textareaBox(TEXT), SITE);
    expect(c.counter?.count).toBe(3);
    c.pause();
    return vi.waitFor(() => expect(c.counter).toBeNull());
  });

  it('lists the findings in reading order; a row puts the caret on its words and opens its card', () => {
    const c = makeCoach();
    const ta = textareaBox(TEXT);
    c.api.attach(ta, SITE);
    expect(c.counter?.list).toBeNull();
    c.counter!.onToggle();
    const rows = c.counter!.list!.findings;
    expect(rows.map((f) => f.text)).toEqual(['not our fault', 'calm down', 'not our fault']);
    c.counter!.onPick(rows[2].key);
    expect(c.counter?.list).toBeNull();
    expect(c.card?.finding.start).toBe(rows[2].start);
    expect(c.card?.step).toEqual({ index: 3, total: 3 });
    expect(document.activeElement).toBe(ta);
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([rows[2].start, rows[2].start]);
  });
});

describe('next / previous finding', () => {
  it('Alt+Shift+. and Alt+Shift+, in the box move the caret and open the card, wrapping around', () => {
    const c = makeCoach();
    const ta = textareaBox(TEXT);
    c.api.attach(ta, SITE);
    ta.focus();
    ta.setSelectionRange(0, 0);
    press(ta, 'Period');
    expect(ta.selectionStart).toBe(TEXT.indexOf('not our fault'));
    expect(c.card?.step).toEqual({ index: 1, total: 3 });
    press(ta, 'Period');
    expect(ta.selectionStart).toBe(TEXT.indexOf('calm down'));
    expect(c.card?.step).toEqual({ index: 2, total: 3 });
    press(ta, 'Comma');
    press(ta, 'Comma');
    expect(ta.selectionStart).toBe(TEXT.lastIndexOf('not our fault'));
    expect(c.card?.step).toEqual({ index: 3, total: 3 });
    expect(ta.value).toBe(TEXT);
  });

  it('steps on the background’s relay of the command only in the frame whose box has focus', async () => {
    const c = makeCoach();
    const ta = textareaBox(TEXT);
    c.api.attach(ta, SITE);
    const other = document.createElement('input');
    document.body.append(other);
    other.focus();
    expect(c.message({ type: 'finding:step', direction: 'next' })).toBeUndefined();
    expect(c.card).toBeNull();
    ta.focus();
    ta.setSelectionRange(TEXT.length, TEXT.length);
    await expect(c.message({ type: 'finding:step', direction: 'previous' })).resolves.toBe(true);
    expect(ta.selectionStart).toBe(TEXT.lastIndexOf('not our fault'));
    expect(c.card?.step).toEqual({ index: 3, total: 3 });
    expect(c.message({ type: 'finding:step', direction: 'up' })).toBeUndefined();
  });
});
