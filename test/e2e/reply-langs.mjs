// Replies in French, Swedish and Traditional Chinese, typed with real keys into real editors
// (issue 14): each is checked with its own language's pack, and the card shows that language's
// finding — message, rewrites and guideline text in the reply's language — while the card's own
// buttons stay in the UI language (the browser's English here). Apply puts the language's rewrite
// into the editor.
//
//   registerReplyLangTests(registry)   for test/e2e/run.mjs (tests named "reply lang: …")
import { expectEqual, expectTrue, Failure, waitProbe } from './harness.mjs';
import { openFixture } from './hostile.mjs';
import { caretAt, flagged, typeReply } from './card-keys.mjs';

/** One reply per language, in an editor of its own; `flagged`: the words a rule flags in it. */
const REPLIES = [
  {
    lang: 'fr',
    editor: 'prosemirror',
    text: 'Bonjour Madame Roux, merci pour votre message. Nous ne pouvons pas rembourser cette commande.',
    flagged: 'Nous ne pouvons pas rembourser cette commande.',
    // Accented letters or words only French writes.
    own: /[éèàçê]|\b(?:vous|votre|nous|mais|car)\b/iu,
  },
  {
    lang: 'sv',
    editor: 'lexical',
    text: 'Hej Anna, tack för ditt mejl. Vi kan inte återbetala beställningen.',
    flagged: 'Vi kan inte återbetala beställningen.',
    own: /[åäö]|\b(?:och|att|inte|kunden)\b/iu,
  },
  {
    lang: 'zh',
    editor: 'textarea',
    text: '王先生您好，謝謝您的來信。我們無法退款。',
    flagged: '我們無法退款。',
    own: /\p{Script=Han}/u,
  },
];

/** What the open card says: its message, guideline text, rewrites and its own buttons' words. */
const readCard = (page) =>
  page.evaluate(() => {
    const c = document.querySelector('reply-coach-root')?.shadowRoot?.querySelector('[data-rc-card]');
    if (!c) return null;
    return {
      message: c.querySelector('.rc-message')?.textContent ?? '',
      guideline: c.querySelector('[data-rc-guideline-text]')?.textContent ?? '',
      rewrites: [...c.querySelectorAll('button[data-rc-apply]')].map((b) => b.getAttribute('data-rc-apply')),
      ignore: c.querySelector('button[data-rc-ignore]')?.textContent ?? null,
    };
  });

export function registerReplyLangTests({ test }) {
  for (const r of REPLIES) {
    test(`reply lang: a ${r.lang} reply in ${r.editor} gets its language's finding and rewrite, the card's buttons stay in the UI's English, Apply writes it`, async (t) => {
      const page = await openFixture(t, r.editor);
      await typeReply(t, page, r.text);
      const spans = await flagged(t, page, 1);
      const start = r.text.indexOf(r.flagged);
      const span = spans.find((s) => s.start <= start && s.end >= start + r.flagged.length - 1);
      expectTrue(span, `the ${r.lang} refusal is highlighted`, spans);

      t.step('open its card with real keys (caret in the flagged words, Alt+Enter)');
      await caretAt(page, start + 2);
      await page.keyboard.press('Alt+Enter');
      await waitProbe(page, { op: 'card', predicate: 'r.open', what: 'Alt+Enter opens the card', timeout: 3000 });
      const card = await readCard(page);
      if (!card) throw new Failure('the card closed before it could be read');
      expectTrue(r.own.test(card.message), `the finding's message is written in ${r.lang}`, card.message);
      expectTrue(r.own.test(card.guideline), `the guideline's text is written in ${r.lang}`, card.guideline);
      expectTrue(card.rewrites.length > 0 && card.rewrites.every((s) => r.own.test(s)), `the rewrites are written in ${r.lang}`, card.rewrites);
      expectEqual(card.ignore, 'Ignore here', "the card's own button, in the UI language (the browser's English)");
      await t.shot(page, `reply-lang-${r.lang}`);

      t.step('Apply the first rewrite (a real click)');
      const rewrite = card.rewrites[0];
      await page.locator('reply-coach-root').locator('button[data-rc-apply]').first().click();
      const state = await waitProbe(page, { op: 'state', predicate: `r.text.includes(${JSON.stringify(rewrite)})`, what: `the editor holds the ${r.lang} rewrite`, timeout: 4000 });
      expectTrue(state.text.startsWith(r.text.slice(0, start)), 'the words before the flagged sentence are untouched', state.text);
    });
  }
}
