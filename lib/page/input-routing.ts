/**
 * Keyboard and pointer input to the card: hovering an underline opens it, Alt+Enter opens it
 * at the caret, Escape closes it, Tab moves into it, a press elsewhere or typing closes it.
 * Alt+Shift+. and Alt+Shift+, step to the next and previous finding. They are also the default
 * keys of the manifest's commands (relayed by the background); handling them here as well keeps
 * the steps working where the command does not reach the page (a binding the agent removed).
 *
 * Only a person opens the card or acts on it: script-made events (`isTrusted` false) are
 * ignored here, and inside the card's shadow root (ui-root.ts guardUi) before any handler.
 */
import type { ReplyBox } from './box';
import type { Card } from './card';
import { whileValid, type PageContext } from './context';
import { stepFinding, type StepDirection } from './finding-steps';
import { firstCardButton } from './focus';
import { uiRoot } from './ui-root';

export interface InputRouting {
  /** Listens for keys and presses in `doc` (once per document, again once its content was rewritten). */
  listenDocument(doc: Document): void;
  /** Listens for the pointer and typing on `box` until it or the coach goes away. */
  listenBox(box: ReplyBox): void;
}

export function routeInput(context: PageContext, signal: AbortSignal, card: Card, boxOf: (target: EventTarget | undefined) => ReplyBox | undefined): InputRouting {
  /** Documents listened to, with the root element they had then: document.open/write drops a document's listeners. */
  const docs = new WeakMap<Document, Element | null>();
  const keyDown = whileValid(context, onKeyDown);
  const pointerDown = whileValid(context, onPointerDown);

  function onKeyDown(e: KeyboardEvent): void {
    if (!e.isTrusted || e.isComposing || e.keyCode === 229) return;
    const box = boxOf(e.composedPath()[0]);
    if (!box) return;
    if (e.key === 'Enter' && e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      const caret = box.caret();
      const key = caret == null ? null : box.findingAt(caret);
      if (!key) return;
      e.preventDefault();
      e.stopPropagation();
      card.open(box, key, 'keyboard');
      return;
    }
    const step = stepKey(e);
    if (step) {
      e.preventDefault();
      e.stopPropagation();
      stepFinding(box, card, step);
      return;
    }
    const open = card.current;
    if (!open || open.box !== box) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      card.close(false);
    } else if (e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
      // The card is open: Tab moves into it (the only way focus ever enters it).
      const enter = () => {
        const first = firstCardButton(uiRoot().cards);
        if (!first) return;
        open.saved = box.saveSelection();
        // Focus in the card keeps it open as if Alt+Enter had opened it (Tab cycles inside it).
        open.via = 'keyboard';
        first.focus();
      };
      const drawing = card.drawing;
      if (!drawing && !firstCardButton(uiRoot().cards)) return;
      e.preventDefault();
      e.stopPropagation();
      // The first card of the page waits for the card UI to load: Tab enters it once it is drawn.
      if (drawing) void card.drawn().then(() => card.current === open && enter());
      else enter();
    }
  }

  /** A press anywhere but on the card closes it (the selection is left as the press makes it). */
  function onPointerDown(e: Event): void {
    if (!card.current || !e.isTrusted) return;
    const inCard = e.composedPath().some((n) => n === uiRoot().host);
    if (!inCard) card.close(false);
  }

  return {
    listenDocument(doc) {
      if (docs.has(doc) && docs.get(doc) === doc.documentElement) return;
      docs.set(doc, doc.documentElement);
      // The same functions again: a no-op where the listeners survived.
      doc.addEventListener('keydown', keyDown, { capture: true, signal });
      doc.addEventListener('pointerdown', pointerDown, { capture: true, passive: true, signal });
    },

    listenBox(box) {
      const scope = { signal: AbortSignal.any([signal, box.signal]) };
      const el = box.el;
      el.addEventListener(
        'mousemove',
        whileValid(context, (e: MouseEvent) => e.isTrusted && card.pointAt(box, box.highlighter.hitTest(e.clientX, e.clientY))),
        { passive: true, ...scope },
      );
      el.addEventListener('mouseleave', whileValid(context, (e: MouseEvent) => e.isTrusted && card.leave(box)), { passive: true, ...scope });
      // Typing closes the card (our own apply is busy and keeps it).
      el.addEventListener('beforeinput', whileValid(context, () => card.current?.box === box && !card.current.busy && card.close(false)), scope);
    },
  };
}

/** Alt+Shift+. / Alt+Shift+, (by physical key: Shift and Alt change the character) as a step. */
function stepKey(e: KeyboardEvent): StepDirection | null {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  return e.code === 'Period' ? 'next' : e.code === 'Comma' ? 'previous' : null;
}
