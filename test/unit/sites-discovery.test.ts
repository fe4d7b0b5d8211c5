// @vitest-environment happy-dom
/**
 * The pure parts of reply-box discovery: which element stands for a box, the send-button
 * heuristic, and each site definition's selectors and note signals held against markup.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isReplyBox, looksLikeReplyBox, nearSendButton, resolveBox } from '../../lib/page/discovery';
import { isNoteAt } from '../../lib/page/site-dom';
import { siteById } from '../../lib/sites';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('resolveBox', () => {
  it('climbs to the editing host and accepts a usable textarea', () => {
    document.body.innerHTML = '<div id="root" contenteditable="true"><p><b id="inner">x</b></p></div><textarea id="t"></textarea><textarea id="ro" readonly></textarea>';
    expect(resolveBox(document.getElementById('inner')!, false)?.id).toBe('root');
    expect(resolveBox(document.getElementById('t')!, false)?.id).toBe('t');
    expect(resolveBox(document.getElementById('ro')!, false)).toBeNull();
  });

  it('lets a site selector name a container of the editable', () => {
    document.body.innerHTML = '<div id="wrap"><div class="toolbar"></div><div id="ed" contenteditable="true"></div></div>';
    expect(resolveBox(document.getElementById('wrap')!, true)?.id).toBe('ed');
    expect(resolveBox(document.getElementById('wrap')!, false)).toBeNull();
  });

  it('ignores Reply Coach’s own UI', () => {
    document.body.innerHTML = '<reply-coach-root><div contenteditable="true" id="x"></div></reply-coach-root>';
    expect(resolveBox(document.getElementById('x')!, false)).toBeNull();
  });
});

describe('nearSendButton', () => {
  it.each([
    ['<form><div id="e" contenteditable="true"></div><button>Send</button></form>', true],
    ['<div><div><div id="e" contenteditable="true"></div></div><div><button aria-label="Reply to customer"></button></div></div>', true],
    ['<div><textarea id="e"></textarea><input type="submit" value="Submit"></div>', true],
    ['<div><textarea id="e"></textarea><span role="button">Skicka</span></div>', true],
    ['<div><textarea id="e"></textarea><button>发送</button></div>', true],
    ['<div><textarea id="e"></textarea><button>傳送回覆</button></div>', true],
    ['<div><textarea id="e"></textarea><button aria-label="送出"></button></div>', true],
    ['<div><input id="e"><button>Search</button></div>', false],
    ['<div><textarea id="e"></textarea><button>Sender settings</button></div>', false],
  ])('%s → %s', (html, expected) => {
    document.body.innerHTML = html;
    expect(nearSendButton(document.getElementById('e')!)).toBe(expected);
  });
});

/** Every element laid out as a reply box (happy-dom lays nothing out). */
function layOut() {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ x: 10, y: 10, left: 10, top: 10, width: 600, height: 120, right: 610, bottom: 130, toJSON: () => ({}) } as DOMRect);
}

const site = (id: string) => siteById(id)!;
const el = (id: string) => document.getElementById(id) as HTMLElement;

describe('site definitions against markup written from the evidence (docs/helpdesks.md)', () => {
  beforeEach(layOut);
  afterEach(() => vi.restoreAllMocks());

  it('Outlook: coaches the body, never the To/Cc/Bcc fields beside Send (contenteditable too)', () => {
    document.body.innerHTML = `<div role="main">
      <div id="to" contenteditable="true" role="textbox" aria-label="To"></div>
      <div id="cc" contenteditable="true" aria-label="Cc"></div>
      <div id="body" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message body"></div>
      <button>Send</button></div>`;
    const outlook = site('outlook');
    expect(isReplyBox(el('body'), outlook, false)).toBe(true);
    expect(isReplyBox(el('to'), outlook, false)).toBe(false);
    expect(isReplyBox(el('cc'), outlook, false)).toBe(false);
  });

  it('Gmail: coaches the compose body under .Ap, not the subject or recipients', () => {
    document.body.innerHTML = `<form><div id="to" contenteditable="true" aria-label="To recipients"></div>
      <input name="subjectbox"><div class="Ap"><div class="Ar"><div id="body" contenteditable="true" g_editable="true" role="textbox"></div></div></div>
      <div role="button">Send</div></form>`;
    expect(isReplyBox(el('body'), site('gmail'), false)).toBe(true);
    expect(isReplyBox(el('to'), site('gmail'), false)).toBe(false);
  });

  it('Freshdesk: the agent ticket editor (Froala), never another editable of the page', () => {
    document.body.innerHTML = `<div class="ticket-editor"><div class="fr-box"><div id="reply" class="fr-element fr-view" contenteditable="true"></div></div>
      <div class="ticket-editor__footer"><button class="reply-btn">Send</button></div></div>
      <form><div id="other" class="redactor-editor" contenteditable="true"></div><button>Submit</button></form>`;
    expect(isReplyBox(el('reply'), site('freshdesk'), false)).toBe(true);
    expect(isReplyBox(el('other'), site('freshdesk'), false)).toBe(false);
  });

  it('Jira: the service-management comment editor, not the description or a Jira Software comment', () => {
    const editor = (id: string) => `<div class="ak-editor-content-area"><div id="${id}" class="ProseMirror" contenteditable="true"><p></p></div></div>`;
    const jsm = site('jira-service-management');
    document.body.innerHTML = `<div data-testid="issue.views.field.rich-text.description">${editor('description')}<button>Save</button></div>
      <div data-testid="issue.activity.comment"><div role="tablist">
        <button role="tab" id="comment-editor-container-tabs-0" aria-selected="false">Add internal note</button>
        <button role="tab" id="comment-editor-container-tabs-1" aria-selected="true">Reply to customer</button></div>
        ${editor('comment')}<button data-testid="comment-save-button">Save</button></div>`;
    expect(isReplyBox(el('comment'), jsm, false)).toBe(true);
    expect(isReplyBox(el('description'), jsm, false)).toBe(false);
    // Jira Software: the same comment composer, without the service-management tabs.
    document.body.innerHTML = `<div data-testid="issue.activity.comment">${editor('software')}<button>Save</button></div>`;
    expect(isReplyBox(el('software'), jsm, false)).toBe(false);
  });

  it('a named site coaches what its selectors name; only a guessed one lets the heuristic in', () => {
    document.body.innerHTML = '<form><div id="box" contenteditable="true"></div><button>Send</button></form>';
    expect(isReplyBox(el('box'), site('zendesk'), false)).toBe(false);
    expect(isReplyBox(el('box'), site('front'), false)).toBe(true);
  });

  it('the generic heuristic skips recipient, subject and search fields', () => {
    document.body.innerHTML = `<form><div id="to" contenteditable="true" aria-label="To"></div>
      <div id="combo" contenteditable="true" role="combobox"></div><textarea id="subject" placeholder="Subject"></textarea>
      <div id="oneline" contenteditable="true" aria-multiline="false"></div><textarea id="reply"></textarea><button>Send</button></form>`;
    expect(['to', 'combo', 'subject', 'oneline', 'reply'].filter((id) => looksLikeReplyBox(el(id)))).toEqual(['reply']);
  });
});

describe('internal notes (isNoteAt)', () => {
  it('Zendesk: the channel switcher beside each ticket’s editor decides, one ticket panel at a time', () => {
    const panel = (id: string, channel: string) => `<div data-side-conversations-anchor-id="${id}">
      <div class="composer"><button data-test-id="omnichannel-channel-switcher-button" aria-label="${channel}"></button>
      <div><div id="ed-${id}" class="ck-editor__editable" data-test-id="omnicomposer-rich-text-ckeditor" contenteditable="true"></div></div></div></div>`;
    document.body.innerHTML = panel('1', 'Public reply') + panel('2', 'Internal note') + panel('3', 'Interne Notiz');
    const notes = site('zendesk').internalNote;
    expect(['1', '2', '3'].map((id) => isNoteAt(el(`ed-${id}`), notes))).toEqual([false, true, true]);
  });

  it('Jira: the transition modal’s own tabs decide for its editor, the page’s tabs for the issue’s', () => {
    document.body.innerHTML = `<div data-testid="issue.activity.comment">
        <button role="tab" id="comment-editor-container-tabs-0" aria-selected="true">Add internal note</button>
        <div id="page-ed" class="ProseMirror" contenteditable="true"></div></div>
      <section data-testid="issue-transition.ui.issue-transition-modal"><div id="comment-container">
        <button role="tab" id="issue-transition-comment-editor-container-tabs-0" aria-selected="false">Add internal note</button>
        <button role="tab" id="issue-transition-comment-editor-container-tabs-1" aria-selected="true">Reply to customer</button>
        <div id="modal-ed" class="ProseMirror" contenteditable="true"></div></div></section>`;
    const notes = site('jira-service-management').internalNote;
    expect(isNoteAt(el('page-ed'), notes)).toBe(true);
    expect(isNoteAt(el('modal-ed'), notes)).toBe(false);
  });

  it('Intercom’s old inbox, Crisp’s note tab, and ancestor markers (Gorgias, Chatwoot, osTicket)', () => {
    document.body.innerHTML = `<div class="conversation__text o__note"><div id="ic" class="ProseMirror embercom-prosemirror-composer-editor" contenteditable="true"></div></div>`;
    expect(isNoteAt(el('ic'), site('intercom').internalNote)).toBe(true);
    document.body.innerHTML = `<div class="c-base-tabs"><div name="reply" class="c-base-tabs__item c-base-tabs__item--reply"></div>
      <div name="note" class="c-base-tabs__item c-base-tabs__item--note c-base-tabs__item--active"></div></div>
      <div id="crisp" class="c-editor-composer__field c-conversation-box-field__field-composer-field" contenteditable="true"></div>`;
    expect(isNoteAt(el('crisp'), site('crisp').internalNote)).toBe(true);
    document.body.innerHTML = `<div class="is-internal-note"><div id="g" class="public-DraftEditor-content" contenteditable="true"></div></div>
      <div class="reply-box is-private"><div class="reply-box__top"><div id="cw" class="ProseMirror" contenteditable="true"></div></div></div>
      <div class="reply-box"><div class="reply-box__top"><div id="cw-public" class="ProseMirror" contenteditable="true"></div></div></div>
      <div class="redactor-box"><div id="os" class="redactor-styles" contenteditable="true"></div><textarea id="internal_note"></textarea></div>`;
    expect(isNoteAt(el('g'), site('gorgias').internalNote)).toBe(true);
    expect(isNoteAt(el('cw'), site('chatwoot').internalNote)).toBe(true);
    expect(isNoteAt(el('cw-public'), site('chatwoot').internalNote)).toBe(false);
    expect(isNoteAt(el('os'), site('osticket').internalNote)).toBe(true);
  });
});
