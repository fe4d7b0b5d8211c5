// @vitest-environment happy-dom
/**
 * Finding reply boxes as the page changes (lib/page/discovery.ts startDiscovery): the generic
 * heuristic, a site's selectors, single-page-app mounts and removals, open shadow roots, focus
 * as the safety net, and stopping with the content script's context.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startDiscovery } from '../../lib/page/discovery';
import { siteById } from '../../lib/sites';
import type { SiteDef } from '../../lib/sites/types';
import { SITE, usePageFrame } from './page-fakes';

const HEURISTIC: SiteDef = { id: 'acme', name: 'Acme', matches: [], replyBox: [], heuristic: true, editor: { apply: 'any' } };

const frame = usePageFrame();
beforeEach(() => {
  // Sizes from data-size="W×H" (default a reply-box size): happy-dom lays nothing out.
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [width, height] = (this.getAttribute('data-size') ?? '600x120').split('x').map(Number);
    return { x: 10, y: 10, left: 10, top: 10, width, height, right: 10 + width, bottom: 10 + height, toJSON: () => ({}) } as DOMRect;
  });
});

function discover(site: SiteDef, allEditables = false) {
  const found: HTMLElement[] = [];
  const gone: HTMLElement[] = [];
  startDiscovery(document, { site, allEditables, context: frame().context, onBox: (el) => found.push(el), onGone: (el) => gone.push(el) });
  return { found, gone, ids: () => found.map((el) => el.id) };
}

/** What a single-page app does: mount markup after the first scan. */
function mount(html: string): HTMLElement {
  const wrap = document.createElement('div');
  wrap.innerHTML = html;
  document.body.append(wrap);
  return wrap;
}

describe('startDiscovery', () => {
  it('takes a large editable next to a Send button, not a search field or an editable with no send control', () => {
    document.body.innerHTML = `
      <form><textarea id="reply"></textarea><button>Send</button></form>
      <div><textarea id="search" data-size="120x20"></textarea><button>Send</button></div>
      <aside><div><div><div><div><div><div><textarea id="notes"></textarea><button>Save</button></div></div></div></div></div></div></aside>`;
    expect(discover(HEURISTIC).ids()).toEqual(['reply']);
  });

  it('lets a site selector name the composer that holds the editable', () => {
    document.body.innerHTML = '<div class="composer"><div class="toolbar"></div><div id="ed" contenteditable="true"></div></div>';
    expect(discover({ ...HEURISTIC, replyBox: ['.composer'] }).ids()).toEqual(['ed']);
  });

  it('follows a single-page app: a box mounted later is found, a removed one is gone', async () => {
    const d = discover(SITE, true);
    expect(d.found).toEqual([]);
    const wrap = mount('<textarea id="late"></textarea>');
    await vi.waitFor(() => expect(d.ids()).toEqual(['late']));
    wrap.remove();
    await vi.waitFor(() => expect(d.gone.map((el) => el.id)).toEqual(['late']));
  });

  it('looks inside open shadow roots, and never takes Reply Coach’s own UI for a box', () => {
    const host = document.createElement('x-composer');
    host.attachShadow({ mode: 'open' }).innerHTML = '<div id="in-shadow" contenteditable="true"></div>';
    const own = document.createElement('reply-coach-root');
    own.innerHTML = '<div id="ours" contenteditable="true"></div>';
    document.body.append(host, own);
    expect(discover(SITE, true).ids()).toEqual(['in-shadow']);
  });

  it('judges a box hidden when it was added once it gets focus', async () => {
    document.body.innerHTML = '<textarea id="hidden" data-size="0x0"></textarea>';
    const d = discover(SITE, true);
    expect(d.found).toEqual([]);
    const ta = document.getElementById('hidden')!;
    ta.removeAttribute('data-size');
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(d.ids()).toEqual(['hidden']);
  });

  it('stops once the extension context is gone', async () => {
    const d = discover(SITE, true);
    frame().orphan();
    mount('<textarea id="after-update"></textarea>');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(d.found).toEqual([]);
  });
});

describe('startDiscovery on a named site', () => {
  afterEach(() => history.replaceState({}, '', '/'));

  it('coaches nothing on the pages outside its paths (Freshdesk’s customer portal), the reply box on its agent pages', async () => {
    const html = '<div class="ticket-editor"><div id="reply" class="fr-element fr-view" contenteditable="true"></div><button class="reply-btn">Send</button></div>';
    history.replaceState({}, '', '/support/tickets/42');
    document.body.innerHTML = html;
    expect(discover(siteById('freshdesk')!).ids()).toEqual([]);
    document.body.innerHTML = '';
    history.replaceState({}, '', '/a/tickets/42');
    document.body.innerHTML = html;
    expect(discover(siteById('freshdesk')!).ids()).toEqual(['reply']);
  });

  it('never takes Outlook’s To/Cc fields, even mounted later next to Send', async () => {
    const d = discover(siteById('outlook')!);
    mount(`<div id="to" contenteditable="true" aria-label="To"></div><div id="cc" contenteditable="true" aria-label="Cc"></div>
      <div id="body" contenteditable="true" aria-multiline="true" role="textbox"></div><button>Send</button>`);
    await vi.waitFor(() => expect(d.ids()).toEqual(['body']));
    document.getElementById('to')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(d.ids()).toEqual(['body']);
  });
});
