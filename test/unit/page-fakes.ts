/**
 * What the page tests (page-*.test.ts) build frames from: a real WXT content-script context
 * made into the page's context as content.ts does it, a lint that flags two phrases, settings
 * as they ship, events a person makes, and a layout for happy-dom (which lays nothing out).
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding, Report } from '../../lib/checker/types';
import type { LintFn } from '../../lib/page/box';
import { scriptStartedEventName, shieldFromForgedRestart, toPageContext } from '../../lib/page/content';
import type { PageContext } from '../../lib/page/context';
import { FALLBACK_SETTINGS } from '../../lib/page/extension';
import { removeUiRoot } from '../../lib/page/ui-root';
import type { SiteDef } from '../../lib/sites/types';

/** The content script's context of one test frame, and what can happen to the extension under it. */
export interface Frame {
  context: PageContext;
  /** The extension was updated or reloaded: noticed the next time anything reads `isValid`. */
  orphan(): void;
  /** A newer copy of the content script started in this frame (after the update that orphaned this one). */
  replace(): void;
  /** Ends the frame (afterEach). */
  end(): void;
}

export function startFrame(): Frame {
  const id = fakeBrowser.runtime.id;
  const ctx = new ContentScriptContext('content');
  const context = toPageContext(ctx, shieldFromForgedRestart(ctx));
  const orphan = () => {
    fakeBrowser.runtime.id = undefined as unknown as string;
  };
  return {
    context,
    orphan,
    replace() {
      orphan();
      document.dispatchEvent(new CustomEvent(scriptStartedEventName(), { detail: { contentScriptName: 'content', messageId: 'newer' } }));
    },
    end() {
      ctx.abort();
      fakeBrowser.reset();
      fakeBrowser.runtime.id = id;
    },
  };
}

/**
 * A fresh frame for each test of the file, laid out (stubLayout), torn down after it with the
 * UI root, the page and any fake timers; returns the current frame.
 */
export function usePageFrame(): () => Frame {
  let frame: Frame;
  beforeEach(() => {
    stubLayout();
    frame = startFrame();
  });
  afterEach(() => {
    frame.end();
    removeUiRoot();
    document.body.innerHTML = '';
    vi.restoreAllMocks();
    vi.useRealTimers();
  });
  return () => frame;
}

/** Built-in rules as they ship, nothing paused, no policy. */
export const SETTINGS = FALLBACK_SETTINGS;

export const SITE: SiteDef = { id: 'user', name: 'This site', matches: [], replyBox: [], quote: ['blockquote'], editor: { apply: 'any' } };

/** The two phrases the fake lint flags, with their rules. */
export const RULES = {
  fault: { ruleId: 'en.defensive.not-our-fault', phrase: 'not our fault', severity: 'warning', suggestion: 'on us to fix' },
  calm: { ruleId: 'en.condescending.calm-down', phrase: 'calm down', severity: 'error', suggestion: 'let me help' },
} as const;

/**
 * A lint that flags every "not our fault" and "calm down" outside the ignored spans (the page
 * code, not the checker, is under test), honouring rules turned off in the settings.
 */
export function fakeLint(): LintFn & { calls: string[] } {
  const calls: string[] = [];
  const lint = ((text, { settings, ignore }) => {
    calls.push(text);
    const findings: Finding[] = [];
    for (const rule of Object.values(RULES)) {
      if (settings.rules?.[rule.ruleId]?.enabled === false) continue;
      for (let at = text.toLowerCase().indexOf(rule.phrase); at >= 0; at = text.toLowerCase().indexOf(rule.phrase, at + 1)) {
        const end = at + rule.phrase.length;
        if (ignore.some((r) => r.start < end && at < r.end)) continue;
        findings.push({
          ruleId: rule.ruleId,
          category: rule.ruleId.split('.')[1] as Finding['category'],
          severity: rule.severity,
          start: at,
          end,
          text: text.slice(at, end),
          message: `Flagged: ${rule.phrase}`,
          guideline: 'G3',
          suggestions: [rule.suggestion],
        });
      }
    }
    findings.sort((a, b) => a.start - b.start);
    const report: Report = { lang: 'en', score: findings.length ? 60 : 100, findings, checklist: [], words: text.split(/\s+/).filter(Boolean).length, gaps: 0 };
    return report;
  }) as LintFn & { calls: string[] };
  lint.calls = calls;
  return lint;
}

/** `e` as a person's event (happy-dom marks none trusted; the coach ignores untrusted ones). */
export function trusted<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

/** Every element and range laid out in one 600×120 box at (10, 10), so boxes are visible and words have rects. */
export function stubLayout(): void {
  const rect = { x: 10, y: 10, left: 10, top: 10, width: 600, height: 120, right: 610, bottom: 130, toJSON: () => ({}) } as DOMRect;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(rect);
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(rect);
  vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([rect] as unknown as DOMRectList);
}

/**
 * The browser's `insertText` on the focused textarea (happy-dom has no execCommand): replaces
 * the selection and fires `input`, as Chromium does.
 */
export function stubInsertText(): void {
  (document as unknown as { execCommand: (cmd: string, ui: boolean, value: string) => boolean }).execCommand = (cmd, _ui, value) => {
    const ta = document.activeElement as HTMLTextAreaElement | null;
    if (cmd !== 'insertText' || ta?.localName !== 'textarea') return false;
    ta.setRangeText(value, ta.selectionStart, ta.selectionEnd, 'end');
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  };
}

/** A textarea reply box holding `text`, in a form with a Send button. */
export function textareaBox(text: string): HTMLTextAreaElement {
  const form = document.createElement('form');
  const ta = document.createElement('textarea');
  ta.value = text;
  const send = document.createElement('button');
  send.textContent = 'Send';
  form.append(ta, send);
  document.body.append(form);
  return ta;
}

/** The agent types `more` at the end of the textarea. */
export function typeInto(ta: HTMLTextAreaElement, more: string): void {
  ta.value += more;
  ta.dispatchEvent(trusted(new Event('input', { bubbles: true })));
}
