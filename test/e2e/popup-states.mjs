// The popup's states over a real tab (issue 13): an empty reply box gets the friendly state (no
// score), a page without a reply box says why, and a paused site offers Resume, which coaches
// the reply again; a tab that loaded while paused asks for a reload after Resume, and the reload
// coaches it. The popup page is opened in a background tab with the fixture tab active, as
// churn.mjs does, so its `tabs.query({ active: true })` finds the fixture.
import { expectEqual, expectTrue, Failure, show, waitProbe } from './harness.mjs';
import { CLEAN } from './contract.mjs';
import { extensionId, openFixture, typeFlagged, worker } from './hostile.mjs';

const HOST = '127.0.0.1';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the popup over `page` (kept open: its view follows the tab's live reports). */
async function openPopup(t, page) {
  const id = extensionId(page);
  const popup = await t.newPage();
  await page.bringToFront();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup
    .waitForFunction(() => !document.querySelector('.rc-loading') && document.querySelector('.rc-main')?.children.length, undefined, { timeout: 8000 })
    .catch(async () => {
      throw new Failure(`the popup did not finish loading within 8 s\n  it shows: ${show(await popup.evaluate(() => document.body.innerText).catch((e) => e.message))}`);
    });
  return popup;
}

/** What the popup shows now: its state's heading, whether a score is drawn, its buttons and text. */
const readPopup = (popup) =>
  popup.evaluate(() => ({
    heading: document.querySelector('.rc-main h2')?.textContent ?? null,
    score: Boolean(document.querySelector('.rc-score__dial')),
    checklist: document.querySelectorAll('.rc-check').length,
    buttons: [...document.querySelectorAll('.rc-main button')].map((b) => b.textContent),
    text: document.querySelector('.rc-main')?.textContent ?? '',
  }));

/** Waits until the popup's view satisfies `ready(view)`; fails with what it showed last. */
async function waitPopup(popup, ready, what, timeout = 6000) {
  let view = null;
  for (const until = Date.now() + timeout; Date.now() < until; await sleep(150)) {
    view = await readPopup(popup);
    if (ready(view)) return view;
  }
  throw new Failure(`${what} — not within ${timeout} ms\n  the popup shows: ${show(view)}`);
}

const disabledSites = async (page) => (await worker(page).evaluate(() => chrome.storage.local.get('disabledSites'))).disabledSites ?? [];

export function registerPopupStateTests({ test }) {
  test('popup state: over an empty reply box, the friendly state and no score; typing brings the report', async (t) => {
    const page = await openFixture(t, 'textarea');
    t.step('open the popup before anything is typed');
    const popup = await openPopup(t, page);
    const empty = await waitPopup(popup, (v) => v.heading === 'Start writing — Reply Coach checks as you type', 'the popup shows the empty-reply state');
    expectTrue(!empty.score && empty.checklist === 0, 'no score and no checklist for an empty reply', empty);

    t.step('type a clean reply in the tab; the open popup follows');
    await page.bringToFront();
    await page.evaluate(() => window.__editor.focus());
    await page.keyboard.type(CLEAN);
    const checked = await waitPopup(popup, (v) => v.score, 'the popup shows a score once the reply has words');
    expectTrue(!checked.text.includes('Start writing'), 'the empty-reply state is gone', checked);
  });

  test('popup state: over a fixture page with no reply box, says none was found and why', async (t) => {
    const page = await t.newPage();
    await page.goto(`${t.origin}/index.html`);
    const popup = await openPopup(t, page);
    const view = await waitPopup(popup, (v) => v.heading === 'No reply box found on this page', 'the popup says no reply box was found');
    expectTrue(view.text.includes(`On ${HOST} Reply Coach looks for a large text box next to a Send button`), 'the popup says what it looks for on this host', view);
    expectTrue(!view.score, 'no score without a reply box', view);
    expectEqual(view.buttons.join(' | '), 'Open site settings', 'the action the no-box state offers');
  });

  test('popup state: a paused site shows Resume, and Resume coaches the reply again', async (t) => {
    const page = await openFixture(t, 'textarea');
    await typeFlagged(t, page);
    t.step('pause the site from the popup’s switch');
    let popup = await openPopup(t, page);
    await waitPopup(popup, (v) => v.score, 'the popup shows the flagged reply’s score');
    // The switch is a transparent checkbox over its drawn track: click its label, as a person does.
    await popup.locator('label.rc-toggle', { hasText: `Coach on ${HOST}` }).click();
    await waitPopup(popup, (v) => v.heading === `Coaching is paused on ${HOST}`, 'the popup shows the site paused');
    await waitProbe(page, { op: 'hook', predicate: 'r.value == null', what: 'the paused box carries no findings count', timeout: 4000 });
    expectEqual(show(await disabledSites(page)), show([HOST]), 'the site is stored as paused');
    await popup.close();

    t.step('open the popup again: paused, with Resume');
    popup = await openPopup(t, page);
    const paused = await waitPopup(popup, (v) => v.heading === `Coaching is paused on ${HOST}`, 'a popup opened later shows the site paused');
    expectEqual(paused.buttons.join(' | '), 'Resume', 'the paused state’s action');
    expectTrue(!paused.score, 'no score while paused', paused);

    t.step('Resume');
    await popup.getByRole('button', { name: 'Resume' }).click();
    const back = await waitPopup(popup, (v) => v.score && v.text.includes('To reword'), 'after Resume the popup shows the reply’s findings again');
    expectTrue(!back.buttons.includes('Reload tab'), 'a running coach needs no reload', back);
    await waitProbe(page, { op: 'hook', predicate: 'r.value >= 1', what: 'the box is flagged again after Resume', timeout: 5000 });
    expectEqual(show(await disabledSites(page)), show([]), 'the site is no longer stored as paused');
  });

  test('popup state: a tab loaded while its site was paused asks for a reload after Resume, and the reload coaches it', async (t) => {
    const blank = await t.newPage();
    await blank.goto(`${t.origin}/index.html`);
    await worker(blank).evaluate((host) => chrome.storage.local.set({ disabledSites: [host] }), HOST);
    const page = await openFixture(t, 'textarea');
    await blank.close();
    const popup = await openPopup(t, page);
    await waitPopup(popup, (v) => v.heading === `Coaching is paused on ${HOST}`, 'the popup shows the site paused (known from the tab’s address)');

    t.step('Resume: the coach never started in this tab, so the popup asks for a reload');
    await popup.getByRole('button', { name: 'Resume' }).click();
    await waitPopup(popup, (v) => v.heading === `Coaching is back on for ${HOST}` && v.buttons.includes('Reload tab'), 'the popup asks for a reload');

    t.step('Reload tab, then type a flagged reply');
    const reloaded = page.waitForEvent('load', { timeout: 10_000 });
    await popup.getByRole('button', { name: 'Reload tab' }).click();
    await reloaded;
    await page.waitForFunction(() => window.__editorReady === true, undefined, { timeout: 15_000, polling: 100 });
    await page.bringToFront();
    await typeFlagged(t, page);
  });
}
