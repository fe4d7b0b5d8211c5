// The checking engine runs once per browser, in the background (lib/engine): what a frame sees
// of that. A reply typed right after the service worker was stopped (as Chromium stops an idle
// one) still gets its highlights, and ten tabs checked at once each get their own findings. And
// what a frame loads: the card UI only when the first card opens (lib/page/lazy-ui.ts), once.
import { stopWorker } from './churn.mjs';
import { CLEAN, DEFENSIVE } from './contract.mjs';
import { expectTrue, Failure, waitProbe } from './harness.mjs';
import { extensionId } from './hostile.mjs';
import { look } from './probes.mjs';

const hookOf = (page, selector) => page.evaluate((s) => document.querySelector(s)?.getAttribute('data-reply-coach-findings') ?? null, selector);

async function waitHook(page, selector, test, what, timeout = 5000) {
  try {
    await page.waitForFunction(
      ([s, t]) => {
        const v = document.querySelector(s)?.getAttribute('data-reply-coach-findings');
        return v != null && (t === 'flagged' ? Number(v) >= 1 : Number(v) === 0);
      },
      [selector, test],
      { timeout, polling: 50 },
    );
  } catch {
    throw new Failure(`${what}: ${selector} has data-reply-coach-findings=${JSON.stringify(await hookOf(page, selector))}`);
  }
}

/** A fixture page with one textarea reply box, mounted and coached. */
async function openBox(t, id = 'reply') {
  const page = await t.newPage();
  await page.goto(`${t.origin}/index.html`);
  await page.evaluate((id) => {
    const form = document.createElement('form');
    const box = document.createElement('textarea');
    box.id = id;
    box.rows = 6;
    box.cols = 70;
    const send = document.createElement('button');
    send.textContent = 'Send';
    form.append(box, send);
    document.body.append(form);
  }, id);
  await page.waitForFunction(() => document.querySelector('reply-coach-root') != null, undefined, { timeout: 5000, polling: 50 }).catch(() => {
    throw new Failure('Reply Coach never took the textarea for a reply box (no <reply-coach-root>)');
  });
  return page;
}

/** The extension scripts a page has parsed (paths), as Chromium's debugger reports them, kept up to date. */
async function parsedScripts(page) {
  const cdp = await page.context().newCDPSession(page);
  const paths = [];
  cdp.on('Debugger.scriptParsed', (e) => {
    if (e.url.startsWith('chrome-extension://')) paths.push(new URL(e.url).pathname);
  });
  // Enabling reports the scripts parsed so far too.
  await cdp.send('Debugger.enable');
  return paths;
}

export function registerEngineTests({ test }) {
  test('page: a flagged reply loads no card UI; the first card injects it once, and later cards and the list reuse it', async (t) => {
    const page = await openBox(t);
    const parsed = await parsedScripts(page);
    await page.fill('#reply', DEFENSIVE);
    await waitHook(page, '#reply', 'flagged', 'the defensive reply');
    const count = (path) => parsed.filter((p) => p === path).length;
    expectTrue(count('/coach.js') === 1, 'the coach bundle is in the page', parsed);
    expectTrue(count('/card-ui.js') === 0, 'checking, highlighting and counting load no card UI', parsed);
    const counter = page.locator('reply-coach-root').locator('[data-rc-counter]');
    await counter.waitFor({ timeout: 5000 });
    t.step('open the card from the keyboard');
    await page.evaluate(() => {
      const box = document.querySelector('#reply');
      box.focus();
      const at = box.value.indexOf('fault');
      box.setSelectionRange(at, at);
    });
    await page.keyboard.press('Alt+Enter');
    const card = page.locator('reply-coach-root').locator('[data-rc-card]');
    await card.waitFor({ timeout: 5000 });
    expectTrue(count('/card-ui.js') === 1, 'the first card injected the card UI', parsed);
    t.step('close it, open the findings list and a card from it');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 5000 });
    await counter.click();
    await page.locator('reply-coach-root').locator('[data-rc-findings-list]').waitFor({ timeout: 5000 });
    await page.locator('reply-coach-root').locator('button[data-rc-finding-row]').first().click();
    await card.waitFor({ timeout: 5000 });
    expectTrue(count('/card-ui.js') === 1, 'the card UI was injected once for the whole page', parsed);
  });


  test('engine: a reply typed right after the service worker was stopped gets its highlights', async (t) => {
    const page = await t.newPage();
    await page.goto(`${t.origin}/prosemirror.html?noquote=1`);
    await page.waitForFunction(() => window.__editorReady === true, undefined, { timeout: 15_000, polling: 100 });
    // Stopped as Chromium stops an idle worker: after the empty box's first check was answered.
    await waitProbe(page, { op: 'hook', predicate: "r.value === 0", what: 'the empty reply box is checked once' });
    t.step('stop the service worker through CDP');
    await stopWorker(page, extensionId(page));
    t.step('type a defensive reply at once');
    await page.evaluate(() => window.__editor.focus());
    await page.keyboard.type(DEFENSIVE);
    const typed = Date.now();
    await waitProbe(page, { op: 'hook', predicate: 'Number(r.value) >= 1', what: 'the reply typed after the worker stopped is flagged', timeout: 5000 });
    t.step(`flagged ${Date.now() - typed} ms after the last key, by a restarted worker`);
    const { ranges } = await look(page, 'highlights');
    expectTrue(ranges.some((r) => r.inEditable && /not our fault/i.test(r.text)), 'the flagged words are highlighted in the reply', ranges);
  });

  test('engine: ten tabs checked at once each get their own findings', async (t) => {
    const pages = [];
    for (let i = 0; i < 10; i++) pages.push(await openBox(t));
    t.step('type a defensive reply in even tabs and a clean one in odd tabs, all at once');
    await Promise.all(pages.map((p, i) => p.fill('#reply', i % 2 ? CLEAN : DEFENSIVE)));
    for (let i = 0; i < pages.length; i++) {
      await waitHook(pages[i], '#reply', i % 2 ? 'clean' : 'flagged', `tab ${i + 1} (${i % 2 ? 'clean' : 'defensive'} reply)`, 10_000);
    }
    t.step('edit every tab again: each answer belongs to its own tab');
    await Promise.all(pages.map((p, i) => p.fill('#reply', i % 2 ? DEFENSIVE : CLEAN)));
    for (let i = 0; i < pages.length; i++) {
      await waitHook(pages[i], '#reply', i % 2 ? 'flagged' : 'clean', `tab ${i + 1} after the swap`, 10_000);
    }
  });
}
