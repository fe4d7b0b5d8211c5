// Site definitions proven on real hostnames (issue 11): one fixture page per hosted helpdesk,
// served over HTTPS under the helpdesk's own hostname (acme.zendesk.com, app.eu.intercom.com, …).
// Chromium maps exactly those names to a local server (--host-resolver-rules, Chromium only) and
// ignores certificate errors in the test profile, so the release's site definitions in the e2e
// build — not the local-fixture heuristic — pick the reply box, tell notes, skip quotes and
// signatures and decide Apply or Copy. Pages: test/fixtures/sites/<page>.html, their scripts
// bundled from <page>.ts at start-up (real editors where the site runs one, markup elsewhere).
import { build } from 'esbuild';
import { createServer } from 'node:https';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectEqual, expectTrue, Failure, show, waitProbe } from './harness.mjs';
import { worker } from './hostile.mjs';
import { look } from './probes.mjs';
import { submissionLog } from './server.mjs';
import { makeCertificate } from './tls.mjs';

const FIXTURES = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));
const VENDOR = fileURLToPath(new URL('../fixtures/editors/dist/vendor/', import.meta.url));
/** Shared modules of the fixture scripts, not pages. */
const HELPERS = new Set(['fixture', 'plain-box', 'prosemirror-box']);
const SETTLE_MS = 800;
// Short sentences, to keep eleven sites' worth of real keystrokes fast (contract.mjs's are longer).
/** Reads 0. */
const CLEAN = 'Thanks, I have refunded the second charge.';
/** Defensive (G3), with a rewrite; the prefilled quotes and signatures hold it too. */
const DEFENSIVE = 'That is not our fault.';
/** Flagged and non-ASCII (em dash, curly apostrophe): Send must post it byte for byte. */
const SUBMITTED = 'Hi Dana — that is not our fault. I’ll look today.';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One entry per fixture page. `apply`: the site's binding lets the reply box apply rewrites (else
 * the card offers Copy). `quote`/`signature`: the box is prefilled with them (each holds a
 * defensive sentence). `note`: how the page makes the box an internal note — `toggle` clicks
 * `[data-fixture-note-toggle]`, `box: 'note'` types into a separate always-internal box.
 */
export const SITE_PAGES = [
  { page: 'zendesk', host: 'acme.zendesk.com', path: '/agent/tickets/4821', apply: true, quote: true, note: { toggle: true } },
  { page: 'freshdesk', host: 'acme.freshdesk.com', path: '/a/tickets/4821', apply: false, quote: true, note: { toggle: true }, offPath: '/support/tickets/4821' },
  { page: 'help-scout', host: 'secure.helpscout.net', path: '/conversation/4821/2', apply: false },
  { page: 'intercom', host: 'app.intercom.com', path: '/a/inbox/acme/inbox/conversation/4821', apply: true, quote: true },
  { page: 'intercom-eu', host: 'app.eu.intercom.com', path: '/a/inbox/acme/inbox/conversation/4821', apply: true, quote: true, note: { toggle: true } },
  { page: 'front', host: 'acme.frontapp.com', path: '/inboxes/teammates/1/inbox/open', apply: false, quote: true },
  { page: 'gorgias', host: 'acme.gorgias.com', path: '/app/ticket/4821', apply: true, quote: true, note: { toggle: true } },
  { page: 'hubspot', host: 'app.hubspot.com', path: '/help-desk/4821/view/1/ticket/4821', apply: true, quote: true },
  { page: 'zoho-desk', host: 'desk.zoho.com', path: '/agent/acme/support/tickets/details/4821', apply: false, quote: true, signature: true },
  { page: 'salesforce', host: 'acme.lightning.force.com', path: '/lightning/r/Case/4821/view', apply: false, quote: true, signature: true, note: { box: 'note' } },
  { page: 'crisp', host: 'app.crisp.chat', path: '/website/acme/inbox/session_4821/', apply: true, note: { toggle: true } },
];
const PAGE_OF_HOST = new Map(SITE_PAGES.map((s) => [s.host, s.page]));

/** Whether a request went to one of the mapped helpdesk hostnames (run.mjs's network guard). */
export function isSiteUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.port === '' && PAGE_OF_HOST.has(u.hostname);
  } catch {
    return false;
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** Bundles every page script (test/fixtures/sites/<page>.ts) in memory: name → code. */
async function bundlePages() {
  const pages = (await readdir(FIXTURES)).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).filter((f) => !HELPERS.has(f));
  const result = await build({
    entryPoints: Object.fromEntries(pages.map((p) => [p, join(FIXTURES, `${p}.ts`)])),
    outdir: '/fixture-sites',
    write: false,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    legalComments: 'none',
    logLevel: 'error',
  });
  return new Map(result.outputFiles.map((f) => [f.path.split('/').pop(), Buffer.from(f.contents)]));
}

/**
 * Starts the HTTPS server for the site pages (before Chromium: the resolver rules name its port).
 * `chromiumArgs`: the launch flags mapping exactly the site hostnames to it; every other name
 * fails to resolve, except 127.0.0.1 and localhost (the other suites' fixture server).
 */
export async function startSiteServer() {
  const hosts = [...PAGE_OF_HOST.keys()];
  const [tls, scripts] = await Promise.all([makeCertificate(hosts), bundlePages()]);
  const log = submissionLog((ms) => new Failure(`no form submission reached https://<site>/submit within ${ms} ms`));
  const server = createServer({ key: tls.key, cert: tls.cert }, async (req, res) => {
    const url = new URL(req.url ?? '/', 'https://site.invalid');
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    try {
      if (url.pathname === '/submit' && req.method === 'POST') {
        const chunks = [];
        for await (const chunk of req) chunks.push(chunk);
        const raw = Buffer.concat(chunks);
        log.record({ host, url: url.pathname + url.search, raw, fields: Object.fromEntries(new URLSearchParams(raw.toString('utf8'))) });
        res.writeHead(200, { 'content-type': TYPES['.html'] }).end('<!doctype html><title>Reply sent</title><p id="sent">Reply sent.</p>');
        return;
      }
      if (req.method !== 'GET') return void res.writeHead(405).end();
      if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
      let body;
      let type;
      const name = url.pathname.startsWith('/_fx/') ? url.pathname.slice('/_fx/'.length) : null;
      if (name?.startsWith('vendor/') && /^vendor\/[\w.-]+\.css$/.test(name)) [body, type] = [await readFile(join(VENDOR, name.slice('vendor/'.length))), TYPES['.css']];
      else if (name && scripts.has(name)) [body, type] = [scripts.get(name), TYPES['.js']];
      else if (name === 'sites.css') [body, type] = [await readFile(join(FIXTURES, name)), TYPES['.css']];
      else if (!name && PAGE_OF_HOST.has(host)) [body, type] = [await readFile(join(FIXTURES, `${PAGE_OF_HOST.get(host)}.html`)), TYPES['.html']];
      if (!body) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      res.writeHead(200, { 'content-type': type ?? TYPES[extname(url.pathname)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'];
  siteServer = {
    port,
    submissions: log.submissions,
    chromiumArgs: [`--host-resolver-rules=${rules.join(', ')}`, '--ignore-certificate-errors'],
    waitForSubmission: log.waitForSubmission,
    async close() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
      await tls.remove();
    },
  };
  return siteServer;
}
/** The running site server (startSiteServer), for the tests. */
let siteServer = null;

// ---- in-page looks (self-contained: page.evaluate serializes them) --------------------------

/** The findings count on the reply box (`reply`: window.__editor) or the note box (window.__note): on the editable or its closest ancestor carrying the hook, across shadow roots and frames. */
function boxHook(which) {
  const box = which === 'note' ? window.__note : window.__editor;
  if (!box) return undefined;
  const up = (n) => n.parentNode ?? n.host ?? (n.nodeType === 9 ? n.defaultView?.frameElement ?? null : null);
  for (let n = box.editable; n; n = up(n)) {
    if (n.nodeType === 1 && n.hasAttribute('data-reply-coach-findings')) return Number(n.getAttribute('data-reply-coach-findings'));
  }
  return null;
}

/** Every element carrying the hook, in the document, open shadow roots and same-origin frames. */
function allHooks() {
  const roots = [];
  const visit = (root) => {
    roots.push(root);
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.localName === 'iframe') {
        try {
          if (el.contentDocument) visit(el.contentDocument);
        } catch {
          // cross-origin
        }
      }
    }
  };
  visit(document);
  const up = (n) => n.parentNode ?? n.host ?? (n.nodeType === 9 ? n.defaultView?.frameElement ?? null : null);
  const holds = (el, box) => {
    for (let n = box?.editable; n; n = up(n)) if (n === el) return true;
    return false;
  };
  return roots.flatMap((root) =>
    [...root.querySelectorAll('[data-reply-coach-findings]')].map((el) => ({
      value: el.getAttribute('data-reply-coach-findings'),
      element: `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-fixture-field') ? `[data-fixture-field=${el.getAttribute('data-fixture-field')}]` : ''}`,
      field: el.closest('[data-fixture-field]')?.getAttribute('data-fixture-field') ?? null,
      reply: holds(el, window.__editor),
      note: holds(el, window.__note),
    })),
  );
}

// ---- steps ---------------------------------------------------------------------------------

async function openSite(t, site, { path = site.path, bare = false } = {}) {
  const page = await t.newPage();
  const url = `https://${site.host}${path}${bare ? '?bare=1' : ''}`;
  t.step(`open ${url}`);
  await page.goto(url);
  try {
    await page.waitForFunction(() => window.__editorReady === true, undefined, { timeout: 15_000, polling: 100 });
  } catch {
    throw new Failure(`${url}: the fixture never set window.__editorReady (its editor did not mount)${t.errorsText()}`);
  }
  return page;
}

/** Focuses the reply (or note) box through the fixture and types with real keys; waits until the box's model holds it. */
async function typeInto(t, page, text, which = 'reply') {
  t.step(`type ${JSON.stringify(text.slice(0, 40))} into the ${which} box`);
  await page.evaluate((w) => (w === 'note' ? window.__note : window.__editor).focus(), which);
  if (which === 'reply') await waitProbe(page, { op: 'state', predicate: 'r.focused', what: 'focus is in the reply box', timeout: 3000 });
  else await sleep(150);
  await page.keyboard.type(text);
  await page.waitForFunction(([w, s]) => (w === 'note' ? window.__note : window.__editor).getText().includes(s), [which, text], { timeout: 5000, polling: 100 }).catch(async () => {
    throw new Failure(`the ${which} box does not hold what was typed (${JSON.stringify(text)}); it holds ${JSON.stringify(await page.evaluate((w) => (w === 'note' ? window.__note : window.__editor).getText(), which))}`);
  });
}

/** Waits until the box's hook satisfies `ok`; on timeout says what every hook on the page read. */
async function waitBoxHook(t, page, which, ok, what, timeout = Math.max(t.env.hookTimeout, 5000)) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    last = await page.evaluate(boxHook, which);
    if (last !== null && last !== undefined && ok(last)) return last;
    if (Date.now() > until) break;
    await sleep(100);
  }
  const hooks = await page.evaluate(allHooks).catch(() => []);
  const ui = await look(page, 'ui').catch(() => []);
  throw new Failure(
    `${what} — not within ${timeout} ms\n  the ${which} box's data-reply-coach-findings: ${show(last)}\n  every hook on the page: ${show(hooks)}\n  <reply-coach-root> elements: ${ui.length}${
      ui.length ? '' : ' (the content script did not run here, or did not take this box for a reply box)'
    }${t.errorsText()}`,
  );
}

/** Reads the box's hook once the debounce has passed, and holds it to `expected`. */
async function settledBoxHook(t, page, which, expected, what) {
  await waitBoxHook(t, page, which, (v) => v === expected, what);
  await sleep(SETTLE_MS);
  expectEqual(await page.evaluate(boxHook, which), expected, `${what} (once the debounce has passed)`);
}

async function setCoachNotes(page, on) {
  await worker(page).evaluate((value) => chrome.storage.local.set({ coachInternalNotes: value, coachInternalNotes$: { v: 1 } }), on);
}

/** The first visible apply button of the open card, in any frame. */
async function applyButton(page) {
  for (const frame of page.frames()) {
    const button = frame.locator('reply-coach-root [data-rc-card] button[data-rc-apply]').filter({ visible: true }).first();
    if (await button.count()) return button;
  }
  return null;
}

// ---- the tests -----------------------------------------------------------------------------

export function registerSiteTests({ test }) {
  for (const site of SITE_PAGES) {
    const name = `site ${site.page}`;
    const skipped = [site.quote && 'quoted history', site.signature && 'signature'].filter(Boolean).join(' and ');
    const running = () => {
      if (!siteServer) throw new Failure('the site server is not running (run.mjs starts it before Chromium)');
    };

    test(`${name}: the reply box at https://${site.host} is coached${skipped ? `; its ${skipped} never flagged` : ''}; the card offers ${site.apply ? 'Apply' : 'Copy, not Apply'}`, async (t) => {
      running();
      const page = await openSite(t, site);
      await typeInto(t, page, CLEAN);
      await settledBoxHook(
        t,
        page,
        'reply',
        0,
        `a clean reply reads 0${skipped ? ` although the box's ${skipped} hold "${DEFENSIVE}"` : ''} (the site definition's reply box is coached${skipped ? `, its ${skipped} skipped` : ''})`,
      );
      await typeInto(t, page, ` ${DEFENSIVE}`);
      await waitBoxHook(t, page, 'reply', (v) => v >= 1, `the defensive sentence typed after it is flagged (data-reply-coach-findings ≥ 1)`);
      const typed = `${CLEAN} ${DEFENSIVE}`;
      expectEqual((await page.evaluate(() => window.__editor.getText())).split('\n')[0], typed, 'the reply (first line of the box) is exactly what was typed');
      const [target] = await waitProbe(page, { op: 'targets', predicate: 'r.length > 0', what: 'a highlight over the flagged words in the reply', timeout: 3000 });
      expectTrue(DEFENSIVE.includes(target.text), 'the highlight covers words the agent typed, not the quote or signature', target);
      t.step(`hover ${JSON.stringify(target.text)}`);
      await page.mouse.move(target.rect.x + target.rect.width / 2, target.rect.y + target.rect.height / 2, { steps: 3 });
      const card = await waitProbe(page, { op: 'card', predicate: 'r.open', what: `hovering ${JSON.stringify(target.text)} opens the card`, timeout: 3000 });
      if (!site.apply) {
        expectTrue(card.apply.length === 0 && card.copy.length >= 1, `${site.page}'s binding is read-only: the card offers button[data-rc-copy], no button[data-rc-apply]`, card);
        return;
      }
      expectTrue(card.apply.length >= 1 && card.copy.length === 0, `${site.page}'s binding applies: the card offers button[data-rc-apply], no copy buttons`, card);
      const before = await page.evaluate(() => window.__editor.getText());
      const button = await applyButton(page);
      expectTrue(button, 'a visible apply button to click', card);
      t.step('click the first apply button');
      await button.click();
      await page.waitForFunction((b) => window.__editor.getText() !== b, before, { timeout: 3000, polling: 100 }).catch(() => {
        throw new Failure(`Apply left the editor's text unchanged: ${JSON.stringify(before)}`);
      });
      const after = await page.evaluate(() => window.__editor.getText());
      // The reply is the first line; below it the prefilled quote, which Apply must leave alone.
      const [line, ...rest] = after.split('\n');
      const [, ...restBefore] = before.split('\n');
      expectTrue(line.startsWith(CLEAN) && !line.includes(DEFENSIVE) && rest.join('\n') === restBefore.join('\n'), 'Apply rewrote the flagged sentence and left the rest of the box', { before, after });
    });

    test(`${name}: To, Cc, subject and search are never coached; Send submits the typed text byte for byte`, async (t) => {
      running();
      const page = await openSite(t, site, { bare: true });
      for (const field of ['to', 'cc', 'subject', 'search']) {
        t.step(`type the defensive sentence into the ${field} field`);
        await page.click(`[data-fixture-field="${field}"]`);
        await page.keyboard.press('End');
        // One trusted input event per field (the reply gets real keys): keeps the suite fast.
        await page.keyboard.insertText(` ${DEFENSIVE}`);
      }
      await typeInto(t, page, SUBMITTED);
      await waitBoxHook(t, page, 'reply', (v) => v >= 1, 'the reply (flagged text) is coached on this page');
      await sleep(SETTLE_MS);
      const hooks = await page.evaluate(allHooks);
      // Salesforce's feed post box is an internal note: it may read 0, never more.
      const astray = hooks.filter((h) => !h.reply && !(h.note && h.value === '0'));
      expectTrue(astray.length === 0, 'no field but the reply box carries data-reply-coach-findings (To, Cc, subject and search hold the defensive sentence)', hooks);
      const { ranges } = await look(page, 'highlights');
      const outside = ranges.filter((r) => !r.collapsed && !(r.inEditable || r.inUi));
      expectTrue(outside.length === 0, 'no highlight outside the reply box', outside);
      const after = siteServer.submissions.length ? siteServer.submissions[siteServer.submissions.length - 1].id : 0;
      t.step('click Send');
      await page.click('#send');
      const sent = await siteServer.waitForSubmission(after);
      expectEqual(sent.host, site.host, 'the form posted to the site’s own host');
      expectTrue(Buffer.from(sent.fields.body ?? '', 'utf8').equals(Buffer.from(SUBMITTED, 'utf8')), 'Send posted exactly the typed text, byte for byte', { posted: sent.fields.body, typed: SUBMITTED });
    });

    if (site.note) {
      const which = site.note.box ?? 'reply';
      test(`${name}: the internal note is left alone, and coached with "Coach internal notes" on`, async (t) => {
        running();
        const page = await openSite(t, site, { bare: true });
        try {
          if (site.note.toggle) {
            t.step('switch the box to an internal note');
            await page.click('[data-fixture-note-toggle]');
          }
          await typeInto(t, page, DEFENSIVE, which);
          await settledBoxHook(t, page, which, 0, 'the internal note holding the defensive sentence is left alone (data-reply-coach-findings 0)');
          t.step('turn "Coach internal notes" on');
          await setCoachNotes(page, true);
          await typeInto(t, page, ' Calm down.', which);
          await waitBoxHook(t, page, which, (v) => v >= 1, 'with "Coach internal notes" on, the note is flagged');
        } finally {
          await setCoachNotes(page, false).catch(() => {});
        }
      });
    }

    if (site.offPath) {
      test(`${name}: ${site.offPath} (not one of the site's paths) is never coached`, async (t) => {
        running();
        const page = await openSite(t, site, { path: site.offPath, bare: true });
        await typeInto(t, page, DEFENSIVE);
        await sleep(1500);
        expectEqual(show(await page.evaluate(allHooks)), show([]), `no data-reply-coach-findings on https://${site.host}${site.offPath}`);
      });
    }
  }
}
