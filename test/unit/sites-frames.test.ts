/**
 * @vitest-environment happy-dom
 * @vitest-environment-options {"settings": {"enableIframePageLoading": true}}
 */
/**
 * Reply boxes inside same-origin iframes, held against the site definitions: Zoho Desk names the
 * iframe (`.ze_area`) and its body is the editable; Salesforce rewrites its CKEditor 4 iframe
 * with document.open/write after load, which drops every listener in it (happy-dom does too).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter } from '../../lib/editors/highlights';
import { nearSendButton, startDiscovery } from '../../lib/page/discovery';
import { routeInput } from '../../lib/page/input-routing';
import type { Card } from '../../lib/page/card';
import type { ReplyBox } from '../../lib/page/box';
import { uiRoot } from '../../lib/page/ui-root';
import { siteById, USER_SITE } from '../../lib/sites';
import type { SiteDef } from '../../lib/sites/types';
import { trusted, usePageFrame } from './page-fakes';

const frame = usePageFrame();

/** An iframe in the page (class `cls`), its document written with `body`. */
function iframeWith(cls: string, body: string, around = ''): HTMLIFrameElement {
  document.body.innerHTML = `<div class="composer">${around}<iframe class="${cls}"></iframe></div>`;
  const f = document.querySelector('iframe')!;
  // Browsers give a same-origin frame's window its iframe element; happy-dom does not.
  Object.defineProperty(f.contentWindow, 'frameElement', { value: f, configurable: true });
  rewrite(f, body);
  return f;
}

/** What Salesforce and CKEditor 4 do to their iframe: document.open, write, close. */
function rewrite(f: HTMLIFrameElement, body: string): void {
  const d = f.contentDocument!;
  d.open();
  d.write(`<html><head></head>${body}</html>`);
  d.close();
}

function discover(site: SiteDef, allEditables = false) {
  const found: HTMLElement[] = [];
  const gone: HTMLElement[] = [];
  startDiscovery(document, { site, allEditables, context: frame().context, onBox: (el) => found.push(el), onGone: (el) => gone.push(el) });
  return { found, gone };
}

const bodyOf = (f: HTMLIFrameElement) => f.contentDocument!.body;
const focusIn = (el: Element) => el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));

describe('Zoho Desk: the site selector names the iframe, its body is the reply box', () => {
  beforeEach(() => history.replaceState({}, '', '/agent/acme/support/tickets/details/1'));

  it('reaches into the same-origin iframe’s body', () => {
    const f = iframeWith('ze_area', '<body contenteditable="true"><div>Hello</div></body>');
    const d = discover(siteById('zoho-desk')!);
    expect(d.found).toEqual([bodyOf(f)]);
  });

  it('takes the body once Zoho makes it editable, on focus (no childList change to see)', () => {
    const f = iframeWith('ze_area', '<body><div>Hello</div></body>');
    const d = discover(siteById('zoho-desk')!);
    expect(d.found).toEqual([]);
    bodyOf(f).setAttribute('contenteditable', 'true');
    focusIn(bodyOf(f));
    expect(d.found).toEqual([bodyOf(f)]);
  });

  it('leaves another iframe’s editable body alone', () => {
    iframeWith('some-widget', '<body contenteditable="true"></body>', '<button>Send</button>');
    expect(discover(siteById('zoho-desk')!).found).toEqual([]);
  });
});

describe('the generic heuristic across the frame boundary', () => {
  it('finds the Send button of the page around an iframe editor', () => {
    const f = iframeWith('editor-frame', '<body contenteditable="true"></body>', '<button>Send</button>');
    expect(nearSendButton(bodyOf(f))).toBe(true);
    expect(discover(USER_SITE).found).toEqual([bodyOf(f)]);
  });
});

describe('Salesforce: an editor iframe rewritten with document.open/write after load', () => {
  const EDITOR = '<body class="cke_editable" contenteditable="true"><p>Hello</p></body>';

  it('lets the old body go, takes the new one, and hears focus in the rewritten document again', async () => {
    const f = iframeWith('cke_wysiwyg_frame', EDITOR);
    const d = discover(siteById('salesforce')!);
    const first = bodyOf(f);
    expect(d.found).toEqual([first]);

    rewrite(f, '<body class="cke_editable" contenteditable="true" style="display:none"><p>Hello again</p></body>');
    await vi.waitFor(() => expect(d.gone).toEqual([first]));
    const second = bodyOf(f);
    expect(d.found).toEqual([first]); // hidden when written
    second.style.display = '';
    focusIn(second);
    expect(d.found).toEqual([first, second]);
  });

  it('puts the ::highlight() stylesheet back in the rewritten document', () => {
    const fw = () => bodyOf(f).ownerDocument.defaultView as unknown as { Highlight?: unknown; CSS?: unknown };
    const f = iframeWith('cke_wysiwyg_frame', EDITOR);
    Object.defineProperty(fw(), 'Highlight', { value: class extends Set {}, configurable: true });
    Object.defineProperty(fw(), 'CSS', { value: { highlights: new Map() }, configurable: true });
    const style = () => bodyOf(f).ownerDocument.querySelector('style[data-reply-coach="highlights"]');
    createHighlighter(bodyOf(f), uiRoot().layer).destroy();
    expect(style()).not.toBeNull();
    rewrite(f, EDITOR);
    createHighlighter(bodyOf(f), uiRoot().layer).destroy();
    expect(style()).not.toBeNull();
  });

  it('listens for the agent’s keys in the rewritten document again (Alt+Enter opens the card)', () => {
    const f = iframeWith('cke_wysiwyg_frame', EDITOR);
    const opened: string[] = [];
    const card = { open: (_box: unknown, key: string) => void opened.push(key), current: null } as unknown as Card;
    const box = { caret: () => 1, findingAt: () => 'finding-1' } as unknown as ReplyBox;
    const input = routeInput(frame().context, new AbortController().signal, card, () => box);
    const altEnter = () =>
      bodyOf(f).dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', altKey: true, bubbles: true, composed: true, cancelable: true })));
    input.listenDocument(f.contentDocument!);
    altEnter();
    rewrite(f, EDITOR);
    // The coach attaches the new body's box, which listens to its document again.
    input.listenDocument(f.contentDocument!);
    altEnter();
    expect(opened).toEqual(['finding-1', 'finding-1']);
  });
});
