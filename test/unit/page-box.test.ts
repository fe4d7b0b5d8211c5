// @vitest-environment happy-dom
/**
 * One reply box on its own (lib/page/box.ts): what it checks and when, what it reports, and the
 * identity its findings keep across edits (lib/page/finding-key.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import type { ExplainedReport } from '../../lib/box-why';
import type { Finding } from '../../lib/checker/types';
import type { BoxReport } from '../../lib/messages';
import { CHECK_DELAY_MS, ReplyBox, type BoxHost } from '../../lib/page/box';
import { withKeys } from '../../lib/page/finding-key';
import { uiRoot } from '../../lib/page/ui-root';
import { siteById, USER_SITE } from '../../lib/sites';
import type { SiteDef } from '../../lib/sites/types';
import { SETTINGS, SITE, fakeLint, textareaBox, trusted, typeInto, usePageFrame } from './page-fakes';

const TEXT = 'Our system is fine. That is not our fault.';

const frame = usePageFrame();

function makeBox(el: HTMLElement, { site = SITE, settings = SETTINGS as ReturnType<BoxHost['settings']>, paused = false } = {}) {
  const reports: BoxReport[] = [];
  const removed: string[] = [];
  const lint = fakeLint();
  const host: BoxHost = {
    context: frame().context,
    lint,
    settings: () => settings,
    paused: () => paused,
    layer: () => uiRoot().layer,
    onChecked: () => {},
    report: (r) => void reports.push(r),
    removeReport: (id) => void removed.push(id),
  };
  const box = new ReplyBox('box-1', el, site, host);
  return { box, reports, removed, lint, last: () => reports.at(-1)! };
}

describe('ReplyBox', () => {
  it('reports what the lint found, in the text’s offsets, and underlines it', () => {
    const { box, last } = makeBox(textareaBox(TEXT));
    box.run();
    const [f] = last().findings;
    expect(TEXT.slice(f.start, f.end)).toBe('not our fault');
    expect(last()).toMatchObject({ boxId: 'box-1', editor: 'textarea', score: 60, words: 9 });
    expect(uiRoot().layer.querySelector('.rc-m-warning')?.textContent).toBe('not our fault');
  });

  it('waits for the idle delay after the last keystroke, and never checks during an IME composition', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const ta = textareaBox('Hello.');
    const { lint } = makeBox(ta);
    typeInto(ta, ' It is');
    vi.advanceTimersByTime(CHECK_DELAY_MS - 1);
    expect(lint.calls).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(lint.calls).toEqual(['Hello. It is']);
    ta.dispatchEvent(trusted(new CompositionEvent('compositionstart')));
    typeInto(ta, ' not our fault');
    vi.advanceTimersByTime(5 * CHECK_DELAY_MS);
    expect(lint.calls).toHaveLength(1);
    ta.dispatchEvent(trusted(new CompositionEvent('compositionend')));
    vi.advanceTimersByTime(CHECK_DELAY_MS);
    expect(lint.calls.at(-1)).toBe('Hello. It is not our fault');
  });

  it('leaves quoted text out of the check (the site’s quote selectors)', () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true"><p>Hi, calm down.</p><blockquote><p>This is not our fault, you said.</p></blockquote></div>';
    const { box, last } = makeBox(document.getElementById('ed')!);
    box.run();
    expect(last().findings.map((f) => f.text)).toEqual(['calm down']);
  });

  it('does not coach an internal note unless the settings say so', () => {
    const site: SiteDef = { ...SITE, internalNote: ['.is-note'] };
    document.body.innerHTML = '<div class="is-note"><textarea id="note"></textarea></div>';
    const note = document.getElementById('note') as HTMLTextAreaElement;
    note.value = TEXT;
    const quiet = makeBox(note, { site });
    quiet.box.run();
    expect(quiet.lint.calls).toHaveLength(0);
    expect(quiet.last().findings).toEqual([]);
    const coached = makeBox(note, { site, settings: { ...SETTINGS, coachInternalNotes: true } });
    coached.box.run();
    expect(coached.last().findings).toHaveLength(1);
  });

  it('on a paused site draws nothing and withdraws its report', () => {
    const { box, reports, removed } = makeBox(textareaBox(TEXT), { paused: true });
    box.run();
    expect(reports).toEqual([]);
    expect(removed).toEqual(['box-1']);
  });

  it('keeps an ignored finding dismissed across edits elsewhere, but not a new one', () => {
    const ta = textareaBox(TEXT);
    const { box, last } = makeBox(ta);
    box.run();
    box.ignore(last().findings[0].key);
    box.run();
    expect(last().findings).toEqual([]);
    ta.value = `Hi. ${TEXT} Still, it is not our fault.`;
    box.run();
    expect(last().findings.map((f) => f.start)).toEqual([ta.value.lastIndexOf('not our fault')]);
  });

  it('finds the finding under the caret, the more severe one where two overlap', () => {
    const ta = textareaBox('Calm down, not our fault.');
    const { box, last } = makeBox(ta);
    box.run();
    const [calm, fault] = last().findings;
    expect(box.findingAt(2)).toBe(calm.key);
    expect(box.findingAt(fault.start + 3)).toBe(fault.key);
    expect(box.findingAt(fault.end + 1)).toBeNull();
  });

  it('withdraws its report and drawing when destroyed, and stops checking', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const ta = textareaBox(TEXT);
    const { box, removed, lint } = makeBox(ta);
    box.run();
    typeInto(ta, ' Calm down.');
    box.destroy();
    vi.advanceTimersByTime(CHECK_DELAY_MS);
    expect(lint.calls).toHaveLength(1);
    expect(removed).toEqual(['box-1']);
    expect(uiRoot().layer.children).toHaveLength(0);
  });

  it('does nothing once the extension context is gone', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const ta = textareaBox(TEXT);
    const { box, lint, reports } = makeBox(ta);
    box.run();
    frame().orphan();
    typeInto(ta, ' Calm down.');
    vi.advanceTimersByTime(CHECK_DELAY_MS);
    box.run();
    expect(lint.calls).toHaveLength(1);
    expect(reports).toHaveLength(1);
  });
});

describe('finding keys', () => {
  const at = (text: string, phrase: string, from = 0): Finding => {
    const start = text.indexOf(phrase, from);
    return { ruleId: 'en.defensive.not-our-fault', category: 'defensive', severity: 'warning', start, end: start + phrase.length, text: phrase, message: 'm', guideline: 'G3', suggestions: [] };
  };

  it('survive an edit elsewhere in the reply (offsets shift, the key does not)', () => {
    const text = 'I looked at the order history today. That is not our fault.';
    const moved = `Hi Sam, thanks for writing. ${text} Best, Lee`;
    expect(withKeys([at(moved, 'not our fault')], moved)[0].key).toBe(withKeys([at(text, 'not our fault')], text)[0].key);
  });

  it('change when the flagged words or the words just before them change', () => {
    const text = 'Sorry. That is not our fault.';
    const [key] = withKeys([at(text, 'not our fault')], text).map((f) => f.key);
    const edited = 'Sorry. This was not our fault.';
    expect(withKeys([at(edited, 'not our fault')], edited)[0].key).not.toBe(key);
  });

  it('are unique in one text, even for the same words after the same words', () => {
    const text = 'We checked it twice, and it is not our fault. '.repeat(2);
    const keys = withKeys([at(text, 'not our fault'), at(text, 'not our fault', 40)], text).map((f) => f.key);
    expect(new Set(keys).size).toBe(2);
    expect(keys[1]).toBe(`${keys[0]}#1`);
  });

  it('stay short however long the flagged text', () => {
    const text = `${'A'.repeat(3000)} not our fault`;
    const [f] = withKeys([{ ...at(text, 'not our fault'), start: 0, text: text.slice(0, -14) }], text);
    expect(f.key.length).toBeLessThan(60);
  });
});

describe('the site’s editor binding and what the report says about the box', () => {
  const editable = (attrs: string) => {
    document.body.innerHTML = `<form><div id="ed" ${attrs} contenteditable="true"><p>${TEXT}</p></div><button>Send</button></form>`;
    return document.getElementById('ed')!;
  };
  const why = (r: BoxReport) => (r as ExplainedReport).why;

  it('applies where the site binds the adapter the markup picks, and names the site', () => {
    const { box, last } = makeBox(editable('class="ProseMirror"'), { site: siteById('intercom')! });
    box.run();
    expect(last()).toMatchObject({ editor: 'prosemirror', canApply: true });
    expect(why(last())).toEqual({ site: 'intercom', siteName: 'Intercom' });
  });

  it('reads Help Scout’s Slate 0.47 box through the Slate adapter but never applies there, and says why', async () => {
    const el = editable('data-slate-editor="true" data-cy="ConvoEditor"');
    const { box, last } = makeBox(el, { site: siteById('help-scout')! });
    box.run();
    expect(last()).toMatchObject({ editor: 'slate', canApply: false });
    expect(why(last())).toMatchObject({ readOnly: 'site', readOnlyNote: expect.stringMatching(/Slate 0\.47/) });
    expect(await box.adapter.apply(el, 0, 3, 'Our', 'My')).toEqual({ ok: false, reason: 'read-only' });
  });

  it('gives no Apply to an editor the site does not bind, and a plain contenteditable only where markup decides', () => {
    const onZendesk = makeBox(editable('class="ProseMirror"'), { site: siteById('zendesk')! });
    onZendesk.box.run();
    expect(onZendesk.last()).toMatchObject({ editor: 'prosemirror', canApply: false });
    expect(why(onZendesk.last())?.readOnly).toBe('not-bound');
    const plainNamed = makeBox(editable(''), { site: siteById('intercom')! });
    plainNamed.box.run();
    expect(plainNamed.last()).toMatchObject({ editor: 'generic', canApply: false });
    expect(why(plainNamed.last())?.readOnly).toBe('unknown-editor');
    const plainUser = makeBox(editable(''), { site: USER_SITE });
    plainUser.box.run();
    expect(plainUser.last()).toMatchObject({ editor: 'contenteditable', canApply: true });
  });

  it('does not check an internal note told by a sibling control (Zendesk’s channel switcher), and says so', () => {
    document.body.innerHTML = `<div data-side-conversations-anchor-id="7"><button data-test-id="omnichannel-channel-switcher-button" aria-label="Internal note"></button>
      <div class="ck-editor"><div id="ed" class="ck-editor__editable" data-test-id="omnicomposer-rich-text-ckeditor" contenteditable="true"><p>${TEXT}</p></div></div></div>`;
    const { box, last, lint } = makeBox(document.getElementById('ed')!, { site: siteById('zendesk')! });
    box.run();
    expect(lint.calls).toHaveLength(0);
    expect(why(last())).toMatchObject({ site: 'zendesk', skipped: 'internal-note' });
    document.querySelector('button')!.setAttribute('aria-label', 'Public reply');
    box.run();
    expect(lint.calls).toHaveLength(1);
    expect(why(last())?.skipped).toBeUndefined();
  });
});
