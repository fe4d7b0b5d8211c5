// Iframe churn and reloads (issue 10, "A long day"): a helpdesk opens and closes ticket iframes
// all day — some from its own origin (the top frame's coach watches those), some from another
// origin (each runs its own coach) — and reloads while a check is under way. Afterwards the
// badge counts exactly the flagged findings of the reply boxes still on the page, and the popup
// lists exactly those boxes: no report outlives its frame or its document.
import { Failure, show } from './harness.mjs';
import { CLEAN } from './contract.mjs';
import { mountLater } from './pages.mjs';
import { extensionId } from './hostile.mjs';

/** Two flagged findings (a defensive phrase and a condescending one). */
const FLAGGED = 'That is not our fault. Calm down.';
/** How long late messages get to arrive before the badge is compared. */
const SETTLE_MS = 1200;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The same fixture server under another host name: a cross-origin ticket iframe. */
export const otherOrigin = (origin) => origin.replace('//127.0.0.1:', '//localhost:');

/** Mounts a reply form with textareas `ids` in the top document, and waits for it. */
async function mountBoxes(page, ids) {
  await mountLater(page, ids, 0);
  await page.waitForSelector(`#${ids.at(-1)}`);
}

/** Adds a ticket iframe (the textarea fixture) from `src`; resolves once its editor is ready. */
async function addTicket(page, id, src) {
  await page.evaluate(
    ([id, src]) =>
      new Promise((resolve) => {
        const frame = document.createElement('iframe');
        frame.id = id;
        frame.src = src;
        frame.style.cssText = 'width:700px;height:420px;display:block';
        frame.addEventListener('load', () => resolve(), { once: true });
        document.body.append(frame);
      }),
    [id, src],
  );
  const frame = await (await page.$(`#${id}`)).contentFrame();
  await frame.waitForSelector('#reply', { timeout: 10_000 });
  return frame;
}

/** Types `text` into the box `selector` with real keys (in the top document or a ticket frame). */
async function typeInto(scope, page, selector, text) {
  await scope.locator(selector).click();
  await page.keyboard.type(text);
}

/** Every coached box on the page, in every frame (cross-origin ones too): where it is and its hook. */
export async function liveBoxes(page) {
  const out = [];
  for (const frame of page.frames()) {
    const hooks = await frame
      .evaluate(() => [...document.querySelectorAll('[data-reply-coach-findings]')].map((el) => ({ id: el.id, value: Number(el.getAttribute('data-reply-coach-findings')) })))
      .catch(() => []);
    for (const h of hooks) out.push({ frame: frame === page.mainFrame() ? 'top' : new URL(frame.url()).host, ...h });
  }
  return out;
}

/** Waits until the boxes on the page satisfy `ready(boxes)`. */
async function waitBoxes(page, ready, what) {
  const until = Date.now() + 6000;
  let boxes = [];
  for (; Date.now() < until; await sleep(150)) {
    boxes = await liveBoxes(page);
    if (ready(boxes)) return boxes;
  }
  throw new Failure(`${what} — not within 6 s\n  boxes seen: ${show(boxes)}`);
}

/**
 * The popup as the agent opens it over the tab: the popup page in a background tab, with the
 * fixture tab active, so its `tabs.query({ active: true })` finds the fixture. Returns how many
 * reply boxes it lists (its box picker, or one report, or the empty state), the tab's badge
 * and the reports the background holds, all read from the popup page (the service worker may
 * have been stopped: the popup's question wakes it).
 */
async function popupView(t, page, id) {
  const url = page.url();
  const popup = await t.newPage();
  await page.bringToFront();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.waitForFunction(() => !document.querySelector('.rc-loading') && document.querySelector('.rc-main')?.children.length, undefined, { timeout: 5000 });
  const listed = await popup.evaluate(() => document.querySelectorAll('#rc-box option').length || (document.querySelector('.rc-score') ? 1 : 0));
  const seen = await popup.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((x) => x.url === url);
    if (!tab) return null;
    const fetched = await chrome.runtime.sendMessage({ type: 'popup:get-reports', tabId: tab.id });
    return { badge: await chrome.action.getBadgeText({ tabId: tab.id }), fetched };
  }, url);
  await popup.close();
  await page.bringToFront();
  if (!seen) throw new Failure(`no tab shows ${url}`);
  const reports = Object.entries(seen.fetched?.frames ?? {}).flatMap(([frameId, boxes]) =>
    Object.values(boxes).map((r) => ({ frameId: Number(frameId), boxId: r.boxId, flagged: r.findings.filter((f) => f.severity !== 'info').length })),
  );
  return { listed, badge: seen.badge, reports };
}

/**
 * Compares the badge and the popup with the boxes on the page. A mismatch is recorded as a
 * problem: the test goes on, so one run shows every stale or missing report.
 */
async function expectMatch(t, page, id, when) {
  await sleep(SETTLE_MS);
  const boxes = await liveBoxes(page);
  const flagged = boxes.reduce((n, b) => n + b.value, 0);
  const { listed, badge, reports } = await popupView(t, page, id);
  const wantBadge = flagged ? String(flagged) : '';
  const wrong = [];
  if (badge !== wantBadge) wrong.push(`the badge says ${show(badge)}, the boxes on the page have ${flagged} flagged finding(s) (want ${show(wantBadge)})`);
  if (listed !== boxes.length) wrong.push(`the popup lists ${listed} reply box(es), the page has ${boxes.length}`);
  if (wrong.length) t.problem(`${when}: ${wrong.join('; ')}\n    boxes on the page: ${show(boxes)}\n    background reports: ${show(reports)}`);
}

/** Stops the extension's service worker, as Chromium does when it has been idle (its ports close). */
export async function stopWorker(page, id) {
  const cdp = await page.context().browser().newBrowserCDPSession();
  const prefix = `chrome-extension://${id}/`;
  const workers = async () => (await cdp.send('Target.getTargets')).targetInfos.filter((x) => x.type === 'service_worker' && x.url.startsWith(prefix));
  for (const sw of await workers()) await cdp.send('Target.closeTarget', { targetId: sw.targetId });
  for (const until = Date.now() + 5000; (await workers()).length; await sleep(100)) {
    if (Date.now() > until) throw new Failure('the service worker did not stop within 5 s');
  }
  await cdp.detach();
}

export function registerChurnTests({ test }) {
  test(
    'churn: ticket iframes come and go and the tab reloads mid-check — the badge and the popup match the boxes on the page',
    async (t) => {
      const page = await t.newPage();
      // Read once: the service worker this comes from is stopped further down.
      const id = extensionId(page);
      const url = `${t.origin}/index.html?churn=1`;
      await page.goto(url);
      const cross = `${otherOrigin(t.origin)}/textarea.html?noquote=1`;
      const same = `${t.origin}/textarea.html?noquote=1`;

      t.step('two reply boxes in the page, two cross-origin ticket iframes and one same-origin one');
      await mountBoxes(page, ['main', 'side']);
      const a = await addTicket(page, 'ticket-a', cross);
      const b = await addTicket(page, 'ticket-b', cross);
      const c = await addTicket(page, 'ticket-c', same);
      t.step('type a flagged reply in every box');
      await typeInto(page, page, '#main', FLAGGED);
      await typeInto(page, page, '#side', FLAGGED);
      for (const frame of [a, b, c]) await typeInto(frame, page, '#reply', FLAGGED);
      await waitBoxes(page, (boxes) => boxes.length === 5 && boxes.every((x) => x.value >= 1), 'five coached boxes (two in the page, one per ticket), each flagged');
      await expectMatch(t, page, id, 'with every ticket open');

      t.step('close one cross-origin ticket and the same-origin one; open a new cross-origin ticket');
      await page.evaluate(() => {
        document.getElementById('ticket-a').remove();
        document.getElementById('ticket-c').remove();
      });
      const d = await addTicket(page, 'ticket-d', cross);
      await typeInto(d, page, '#reply', CLEAN);
      await waitBoxes(page, (boxes) => boxes.some((x) => x.frame.startsWith('localhost') && x.value === 0), 'the new ticket’s clean reply is checked');
      await expectMatch(t, page, id, 'after closing two tickets and opening one');

      t.step('navigate a ticket iframe to another ticket (its document changes, its frame stays)');
      await b.evaluate((to) => {
        location.href = to;
      }, `${otherOrigin(t.origin)}/index.html?ticket=next`);
      await expectMatch(t, page, id, 'after a ticket iframe navigated to a page without a reply box');

      t.step('the service worker stops (as when idle), a ticket is closed meanwhile, then the popup opens');
      const e = await addTicket(page, 'ticket-e', cross);
      await typeInto(e, page, '#reply', FLAGGED);
      await waitBoxes(page, (boxes) => boxes.filter((x) => x.frame.startsWith('localhost')).some((x) => x.value >= 1), 'the new ticket is flagged');
      await expectMatch(t, page, id, 'with a new ticket open');
      await stopWorker(page, id);
      await page.evaluate(() => document.getElementById('ticket-e').remove());
      await expectMatch(t, page, id, 'after a ticket closed while the service worker was stopped');

      t.step('edit the side box and reload the tab the moment its check has run; the reloaded page has one box');
      // The page reloads from a mutation observer on the side box's hook: in the task right
      // after the one that checked the box and sent its report.
      await page.evaluate(() => {
        const side = document.getElementById('side');
        new MutationObserver(() => location.reload()).observe(side, { attributes: true, attributeFilter: ['data-reply-coach-findings'] });
      });
      const reloaded = page.waitForEvent('load', { timeout: 10_000 });
      await typeInto(page, page, '#side', ' You should have read the manual.');
      await reloaded;
      await mountBoxes(page, ['main']);
      await typeInto(page, page, '#main', FLAGGED);
      await waitBoxes(page, (boxes) => boxes.some((x) => x.id === 'main' && x.value >= 1), 'the reloaded page’s box is flagged');
      await expectMatch(t, page, id, 'after the reload');
    },
    { timeout: 90_000 },
  );
}
