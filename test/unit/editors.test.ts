// @vitest-environment happy-dom
/** Text extraction and offset mapping of the contenteditable adapters, and the adapter registry. */
import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS, pickAdapter } from '../../lib/editors';
import { caretAfterApply } from '../../lib/editors/apply';
import { readEditable } from '../../lib/editors/text';

function box(html: string, tag = 'div'): HTMLElement {
  const el = document.createElement(tag);
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.appendChild(el);
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readEditable: text', () => {
  it.each([
    ['paragraphs', '<p>one</p><p>two</p>', 'one\ntwo'],
    ['empty paragraph keeps its line', '<p>one</p><p><br></p><p>two</p>', 'one\n\ntwo'],
    ['br inside a line', '<div>one<br>two</div>', 'one\ntwo'],
    ['trailing br is a placeholder', '<p>one<br></p><p>two</p>', 'one\ntwo'],
    ['double br at the end keeps one empty line', 'one<br><br>', 'one\n'],
    ['inline text around a block', 'one<div>two</div>three', 'one\ntwo\nthree'],
    ['nested blocks', '<blockquote><p>a</p><p>b</p></blockquote><p>c</p>', 'a\nb\nc'],
    ['list items', '<ul><li>a</li><li>b</li></ul>', 'a\nb'],
    ['inline formatting', '<p>not <b>our</b> <i>fault</i></p>', 'not our fault'],
    ['nbsp reads as a space', '<p>a\u00a0b</p>', 'a b'],
    ['zero-width placeholders read as nothing', '<p>a</p><p><span>\ufeff</span><br></p>', 'a\n'],
    ['script and style are not text', '<p>a<style>p{}</style><script>1</script></p>', 'a'],
    ['empty box', '', ''],
    ['empty paragraph only', '<p><br></p>', ''],
  ])('%s', (_name, html, text) => {
    expect(readEditable(box(html)).text).toBe(text);
  });

  it('skips markup indentation only where white-space collapses', () => {
    const html = '<p>a</p>\n    <p>b</p>';
    expect(readEditable(box(html), { collapsesSpace: true }).text).toBe('a\nb');
    expect(readEditable(box('<p>a  b</p>'), { collapsesSpace: true }).text).toBe('a  b');
  });

  it('leaves out editor UI matched by `skip`', () => {
    const el = box('<p><span data-slate-placeholder="true">Type here</span><span data-slate-zero-width="n">\ufeff<br></span></p><p>x</p>');
    expect(readEditable(el, { skip: '[data-slate-placeholder], [data-slate-zero-width]' }).text).toBe('x');
  });

  it('reports ignored spans (quote, signature) at their text offsets', () => {
    const el = box('<p>Hi Sam,</p><blockquote>On Monday you wrote:<br>old text</blockquote><div class="sig">Robin</div>');
    const snap = readEditable(el, { ignore: ['blockquote', '.sig'] });
    expect(snap.text).toBe('Hi Sam,\nOn Monday you wrote:\nold text\nRobin');
    expect(snap.ignore.map((r) => snap.text.slice(r.start, r.end))).toEqual(['On Monday you wrote:\nold text', 'Robin']);
  });
});

describe('readEditable: offset map', () => {
  const html = '<p>Hello <b>big</b> world</p><p><br></p><p>not our fault</p>';

  it('toDomRange covers exactly the characters of text.slice(start, end)', () => {
    const snap = readEditable(box(html));
    const text = snap.text;
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        const slice = text.slice(start, end);
        if (slice.startsWith('\n') || slice.endsWith('\n')) continue; // newlines have no DOM character
        expect(snap.toDomRange(start, end)!.toString().replace(/\n/g, '')).toBe(slice.replace(/\n/g, ''));
      }
    }
  });

  it('fromDomPoint inverts toDomRange, offset 0 included', () => {
    const snap = readEditable(box(html));
    for (let i = 0; i < snap.text.length; i++) {
      if (snap.text[i] === '\n') continue;
      const r = snap.toDomRange(i, i + 1)!;
      expect(snap.fromDomPoint(r.startContainer, r.startOffset)).toBe(i);
    }
  });

  it('maps element points to the next text and rejects points outside', () => {
    const el = box(html);
    const snap = readEditable(el);
    const third = el.children[2];
    expect(snap.fromDomPoint(third, 0)).toBe(snap.text.indexOf('not'));
    expect(snap.fromDomPoint(el, el.childNodes.length)).toBe(snap.text.length);
    expect(snap.fromDomPoint(document.body, 0)).toBeNull();
  });

  it('keeps a text span inside one text node when it can', () => {
    const snap = readEditable(box('<p>ab</p><p>cd</p>'));
    const r = snap.toDomRange(3, 5)!; // "cd"
    expect(r.startContainer).toBe(r.endContainer);
    expect(r.startOffset).toBe(0);
  });
});

describe('adapters', () => {
  it('have unique ids and only `generic` is read-only', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ADAPTERS.filter((a) => !a.canApply).map((a) => a.id)).toEqual(['generic']);
  });

  it.each([
    ['<textarea></textarea>', 'textarea', false],
    ['<div class="ProseMirror" contenteditable="true"></div>', 'prosemirror', false],
    ['<div class="ck-editor__editable" contenteditable="true"></div>', 'ckeditor5', false],
    ['<div class="ql-editor" contenteditable="true"></div>', 'quill', false],
    ['<div data-lexical-editor="true" contenteditable="true"></div>', 'lexical', false],
    ['<div data-slate-editor="true" contenteditable="true"></div>', 'slate', false],
    ['<div class="public-DraftEditor-content" contenteditable="true"></div>', 'draftjs', false],
    ['<div contenteditable="true"></div>', 'generic', false],
    ['<div contenteditable="true"></div>', 'contenteditable', true],
    ['<div class="fr-element" contenteditable="true"></div>', 'generic', true],
  ])('%s → %s (plain known: %s)', (html, id, plainIsKnown) => {
    document.body.innerHTML = html;
    expect(pickAdapter(document.body.firstElementChild as HTMLElement, plainIsKnown).id).toBe(id);
  });

  it('generic refuses to apply', async () => {
    const el = box('<p>x</p>');
    expect(await pickAdapter(el, false).apply(el, 0, 1, 'x', 'y')).toEqual({ ok: false, reason: 'read-only' });
    expect(el.innerHTML).toBe('<p>x</p>');
  });

  it('refuses a stale apply without touching the text', async () => {
    document.body.innerHTML = '<textarea>abc def</textarea>';
    const ta = document.querySelector('textarea')!;
    const adapter = pickAdapter(ta, false);
    expect(await adapter.apply(ta, 4, 7, 'xyz', 'new')).toEqual({ ok: false, reason: 'stale' });
    expect(ta.value).toBe('abc def');
  });
});

describe('beforeinput apply (Slate, CKEditor 5)', () => {
  type Win = Record<string, unknown>;
  const win = () => document.defaultView as unknown as Win;
  const saved: Win = {};
  /** Replaces a constructor on the page's window for one test (happy-dom has no StaticRange; Firefox's DataTransfer is faked). */
  function stub(name: string, value: unknown) {
    if (!(name in saved)) saved[name] = win()[name];
    win()[name] = value;
  }
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) win()[name] = value;
    for (const name of Object.keys(saved)) delete saved[name];
  });
  class StaticRangeStub {
    constructor(init: Record<string, unknown>) {
      Object.assign(this, init);
    }
  }

  /** Like slate-react: the text comes from `dataTransfer` when the event has one, else from `data`; the editor writes it itself. */
  function slateLike(html: string) {
    const el = box(html);
    el.setAttribute('data-slate-editor', 'true');
    const seen: { data: string | null; fromDataTransfer: string | null }[] = [];
    el.addEventListener('beforeinput', (e) => {
      const ev = e as InputEvent;
      const text = ev.dataTransfer ? ev.dataTransfer.getData('text/plain') : (ev.data ?? '');
      seen.push({ data: ev.data, fromDataTransfer: ev.dataTransfer ? text : null });
      ev.preventDefault();
      const range = document.getSelection()!.getRangeAt(0);
      range.deleteContents();
      range.insertNode(document.createTextNode(text));
      el.normalize();
    });
    return { el, seen };
  }

  it('Chromium: the replacement goes in data and in a DataTransfer the page reads', async () => {
    stub('StaticRange', StaticRangeStub);
    const { el, seen } = slateLike('<p>That is not our fault.</p>');
    const adapter = pickAdapter(el, false);
    expect(adapter.id).toBe('slate');
    expect(await adapter.apply(el, 8, 23, 'not our fault.', 'on us.')).toEqual({ ok: true });
    expect(el.textContent).toBe('That is on us.');
    expect(seen).toEqual([{ data: 'on us.', fromDataTransfer: 'on us.' }]);
  });

  it('Firefox: no DataTransfer the page cannot read (an Xray wrapper), so Slate takes the text from data', async () => {
    stub('StaticRange', StaticRangeStub);
    // A content script's DataTransfer in Firefox: an Xray wrapper whose items the page never sees.
    stub(
      'DataTransfer',
      class {
        wrappedJSObject = {};
        setData() {}
        getData() {
          return '';
        }
      },
    );
    const { el, seen } = slateLike('<p>That is not our fault.</p>');
    expect(await pickAdapter(el, false).apply(el, 8, 23, 'not our fault.', 'on us.')).toEqual({ ok: true });
    expect(el.textContent).toBe('That is on us.');
    expect(seen).toEqual([{ data: 'on us.', fromDataTransfer: null }]);
  });
});

describe('caretAfterApply', () => {
  it('selects the first placeholder of the replacement', () => {
    expect(caretAfterApply(10, 'because [reason], we [next step]')).toEqual([18, 26]);
  });
  it('puts the caret after a replacement without placeholder', () => {
    expect(caretAfterApply(0, 'We will')).toEqual([7, 7]);
  });
});
