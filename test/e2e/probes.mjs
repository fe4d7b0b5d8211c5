// Read-only looks into a fixture page, for the end-to-end tests. `probe` runs inside the
// page (page.evaluate / waitForFunction serialize it), so it must stay self-contained:
// no imports, no closures over Node values. It walks the document, every open shadow
// root and every same-origin iframe, because the extension's hook and UI may sit in any
// of them (CKEditor 5: an ancestor of the editable; TinyMCE: the iframe's body;
// shadow-quill: inside a shadow root; the UI: <reply-coach-root> in the top document or
// the iframe's parent document).

/**
 * In-page probe. `op` is one of: hook, ui, highlights, overlay, card, notice, state.
 * Never changes the page.
 * @param {{ op: string, arg?: any }} request
 */
export function probe({ op, arg }) {
  const HOOK = 'data-reply-coach-findings';
  const editor = window.__editor ?? null;
  const editable = editor ? editor.editable : null;
  const quote = document.querySelector('.customer-message');

  /** Parent across shadow roots and out of same-origin iframes. */
  const up = (n) => n.parentNode ?? n.host ?? (n.nodeType === 9 ? n.defaultView?.frameElement ?? null : null);
  const composedContains = (outer, inner) => {
    for (let n = inner; n; n = up(n)) if (n === outer) return true;
    return false;
  };
  /** The document and every open shadow root / same-origin iframe document below it. */
  const allRoots = () => {
    const out = [];
    const visit = (root) => {
      out.push(root);
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
          let doc = null;
          try {
            doc = el.contentDocument;
          } catch {
            doc = null;
          }
          if (doc) visit(doc);
        }
      }
    };
    visit(document);
    return out;
  };
  const where = (node) => {
    const parts = [];
    for (let n = node; n; n = up(n)) {
      if (n.nodeType === 11) parts.push('shadow root');
      if (n.nodeType === 9 && n !== document) parts.push('iframe');
    }
    return parts.length ? ` (in ${parts.join(' in ')})` : '';
  };
  const describe = (el) => {
    if (!el || el.nodeType !== 1) return String(el);
    const cls = [...el.classList].slice(0, 3).map((c) => '.' + c).join('');
    return `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls}>${where(el)}`;
  };
  /** Viewport rect of a frame's content in top-level page coordinates. */
  const frameOffset = (doc) => {
    let x = 0;
    let y = 0;
    for (let frame = doc.defaultView?.frameElement; frame; frame = frame.ownerDocument.defaultView?.frameElement) {
      const r = frame.getBoundingClientRect();
      x += r.left + frame.clientLeft;
      y += r.top + frame.clientTop;
    }
    return { x, y };
  };
  const topRect = (rect, doc) => {
    const o = frameOffset(doc);
    return { x: rect.left + o.x, y: rect.top + o.y, width: rect.width, height: rect.height };
  };
  const isVisible = (el) => {
    if (!el.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    for (let n = el; n && n.nodeType === 1; n = up(n)) {
      const s = getComputedStyle(n);
      if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) return false;
    }
    return true;
  };
  const rcRoots = () => allRoots().flatMap((root) => [...root.querySelectorAll('reply-coach-root')]);
  const normalize = (t) => t.replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '');

  /** Text offset of a DOM point inside the editable (rendered characters before it). */
  const offsetIn = (node, offset) => {
    if (!editable || editable.tagName === 'TEXTAREA' || !composedContains(editable, node)) return null;
    try {
      const r = editable.ownerDocument.createRange();
      r.setStart(editable, 0);
      r.setEnd(node, offset);
      return normalize(r.toString()).length;
    } catch {
      return null;
    }
  };

  const focusInEditor = () => {
    if (!editable) return false;
    let active = document.activeElement;
    // Descend through shadow roots and same-origin iframes to the element that really has focus.
    for (;;) {
      if (!active) return false;
      if (active.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      else if (active.tagName === 'IFRAME' && active.contentDocument?.activeElement) {
        if (!active.contentDocument.hasFocus()) return false;
        active = active.contentDocument.activeElement;
      } else break;
    }
    return active === editable || composedContains(editable, active);
  };

  switch (op) {
    case 'hook': {
      // Every element carrying the hook; the one that holds the editor's editable is "the" hook.
      const replyBox = document.getElementById('reply-box');
      const found = [];
      for (const root of allRoots()) {
        for (const el of root.querySelectorAll(`[${HOOK}]`)) {
          let distance = null;
          if (editable) {
            let steps = 0;
            for (let n = editable; n; n = up(n), steps++) {
              if (n === el) {
                distance = steps;
                break;
              }
            }
          }
          found.push({
            value: el.getAttribute(HOOK),
            element: describe(el),
            holdsEditable: distance !== null,
            /** 0: on the editable itself; n: on its n-th ancestor (across shadow roots and iframes). */
            distance,
            inReplyBox: !!replyBox && composedContains(replyBox, el),
            inQuote: !!quote && composedContains(quote, el),
          });
        }
      }
      const mine = found.find((f) => f.holdsEditable) ?? found[0];
      const value = mine && /^\d+$/.test(mine.value ?? '') ? Number(mine.value) : null;
      return { value, raw: mine ? mine.value : null, element: mine ? mine.element : null, found };
    }
    case 'ui': {
      return rcRoots().map((el) => ({
        element: describe(el),
        inTopDocument: el.ownerDocument === document,
        shadow: el.shadowRoot ? 'open' : 'closed or none',
        children: el.shadowRoot ? el.shadowRoot.childElementCount : 0,
      }));
    }
    case 'highlights': {
      const wins = new Set([window]);
      if (editable) wins.add(editable.ownerDocument.defaultView);
      const ranges = [];
      let registries = 0;
      for (const win of wins) {
        const registry = win?.CSS?.highlights;
        if (!registry) continue;
        for (const [name, highlight] of registry) {
          registries++;
          for (const r of highlight) {
            const doc = r.startContainer.ownerDocument ?? r.startContainer;
            let range;
            try {
              range = doc.createRange();
              range.setStart(r.startContainer, r.startOffset);
              range.setEnd(r.endContainer, r.endOffset);
            } catch {
              ranges.push({ name, stale: true });
              continue;
            }
            const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
            ranges.push({
              name,
              text: normalize(range.toString()),
              collapsed: range.collapsed,
              inEditable: !!editable && composedContains(editable, r.startContainer) && composedContains(editable, r.endContainer),
              inUi: rcRoots().some((ui) => composedContains(ui, r.startContainer)),
              inQuote: !!quote && (composedContains(quote, r.startContainer) || composedContains(quote, r.endContainer) || (doc === document && range.intersectsNode(quote))),
              start: offsetIn(r.startContainer, r.startOffset),
              end: offsetIn(r.endContainer, r.endOffset),
              rect: topRect(rect, doc),
            });
          }
        }
      }
      ranges.sort((a, b) => (a.start ?? 1e9) - (b.start ?? 1e9));
      return { registries, ranges };
    }
    case 'overlay': {
      // Textarea: underline boxes (or a mirror) inside <reply-coach-root>, over the textarea.
      if (!editable) return { marks: [], uiRanges: 0 };
      const box = editable.getBoundingClientRect();
      const marks = [];
      for (const ui of rcRoots()) {
        if (!ui.shadowRoot) continue;
        for (const el of ui.shadowRoot.querySelectorAll('*')) {
          // The card and the counter (its pill, its list) are Reply Coach's UI, not underline marks.
          if (el.closest('[data-rc-card], [data-rc-counter], [data-rc-findings-list]') || ['STYLE', 'LINK', 'SCRIPT', 'TEMPLATE'].includes(el.tagName)) continue;
          const r = el.getBoundingClientRect();
          const inside = r.width > 0 && r.height > 0 && r.left >= box.left - 4 && r.right <= box.right + 4 && r.top >= box.top - 4 && r.bottom <= box.bottom + 4;
          if (!inside || r.width * r.height > 0.5 * box.width * box.height || !isVisible(el)) continue;
          marks.push({ element: describe(el), text: normalize(el.textContent ?? ''), rect: { x: r.left, y: r.top, width: r.width, height: r.height } });
        }
      }
      return { marks };
    }
    case 'card': {
      const cards = rcRoots().flatMap((ui) => (ui.shadowRoot ? [...ui.shadowRoot.querySelectorAll('[data-rc-card]')] : []));
      const card = cards.find(isVisible);
      if (!card) return { open: false, cards: cards.length };
      const text = (sel) => normalize(card.querySelector(sel)?.textContent ?? '').trim();
      const buttons = (sel) =>
        [...card.querySelectorAll(sel)].map((b) => ({ text: normalize(b.textContent ?? '').trim(), attr: b.getAttribute(sel.replace(/^.*\[|\]$/g, '')), label: b.getAttribute('aria-label') }));
      return {
        open: true,
        cards: cards.length,
        inTopDocument: card.ownerDocument === document,
        category: card.querySelector('[data-rc-category]') ? text('[data-rc-category]') : null,
        guideline: card.querySelector('[data-rc-guideline]') ? text('[data-rc-guideline]') : null,
        apply: buttons('button[data-rc-apply]'),
        copy: buttons('button[data-rc-copy]'),
        ignore: card.querySelectorAll('button[data-rc-ignore]').length,
        disableRule: card.querySelectorAll('button[data-rc-disable-rule]').length,
        status: card.querySelector('[data-rc-status]') ? text('[data-rc-status]') : null,
      };
    }
    case 'notice': {
      // Reply Coach's own notices ([data-rc-notice], e.g. "reload this tab" after an update), visible ones only.
      const notices = rcRoots().flatMap((ui) => (ui.shadowRoot ? [...ui.shadowRoot.querySelectorAll('[data-rc-notice]')] : []));
      return notices.filter(isVisible).map((n) => ({ text: normalize((n.querySelector('[data-rc-notice-text]') ?? n).textContent ?? '').trim(), role: n.getAttribute('role') }));
    }
    case 'state': {
      if (!editor) return { ready: false };
      return {
        ready: window.__editorReady === true,
        text: editor.getText(),
        visible: editor.visibleText(),
        caret: editor.caret(),
        selection: editor.selection(),
        focused: focusInEditor(),
        editable: describe(editable),
      };
    }
    case 'targets': {
      // The flagged spans a person could point at: highlight ranges over the editable's text
      // or, for a textarea, the overlay's marks and any highlight range inside the UI root.
      const { ranges } = probe({ op: 'highlights' });
      if (editable && editable.tagName === 'TEXTAREA') {
        const { marks } = probe({ op: 'overlay' });
        const inUi = ranges.filter((x) => x.inUi && !x.collapsed && x.text);
        const value = editable.value;
        const located = (text) => (text && value.indexOf(text) >= 0 && value.indexOf(text) === value.lastIndexOf(text) ? value.indexOf(text) : null);
        return [...inUi, ...marks].map((m) => {
          const start = located(m.text);
          return { kind: m.element ? 'overlay mark' : 'highlight in UI', text: m.text ?? '', start, end: start === null ? null : start + m.text.length, rect: m.rect };
        });
      }
      return ranges.filter((x) => x.inEditable && !x.collapsed && x.text).map((x) => ({ kind: 'highlight', text: x.text, start: x.start, end: x.end, rect: x.rect }));
    }
    default:
      throw new Error(`probe: unknown op ${op} (${JSON.stringify(arg)})`);
  }
}

/** The findings count from `data-reply-coach-findings` anywhere in the page (document, open shadow roots, same-origin iframes); null when absent. */
export async function hookValue(page) {
  return (await page.evaluate(probe, { op: 'hook' })).value;
}

/** Runs one probe op in the page's main frame. */
export function look(page, op, arg) {
  return page.evaluate(probe, { op, arg });
}
