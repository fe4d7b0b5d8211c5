// Extension updates (issue 10): an update or reload leaves the content script of every open
// helpdesk tab orphaned — its extension context is gone, and every `browser.*` call throws.
// The tab must not throw, must let go of what it drew, and either be coached again by the
// re-injected script (runtime.onInstalled, reason "update") or tell the agent once to reload it.
// These tests reload or restart the extension, so they run after every other in-page test.
import { expectEqual, expectTrue, Failure, show, waitProbe } from './harness.mjs';
import { DEFENSIVE } from './contract.mjs';
import { extensionId, openCardWithKeys, openFixture, typeFlagged, worker } from './hostile.mjs';
import { hookValue, look } from './probes.mjs';

/** What an orphaned tab tells the agent (lib/page/update-notice.ts). */
const NOTICE = 'Reply Coach was updated — reload this tab to keep coaching.';
const MORE = ' Calm down.';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * chrome://extensions with developer mode on: Chromium disables an unpacked extension it
 * reloads while developer mode is off (disable reason "unsupportedDeveloperExtension").
 */
async function extensionsPage(t) {
  const page = await t.newPage();
  t.step('chrome://extensions: developer mode on');
  await page.goto('chrome://extensions/');
  await page.evaluate(() => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
  return page;
}

/** The extension's service worker once it is another than `old` (the extension restarted). */
async function restartedWorker(context, old) {
  for (const until = Date.now() + 10_000; Date.now() < until; await sleep(100)) {
    const sw = context.serviceWorkers().find((w) => w !== old && new URL(w.url()).host === new URL(old.url()).host);
    if (sw) return sw;
  }
  throw new Failure('the extension started no new service worker within 10 s of the restart');
}

/** Types more at the end of the reply with real keys. */
async function typeMore(t, page) {
  t.step(`type ${JSON.stringify(MORE)} at the end of the reply`);
  await page.evaluate(() => window.__editor.focus());
  await page.keyboard.press('End');
  await page.keyboard.type(MORE);
  await waitProbe(page, { op: 'state', predicate: `r.text === ${JSON.stringify(DEFENSIVE + MORE)}`, what: 'the editor holds what was typed', timeout: 3000 });
}

/** The reports the (new) background holds for the tab showing `path`, read as the popup does. */
async function tabReports(t, sw, path) {
  const tabs = await sw.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.find((x) => x.url?.includes(path));
  expectTrue(tab, `the tab showing ${path} is listed`, tabs.map((x) => x.url));
  const popup = await t.newPage();
  await popup.goto(`chrome-extension://${new URL(sw.url()).host}/popup.html?tab=${tab.id}`);
  const reports = await popup.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'popup:get-reports', tabId }), tab.id);
  await popup.close();
  return Object.values(reports?.frames ?? {}).flatMap((frame) => Object.values(frame));
}

function expectNoPageErrors(t, when) {
  expectEqual(t.errorsText(), '', `uncaught errors or console errors in the tab ${when}`);
}

export function registerUpdateTests({ test }) {
  test('update: reloading the extension while a reply is open — no uncaught error, the tab is coached again', async (t) => {
    const page = await openFixture(t, 'contenteditable');
    const targets = await typeFlagged(t, page);
    t.step('open the card with a real Alt+Enter');
    await openCardWithKeys(page, targets[0]);
    await extensionsPage(t);
    const old = worker(page);

    t.step('reload the extension from its service worker (chrome.runtime.reload)');
    await old.evaluate(() => setTimeout(() => chrome.runtime.reload(), 20));
    const sw = await restartedWorker(page.context(), old);
    await waitProbe(page, { op: 'card', predicate: '!r.open', what: 'the card the old instance had open is gone once the extension reloaded', timeout: 5000 });

    await typeMore(t, page);
    await waitProbe(page, { op: 'hook', predicate: 'r.value >= 2', what: 'the new finding is flagged: coaching goes on after the reload', timeout: 5000 });
    const reports = await tabReports(t, sw, '/contenteditable.html');
    const flagged = reports.flatMap((r) => r.findings).filter((f) => f.severity !== 'info');
    expectTrue(flagged.length >= 2, 'the reloaded background has the tab’s report again (popup and badge see both findings)', reports);
    const ui = await look(page, 'ui');
    expectEqual(ui.length, 1, `<reply-coach-root> elements on the page (the old instance's host is removed): ${show(ui)}`);
    expectEqual((await look(page, 'notice')).length, 0, 'notices shown (coaching resumed, nothing to reload)');
    t.step('Alt+Enter opens the card of the new instance');
    const [first] = await waitProbe(page, { op: 'targets', predicate: 'r.length > 0', what: 'highlights over the flagged words again', timeout: 3000 });
    await openCardWithKeys(page, first);
    expectNoPageErrors(t, 'during and after the reload');
  });

  test('update: a tab nothing re-injects into is told once to reload, and nothing throws', async (t) => {
    const page = await openFixture(t, 'contenteditable');
    await typeFlagged(t, page);
    const ext = await extensionsPage(t);
    const old = worker(page);
    const id = extensionId(page);

    t.step('turn the extension off and on again on chrome://extensions (not an update: nothing re-injects)');
    await ext.evaluate(async (id) => {
      await chrome.management.setEnabled(id, false);
      await chrome.management.setEnabled(id, true);
    }, id);
    await restartedWorker(page.context(), old);

    await typeMore(t, page);
    const notices = await waitProbe(page, {
      op: 'notice',
      predicate: 'r.length > 0',
      what: 'the orphaned tab shows a notice inside <reply-coach-root> once the agent types',
      timeout: 5000,
      explain: async () => `<reply-coach-root> elements: ${show(await look(page, 'ui'))}; hook: ${await hookValue(page)}`,
    });
    expectEqual(notices.map((n) => n.text).join(' | '), NOTICE, 'the notice');
    await t.shot(page, 'update-notice');
    const { ranges } = await look(page, 'highlights');
    expectEqual(ranges.length, 0, `highlight ranges left on the page by the orphaned instance: ${show(ranges)}`);
    expectEqual(await hookValue(page), null, 'data-reply-coach-findings once the instance let go');

    t.step('type again: still one notice, and the text is the agent’s');
    await page.keyboard.type(' Thanks.');
    await sleep(800);
    expectEqual((await look(page, 'notice')).length, 1, 'notices after more typing (told once)');
    expectEqual((await look(page, 'state')).text, `${DEFENSIVE}${MORE} Thanks.`, 'the reply text');
    expectNoPageErrors(t, 'after the restart');
  });
}
