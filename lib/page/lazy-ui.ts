/**
 * The card UI, loaded the first time something asks to draw it: the card and the counter's
 * findings list render through these functions, which inject the card UI bundle on first use
 * (`load`: the background runs entrypoints/card-ui.ts in this frame's world) and draw the latest
 * view asked for meanwhile. Until then nothing of them is on screen, so clearing is only
 * forgetting what was asked. A load that fails (injection refused, the extension went away) is
 * tried again at the next draw: that only happens when the agent opens a card or the list.
 */
import type { CardRenderer, CardView } from './card';
import type { CardUi, ListRenderer } from './card-ui-api';
import type { CounterView } from './counter';
import { addUiStyles } from './ui-root';

export interface LazyUi {
  renderCard: CardRenderer;
  renderList: ListRenderer;
  /** Resolves once the card UI is in and what was asked meanwhile is drawn (false: it could not load). */
  ready(): Promise<boolean>;
  /** Whether a draw is waiting for the card UI to load. */
  readonly pending: boolean;
}

type Asked = { card: CardView } | { list: CounterView };

/** What a card UI needs before it draws: its styles in this document's UI root. */
export function installCardUi(ui: CardUi): void {
  addUiStyles('card', ui.css);
}

/**
 * `load` injects and returns the card UI; `install` runs once when it arrives (adds its styles
 * to the UI root) before anything is drawn.
 */
export function lazyUi(load: () => Promise<CardUi | undefined>, install: (ui: CardUi) => void): LazyUi {
  let ui: CardUi | undefined;
  let loading: Promise<boolean> | undefined;
  const asked = new Map<HTMLElement, Asked>();

  const start = (): Promise<boolean> =>
    (loading ??= load().then(
      (got) => {
        if (!got) throw new Error('card UI missing');
        install(got);
        ui = got;
        for (const [into, what] of asked) {
          if ('card' in what) got.renderCard(what.card, into);
          else got.renderList(what.list, into);
        }
        asked.clear();
        return true;
      },
    ).catch(() => {
      loading = undefined;
      asked.clear();
      return false;
    }));

  const ask = (into: HTMLElement, what: Asked | null) => {
    if (!what) asked.delete(into);
    else {
      asked.set(into, what);
      void start();
    }
  };

  return {
    renderCard(view, into) {
      if (ui) ui.renderCard(view, into);
      else ask(into, view && { card: view });
    },
    renderList(view, into) {
      if (ui) ui.renderList(view, into);
      else ask(into, view && { list: view });
    },
    ready: () => (ui ? Promise.resolve(true) : (loading ?? Promise.resolve(false))),
    get pending() {
      return !ui && asked.size > 0;
    },
  };
}
