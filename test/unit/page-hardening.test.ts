// @vitest-environment happy-dom
/**
 * The page side against hostile or curious pages (issue 10): the UI root's shadow root is
 * closed outside the e2e build and drops script-made events; WXT's duplicate-script event
 * forged by a page does not tear the coach down; the release bundle sets no attribute on the
 * page's elements.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { scriptStartedEventName, shieldFromForgedRestart } from '../../lib/page/content';
import { FINDINGS_ATTR, setFindingsHook } from '../../lib/page/dom';
import { removeUiRoot, uiRoot } from '../../lib/page/ui-root';

afterEach(() => removeUiRoot());

describe('UI root', () => {
  it('is one empty element with a closed shadow root outside the e2e build', () => {
    const root = uiRoot();
    expect(root.host.localName).toBe('reply-coach-root');
    expect(root.host.shadowRoot).toBeNull();
    expect(root.host.childNodes.length).toBe(0);
    expect(root.host.attributes.length).toBe(0);
  });
  it('drops script-made events before the card’s handlers and keeps the card’s events inside', () => {
    const root = uiRoot();
    const button = document.createElement('button');
    const onClick = vi.fn();
    button.addEventListener('click', onClick);
    root.cards.append(button);
    const page = vi.fn();
    document.addEventListener('click', page);
    button.click(); // untrusted, as from a page script
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(onClick).not.toHaveBeenCalled();
    expect(page).not.toHaveBeenCalled();
    document.removeEventListener('click', page);
  });
});

describe('findings hook', () => {
  it('is not set outside the e2e build', () => {
    const el = document.createElement('div');
    setFindingsHook(el, 3);
    expect(el.hasAttribute(FINDINGS_ATTR)).toBe(false);
  });
  const built = (dir: string) => join(__dirname, '../../.output', dir, 'coach.js');
  it.runIf(existsSync(built('chrome-mv3')) && existsSync(built('chrome-mv3-e2e')))('is only in the e2e bundle; the release bundle attaches a closed root', () => {
    const release = readFileSync(built('chrome-mv3'), 'utf8');
    const e2e = readFileSync(built('chrome-mv3-e2e'), 'utf8');
    expect(release.includes(FINDINGS_ATTR), `.output/chrome-mv3/coach.js mentions ${FINDINGS_ATTR}`).toBe(false);
    expect(/attachShadow\(\{mode:"closed"\}\)/.test(release), 'the release bundle attaches a closed shadow root').toBe(true);
    expect(e2e.includes(FINDINGS_ATTR), `.output/chrome-mv3-e2e/coach.js mentions ${FINDINGS_ATTR}`).toBe(true);
  });
});

describe('WXT duplicate-script guard', () => {
  const forge = () =>
    document.dispatchEvent(new CustomEvent(scriptStartedEventName(), { detail: { contentScriptName: 'content', messageId: 'forged' } }));
  it('(WXT 0.21 as it is) lets a forged event invalidate an unshielded context', () => {
    const ctx = new ContentScriptContext('content');
    expect(ctx.isValid).toBe(true);
    forge();
    expect(ctx.signal.aborted).toBe(true);
  });
  it('a forged event does not invalidate a shielded context', () => {
    const ctx = new ContentScriptContext('content');
    shieldFromForgedRestart(ctx);
    forge();
    expect(ctx.signal.aborted).toBe(false);
    ctx.abort();
  });
});
