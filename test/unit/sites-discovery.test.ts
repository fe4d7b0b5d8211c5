// @vitest-environment happy-dom
/** The pure parts of reply-box discovery: which element stands for a box, the send-button heuristic. */
import { afterEach, describe, expect, it } from 'vitest';
import { nearSendButton, resolveBox } from '../../lib/page/discovery';

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
    ['<div><input id="e"><button>Search</button></div>', false],
    ['<div><textarea id="e"></textarea><button>Sender settings</button></div>', false],
  ])('%s → %s', (html, expected) => {
    document.body.innerHTML = html;
    expect(nearSendButton(document.getElementById('e')!)).toBe(expected);
  });
});
