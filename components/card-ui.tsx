/**
 * The card UI as one object (lib/page/card-ui-api.ts): Preact renders the card and the counter's
 * findings list, with their styles. A helpdesk frame gets it injected on first use
 * (entrypoints/card-ui.ts); the try page imports it (entrypoints/try/coach.ts). The card's
 * guideline is looked up here, in the reply's language, with the team's own wording winning.
 */
import { h, render } from 'preact';
import { guidelineText } from '../lib/guidelines/en';
import type { CardView } from '../lib/page/card';
import { CARD_CSS } from '../lib/page/card-styles';
import { CARD_UI_VERSION, type CardUi } from '../lib/page/card-ui-api';
import { CoachCard } from './coach-card';
import { CounterList } from './counter-list';

function cardProps({ guideline, ...view }: CardView) {
  return { ...view, guideline: guidelineText(guideline.id, guideline.own ? { [guideline.id]: guideline.own } : undefined, guideline.lang) };
}

export const cardUi: CardUi = {
  version: CARD_UI_VERSION,
  css: CARD_CSS,
  renderCard: (view, into) => render(view ? h(CoachCard, cardProps(view)) : null, into),
  renderList: (view, into) => render(view ? h(CounterList, view) : null, into),
};
