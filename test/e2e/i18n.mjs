// The language of Reply Coach's own UI (issue 14): the agent picks Français in the options page's
// "Language of Reply Coach" select; the card already open in a helpdesk tab and the popup speak
// French at once, with no reload; back to Automatic (browser), both speak the browser's English.
//
//   registerI18nTests(registry)   for test/e2e/run.mjs (tests named "i18n: …")
import { expectEqual, expectTrue, Failure, show } from './harness.mjs';
import { extensionId, openFixture, typeFlagged, worker } from './hostile.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the open card shows, read in its shadow root (open in the e2e build); null when closed. */
const readCard = (page) =>
  page.evaluate(() => {
    const c = document.querySelector('reply-coach-root')?.shadowRoot?.querySelector('[data-rc-card]');
    if (!c) return null;
    return {
      category: c.querySelector('[data-rc-category]')?.textContent ?? null,
      ignore: c.querySelector('button[data-rc-ignore]')?.textContent ?? null,
      disable: c.querySelector('button[data-rc-disable-rule]')?.textContent ?? null,
      close: c.querySelector('.rc-close')?.getAttribute('aria-label') ?? null,
    };
  });

/** Caret into "fault" of the flagged reply, then Alt+Enter (real keys); waits for the card. */
async function openCard(page) {
  await page.bringToFront();
  await page.evaluate(() => {
    const el = document.activeElement instanceof HTMLTextAreaElement ? document.activeElement : document.querySelector('textarea');
    el.focus();
    const at = el.value.indexOf('fault') + 2;
    el.setSelectionRange(at, at);
  });
  await page.keyboard.press('Alt+Enter');
  await page.locator('reply-coach-root').locator('[data-rc-card]').waitFor({ timeout: 5000 });
}

/** Waits until `read()` satisfies `ready`; fails with what it read last. */
async function waitFor(read, ready, what, timeout = 6000) {
  let seen = null;
  for (const until = Date.now() + timeout; Date.now() < until; await sleep(150)) {
    seen = await read();
    if (ready(seen)) return seen;
  }
  throw new Failure(`${what} — not within ${timeout} ms\n  it shows: ${show(seen)}`);
}

/** The popup over `page`, in a background tab so its `tabs.query({ active: true })` finds the fixture. */
async function openPopup(t, page) {
  const popup = await t.newPage();
  await page.bringToFront();
  await popup.goto(`chrome-extension://${extensionId(page)}/popup.html`);
  return popup;
}

const readPopup = (popup) =>
  popup.evaluate(() => ({
    lang: document.documentElement.lang,
    section: document.querySelector('#rc-findings-title')?.textContent ?? null,
    buttons: [...document.querySelectorAll('.rc-main .rc-suggestion button')].map((b) => b.textContent),
    footer: document.querySelector('.rc-footer__note')?.textContent ?? null,
  }));

/** Picks `value` in the options page's language select, as the agent does. */
async function pickLanguage(options, value) {
  await options.bringToFront();
  await options.selectOption('#ui-locale', value);
  await waitFor(
    () => worker(options).evaluate(() => chrome.storage.local.get('uiLocale')),
    (s) => s.uiLocale === value,
    `the options page saves uiLocale = ${value}`,
  );
}

export function registerI18nTests({ test }) {
  test('i18n: Français in the options reaches the open card and the popup at once; Automatic brings the browser’s English back', async (t) => {
    const page = await openFixture(t, 'textarea');
    await typeFlagged(t, page);
    t.step('open the card on "fault": English, the browser’s language');
    await openCard(page);
    const english = await readCard(page);
    expectEqual(english?.ignore, 'Ignore here', 'the card’s Ignore button, in English');

    const options = await t.newPage();
    await options.goto(`chrome-extension://${extensionId(page)}/options.html`);
    await options.waitForSelector('#ui-locale', { timeout: 10_000 });
    const languages = await options.evaluate(() => navigator.languages.join(', '));
    expectTrue(/^en\b/.test(languages), 'this test expects an English browser (Automatic means English here)', languages);
    try {
      t.step('pick Français in "Language of Reply Coach"');
      await pickLanguage(options, 'fr');
      const title = await waitFor(
        () => options.evaluate(() => document.querySelector('#language-title')?.textContent ?? null),
        (s) => s === 'Langue',
        'the options page itself switches to French',
      );
      expectEqual(title, 'Langue', 'the options page’s language section, in French');

      t.step('the card in the helpdesk tab, worded again in French');
      await page.bringToFront();
      if (!(await readCard(page))) await openCard(page);
      const french = await waitFor(() => readCard(page), (c) => c?.ignore === 'Ignorer ici', 'the open card speaks French');
      expectEqual(french.category, 'Sur la défensive', 'the category is named in French');
      expectEqual(french.disable, 'Désactiver pour vous, sur tous les sites', 'Turn off, in French');
      expectEqual(french.close, 'Fermer', 'the close button’s name, in French');
      await t.shot(page, 'i18n-card-fr');

      t.step('the popup over the tab, in French');
      const popup = await openPopup(t, page);
      const view = await waitFor(() => readPopup(popup), (v) => v.section !== null, 'the popup shows the reply’s findings');
      expectEqual(view.section, 'À reformuler', 'the findings section, in French');
      expectEqual(view.lang, 'fr', 'the popup’s document language');
      expectTrue(view.buttons.includes('Appliquer'), 'the rewrites offer Appliquer', view);
      expectEqual(view.footer, 'Confidentiel\u00a0: vos réponses ne quittent jamais le navigateur.', 'the popup’s footer, in French');
      await popup.close();

      t.step('back to Automatic (browser)');
      await pickLanguage(options, 'auto');
      await page.bringToFront();
      if (!(await readCard(page))) await openCard(page);
      const back = await waitFor(() => readCard(page), (c) => c?.ignore === 'Ignore here', 'the open card speaks English again');
      expectEqual(back.category, 'Defensive', 'the category is named in English again');
      const again = await openPopup(t, page);
      const popupBack = await waitFor(() => readPopup(again), (v) => v.section !== null, 'the popup shows the reply’s findings');
      expectEqual(popupBack.section, 'To reword', 'the popup speaks English again');
      expectTrue(popupBack.buttons.includes('Apply'), 'the rewrites offer Apply', popupBack);
    } finally {
      await worker(page).evaluate(() => chrome.storage.local.remove('uiLocale'));
    }
  });
}
