// @vitest-environment happy-dom
/**
 * The coach of one frame, made from fakes of what it is given (lint, actions, settings, the
 * popup's messages, the card renderer) and a real WXT content-script context: what an agent
 * sees happen in a reply box, and what the coach lets go of when the extension is updated.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BoxReport } from '../../lib/messages';
import type { CardView } from '../../lib/page/card';
import { createCoach, type CoachDeps } from '../../lib/page/coach';
import { extensionDeps } from '../../lib/page/extension';
import { uiRoot } from '../../lib/page/ui-root';
import type { Finding } from '../../lib/checker/types';
import { t } from '../../lib/i18n';
import type { EffectiveSettings } from '../../lib/settings';
import { allowEntryFor } from '../../lib/settings/allow-list';
import { RULES, SETTINGS, SITE, fakeLint, stubInsertText, textareaBox, trusted, typeInto, usePageFrame } from './page-fakes';

const TEXT = 'Our system is fine. That is not our fault.';
const NOTICE = 'Reply Coach was updated — reload this tab to keep coaching.';
const HOST = 'acme.example';

const frame = usePageFrame();
beforeEach(() => stubInsertText());

function makeCoach(over: Partial<CoachDeps> = {}) {
  const reports: BoxReport[] = [];
  const removed: string[] = [];
  let view: CardView | null = null;
  let answer: ((message: unknown) => Promise<unknown> | undefined) | null = null;
  let push: ((s: EffectiveSettings) => void) | null = null;
  const actions = {
    report: vi.fn((r: BoxReport) => void reports.push(r)),
    removeReport: vi.fn((id: string) => void removed.push(id)),
    undo: vi.fn(async () => {}),
    disableRule: vi.fn(async (_ruleId: string): Promise<() => Promise<void>> => actions.undo),
    allowPhrase: vi.fn(async (f: Finding) => allowEntryFor(f)),
    copy: vi.fn(async (_text: string) => true),
  };
  const lint = fakeLint();
  const api = createCoach({
    lint,
    actions,
    context: frame().context,
    host: HOST,
    updateNotice: NOTICE,
    settings: {
      subscribe(cb) {
        push = cb;
        cb(SETTINGS);
        return () => (push = null);
      },
    },
    inbox: {
      subscribe(handler) {
        answer = handler;
        return () => (answer = null);
      },
    },
    renderCard: (v) => (view = v),
    ...over,
  });
  return {
    api,
    reports,
    removed,
    actions,
    lint,
    get view() {
      return view;
    },
    popup: (message: unknown) => answer?.(message),
    pushSettings: (s: EffectiveSettings) => push?.(s),
    last: () => reports.at(-1)!,
  };
}

/** The agent puts the caret in the first finding and presses Alt+Enter. */
function altEnterAtFirst(ta: HTMLTextAreaElement, f: { start: number }, event = trusted(altEnter())) {
  ta.focus();
  ta.setSelectionRange(f.start + 2, f.start + 2);
  ta.dispatchEvent(event);
}
const altEnter = () => new KeyboardEvent('keydown', { key: 'Enter', altKey: true, bubbles: true, composed: true, cancelable: true });

/** A coach with one textarea holding TEXT, the card open on its finding. */
function withOpenCard() {
  const c = makeCoach();
  const ta = textareaBox(TEXT);
  c.api.attach(ta, SITE);
  altEnterAtFirst(ta, c.last().findings[0]);
  return { c, ta };
}

const flagged = (r: BoxReport) => r.findings.map((f) => f.text);
const notices = () => (document.querySelector('reply-coach-root') ? [...uiRoot().cards.querySelectorAll('[data-rc-notice]')] : []);

describe('coaching a reply box', () => {
  it('reports a finding in an attached box, with its key', () => {
    const c = makeCoach();
    c.api.attach(textareaBox(TEXT), SITE);
    expect(flagged(c.last())).toEqual(['not our fault']);
    expect(c.last().findings[0].key).toMatch(/^en\.defensive\.not-our-fault@[0-9a-f]{8}$/);
    expect(c.last()).toMatchObject({ boxId: 'box-1', editor: 'textarea', canApply: true, lang: 'en' });
  });

  it('re-checks an edit after the idle delay, not on every keystroke', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const c = makeCoach();
    const ta = textareaBox(TEXT);
    c.api.attach(ta, SITE);
    typeInto(ta, ' Calm');
    vi.advanceTimersByTime(200);
    typeInto(ta, ' down.');
    vi.advanceTimersByTime(299);
    expect(c.reports).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(flagged(c.last())).toEqual(['not our fault', 'Calm down']);
    expect(c.lint.calls).toHaveLength(2);
  });

  it('drops a removed box’s report and drawing', () => {
    const c = makeCoach();
    const ta = textareaBox(TEXT);
    c.api.attach(ta, SITE);
    expect(uiRoot().layer.querySelectorAll('.rc-mirror span.rc-m-warning')).toHaveLength(1);
    c.api.detach(ta);
    expect(c.removed).toEqual(['box-1']);
    expect(uiRoot().layer.children).toHaveLength(0);
  });

  it('stops coaching a paused site and says so to the background', () => {
    const c = makeCoach();
    c.api.attach(textareaBox(TEXT), SITE);
    c.pushSettings({ ...SETTINGS, disabledSites: [HOST] });
    expect(c.removed).toEqual(['box-1']);
    expect(c.lint.calls).toHaveLength(1);
  });
});

describe('the card', () => {
  it('opens with Alt+Enter on a flagged word, only for a person’s key press; Escape closes it', () => {
    const c = makeCoach();
    const ta = textareaBox(TEXT);
    c.api.attach(ta, SITE);
    altEnterAtFirst(ta, c.last().findings[0], altEnter());
    expect(c.view).toBeNull();
    altEnterAtFirst(ta, c.last().findings[0]);
    expect(c.view?.finding.text).toBe('not our fault');
    expect(uiRoot().layer.querySelector('.rc-m-active')?.textContent).toBe('not our fault');
    ta.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true })));
    expect(c.view).toBeNull();
  });

  it('Apply writes the rewrite into the reply and checks again', async () => {
    const { c, ta } = withOpenCard();
    c.view!.onApply(0);
    await vi.waitFor(() => expect(ta.value).toBe(`Our system is fine. That is ${RULES.fault.suggestion}.`));
    await vi.waitFor(() => expect(c.view).toBeNull());
    expect(flagged(c.last())).toEqual([]);
  });

  it('follows its finding through an edit elsewhere, and closes when the flagged words change', async () => {
    const { c, ta } = withOpenCard();
    const before = c.view!.finding.start;
    ta.value = `Hi Sam. ${ta.value}`;
    ta.dispatchEvent(trusted(new Event('input', { bubbles: true })));
    await vi.waitFor(() => expect(c.view?.finding.start).toBe(before + 'Hi Sam. '.length));
    ta.value = ta.value.replace('not our fault', 'not our problem');
    ta.dispatchEvent(trusted(new Event('input', { bubbles: true })));
    await vi.waitFor(() => expect(c.view).toBeNull());
  });

  it('closes when the agent types', () => {
    const { c, ta } = withOpenCard();
    ta.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, inputType: 'insertText', data: 'x' }));
    expect(c.view).toBeNull();
  });

  it('Ignore here keeps the finding dismissed in that box across re-checks', async () => {
    const { c, ta } = withOpenCard();
    c.view!.onIgnore();
    expect(c.view).toBeNull();
    expect(flagged(c.last())).toEqual([]);
    typeInto(ta, ' Thanks.');
    await vi.waitFor(() => expect(c.lint.calls).toHaveLength(3));
    expect(flagged(c.last())).toEqual([]);
  });

  it('Turn off this rule saves it, checks every box again without it, and offers Undo where the card was', async () => {
    const c = makeCoach();
    const first = textareaBox(TEXT);
    const second = textareaBox('Calm down, it is not our fault.');
    c.api.attach(first, SITE);
    c.api.attach(second, SITE);
    altEnterAtFirst(first, c.reports[0].findings[0]);
    const anchor = c.view!.anchor;
    c.view!.onDisableRule();
    await vi.waitFor(() => expect(c.view?.onUndo).toBeTypeOf('function'));
    expect(c.view!.status).toBe(t('card.turnedOff'));
    expect(c.view!.anchor).toEqual(anchor);
    expect(c.actions.disableRule).toHaveBeenCalledWith(RULES.fault.ruleId);
    const latest = (boxId: string) => c.reports.filter((r) => r.boxId === boxId).at(-1)!;
    expect(flagged(latest('box-1'))).toEqual([]);
    expect(flagged(latest('box-2'))).toEqual(['Calm down']);
    c.view!.onUndo!();
    await vi.waitFor(() => expect(c.view).toBeNull());
    expect(c.actions.undo).toHaveBeenCalledTimes(1);
  });

  it('the Undo offer ends by itself after a few seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const c = makeCoach();
      const ta = textareaBox(TEXT);
      c.api.attach(ta, SITE);
      altEnterAtFirst(ta, c.last().findings[0]);
      c.view!.onDisableRule();
      await vi.waitFor(() => expect(c.view?.onUndo).toBeTypeOf('function'));
      vi.advanceTimersByTime(5000);
      expect(c.view?.onUndo).toBeTypeOf('function');
      vi.advanceTimersByTime(1500);
      expect(c.view).toBeNull();
      expect(c.actions.undo).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('Ignore everywhere saves the phrase and hides it in every box of the frame at once', async () => {
    const c = makeCoach();
    const first = textareaBox(TEXT);
    const second = textareaBox('Calm down, it is Not our fault.');
    c.api.attach(first, SITE);
    c.api.attach(second, SITE);
    altEnterAtFirst(first, c.reports[0].findings[0]);
    c.view!.onIgnoreEverywhere();
    await vi.waitFor(() => expect(c.view).toBeNull());
    expect(c.actions.allowPhrase).toHaveBeenCalledWith(expect.objectContaining({ ruleId: RULES.fault.ruleId, text: 'not our fault' }));
    const latest = (boxId: string) => c.reports.filter((r) => r.boxId === boxId).at(-1)!;
    expect(flagged(latest('box-1'))).toEqual([]);
    // The same words in another case; the other rule still speaks up.
    expect(flagged(latest('box-2'))).toEqual(['Calm down']);
  });

  it('says so when the organization’s policy keeps the rule on', async () => {
    const locked = Object.assign(new Error('locked'), { name: 'SettingsLockedError' });
    const c = makeCoach();
    c.actions.disableRule.mockRejectedValue(locked);
    const ta = textareaBox(TEXT);
    c.api.attach(ta, SITE);
    altEnterAtFirst(ta, c.last().findings[0]);
    c.view!.onDisableRule();
    await vi.waitFor(() => expect(c.view?.status).toBe("Your organization's policy sets this rule, so it stays on."));
    expect(c.view?.busy).toBe(false);
    expect(flagged(c.last())).toEqual(['not our fault']);
  });
});

describe('the popup’s messages', () => {
  it('apply a rewrite of the finding named by its key, refuse a stale key, leave other frames’ boxes alone', async () => {
    const c = makeCoach();
    const ta = textareaBox(TEXT);
    c.api.attach(ta, SITE);
    const { key } = c.last().findings[0];
    expect(c.popup({ type: 'finding:apply', boxId: 'box-9', key, suggestion: 0 })).toBeUndefined();
    await expect(c.popup({ type: 'finding:apply', boxId: 'box-1', key: `${key}#1`, suggestion: 0 })).resolves.toEqual({ ok: false, reason: 'stale' });
    await expect(c.popup({ type: 'finding:apply', boxId: 'box-1', key, suggestion: 0 })).resolves.toEqual({ ok: true });
    expect(ta.value).toBe(`Our system is fine. That is ${RULES.fault.suggestion}.`);
    expect(flagged(c.last())).toEqual([]);
  });

  it('show opens the card of that finding; recheck checks every box again', async () => {
    const c = makeCoach();
    c.api.attach(textareaBox(TEXT), SITE);
    await expect(c.popup({ type: 'finding:show', boxId: 'box-1', key: c.last().findings[0].key })).resolves.toBe(true);
    await vi.waitFor(() => expect(c.view?.finding.text).toBe('not our fault'));
    expect(c.popup({ type: 'recheck' })).toBeUndefined();
    expect(c.lint.calls).toHaveLength(2);
    expect(c.popup({ type: 'finding:show', boxId: 'box-1', ruleId: 'x', start: 0, end: 1 })).toBeUndefined();
  });
});

describe('after an update or reload of the extension', () => {
  it('the next edit lets go of everything and tells the agent once to reload the tab', () => {
    const { c, ta } = withOpenCard();
    const sent = c.reports.length;
    frame().orphan();
    typeInto(ta, ' Calm down.');
    expect(c.view).toBeNull();
    expect(c.lint.calls).toHaveLength(1);
    expect(c.reports).toHaveLength(sent);
    expect(document.querySelectorAll('reply-coach-root')).toHaveLength(1);
    expect(uiRoot().layer.children).toHaveLength(0);
    expect(notices().map((n) => n.querySelector('[data-rc-notice-text]')?.textContent)).toEqual([NOTICE]);
    typeInto(ta, ' Thanks.');
    altEnterAtFirst(ta, { start: 30 });
    expect(notices()).toHaveLength(1);
    expect(c.lint.calls).toHaveLength(1);
    expect(ta.value).toBe(`${TEXT} Calm down. Thanks.`);
  });

  it('the notice is text, never markup, and a person can dismiss it', () => {
    const c = makeCoach({ updateNotice: '<img src=x onerror="alert(1)"> was updated' });
    const ta = textareaBox(TEXT);
    c.api.attach(ta, SITE);
    frame().orphan();
    typeInto(ta, ' x');
    const [notice] = notices();
    expect(notice.querySelector('img')).toBeNull();
    expect(notice.querySelector('[data-rc-notice-text]')?.textContent).toBe('<img src=x onerror="alert(1)"> was updated');
    const close = notice.querySelector('button')!;
    close.click();
    expect(document.querySelector('reply-coach-root')).not.toBeNull();
    close.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(document.querySelector('reply-coach-root')).toBeNull();
  });

  it('a newer copy of the content script taking the frame over makes it let go without a word', () => {
    const c = makeCoach();
    c.api.attach(textareaBox(TEXT), SITE);
    frame().replace();
    expect(document.querySelectorAll('reply-coach-root')).toHaveLength(0);
    expect(c.lint.calls).toHaveLength(1);
  });

  it('nothing the coach asks of the extension throws out of the page, and nothing is sent', async () => {
    (fakeBrowser.runtime as unknown as { getManifest: () => { name: string } }).getManifest = () => ({ name: 'Reply Coach' });
    // As Chromium does once the context is gone: the call throws before it returns a promise.
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) => {
      if (!fakeBrowser.runtime.id) throw new Error('Extension context invalidated.');
      return Promise.resolve(message);
    }) as never);
    const connect = vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation((() => {
      if (!fakeBrowser.runtime.id) throw new Error('Extension context invalidated.');
      return { onDisconnect: { addListener() {} } };
    }) as never);
    const c = makeCoach(extensionDeps(frame().context));
    const ta = textareaBox(TEXT);
    c.api.attach(ta, SITE);
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'report:update' })));
    const calls = send.mock.calls.length;
    frame().orphan();
    expect(() => typeInto(ta, ' Calm down.')).not.toThrow();
    expect(send).toHaveBeenCalledTimes(calls);
    expect(connect).toHaveBeenCalledTimes(1);
    expect(notices().map((n) => n.textContent)).toEqual([`${NOTICE}×`]);
  });
});
