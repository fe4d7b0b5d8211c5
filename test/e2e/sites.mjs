// Site definitions proven on real hostnames (issue 11): one fixture page per site definition,
// served over HTTPS under the helpdesk's own hostname (acme.zendesk.com, app.eu.intercom.com,
// mail.google.com, …) or, for the self-hosted definitions, under a test custom domain the test
// points at the definition from the options page. Chromium maps exactly those names to a local
// server (--host-resolver-rules, Chromium only) and ignores certificate errors in the test
// profile, so the release's site definitions in the e2e build — not the local-fixture heuristic —
// pick the reply box, tell notes, skip quotes and signatures and decide Apply or Copy. The e2e
// build grants the optional hosts and the test domain at install (wxt.config.ts): the background
// registers their content scripts as after a run-time grant. Pages:
// test/fixtures/sites/<page>.html, their scripts bundled from <page>.ts at start-up (real editors
// where the site runs one, markup elsewhere).
import { build } from 'esbuild';
import { createServer } from 'node:https';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectEqual, expectTrue, Failure, show, waitProbe } from './harness.mjs';
import { extensionId, worker } from './hostile.mjs';
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

/** The custom domain the self-hosted pages are served on (granted at install in the e2e build only). */
export const CUSTOM_DOMAIN = 'support.reply-coach.test';
/** The fields that are not the reply, by `data-fixture-field`, as the test names say them. */
const FIELD_NAMES = { to: 'To', cc: 'Cc', bcc: 'Bcc', subject: 'subject', search: 'search', description: 'issue description' };
const DEFAULT_FIELDS = ['to', 'cc', 'subject', 'search'];

/**
 * One entry per fixture page. `apply`: the site's binding lets the reply box apply rewrites (else
 * the card offers Copy). `quote`/`signature`: the box is prefilled with them (each holds a
 * defensive sentence). `note`: how the page makes the box an internal note — `toggle` clicks
 * `[data-fixture-note-toggle]`, `box: 'note'` types into a separate always-internal box (both:
 * the click shows that box). `fields`: the `data-fixture-field`s that must never be coached
 * (default To, Cc, subject, search). `optional`: an optional host, its content script registered
 * by the background. `pick`: a self-hosted definition, run on CUSTOM_DOMAIN once
 * the options page picks it. `offPath`: a page of the host outside the definition's paths.
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
  // Optional hosts (granted at install in the e2e build).
  { page: 'gmail', optional: true, host: 'mail.google.com', path: '/mail/u/0/#inbox/FMfcgzQXJWDsKmvPzBv', apply: false, quote: true, signature: true },
  { page: 'outlook', optional: true, host: 'outlook.office.com', path: '/mail/inbox/id/AAQkADI4', apply: false, quote: true, signature: true, fields: ['to', 'cc', 'bcc', 'subject', 'search'] },
  {
    page: 'jira-service-management',
    optional: true,
    host: 'acme.atlassian.net',
    path: '/jira/servicedesk/projects/HELP/queues/custom/1/HELP-4821',
    apply: true,
    quote: true,
    note: { toggle: true },
    fields: ['description', 'search'],
    offPath: '/wiki/spaces/HELP/pages/4821/Refunds',
  },
  // Self-hosted definitions, each on CUSTOM_DOMAIN under its own product's paths.
  { page: 'zammad', host: CUSTOM_DOMAIN, pick: 'zammad', path: '/desktop/tickets/4821', apply: true, quote: true, signature: true },
  { page: 'chatwoot', host: CUSTOM_DOMAIN, pick: 'chatwoot', path: '/app/accounts/1/conversations/4821', apply: true, quote: true, note: { toggle: true }, fields: ['cc', 'bcc', 'search'] },
  { page: 'freescout', host: CUSTOM_DOMAIN, pick: 'freescout', path: '/conversation/4821', apply: false, quote: true },
  { page: 'osticket', host: CUSTOM_DOMAIN, pick: 'osticket', path: '/scp/tickets.php?id=4821', apply: false, quote: true, note: { toggle: true, box: 'note' }, fields: ['cc', 'search'], offPath: '/tickets.php?id=4821' },
];
/** Outlook's other hostnames: the same page, coached there too. */
const OUTLOOK_HOSTS = ['outlook.live.com', 'outlook.cloud.microsoft'];
const SITE_HOSTS = new Set([...SITE_PAGES.map((s) => s.host), ...OUTLOOK_HOSTS]);
const siteOf = (page) => SITE_PAGES.find((s) => s.page === page);

/**
 * The page a request for `pathname` on `host` gets: the host's entry whose path or offPath it is,
 * else the host's only entry (any path: Freshdesk's portal, Outlook's other hosts).
 */
function pageFor(host, pathname) {
  const name = OUTLOOK_HOSTS.includes(host) ? 'outlook.office.com' : host;
  const entries = SITE_PAGES.filter((s) => s.host === name);
  const pathOf = (p) => (p ? new URL(p, 'https://x.invalid').pathname : null);
  return (entries.find((s) => pathOf(s.path) === pathname || pathOf(s.offPath) === pathname) ?? (entries.length === 1 ? entries[0] : null))?.page ?? null;
}

/** Whether a request went to one of the mapped helpdesk hostnames (run.mjs's network guard). */
export function isSiteUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.port === '' && SITE_HOSTS.has(u.hostname);
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
  const hosts = [...SITE_HOSTS];
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
      else if (!name && pageFor(host, url.pathname)) [body, type] = [await readFile(join(FIXTURES, `${pageFor(host, url.pathname)}.html`)), TYPES['.html']];
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

/**
 * Opens the site's page (`path` on `host`, plus `query`; `bare`: the box starts empty) once its
 * editor mounted. A self-hosted site's definition is picked for CUSTOM_DOMAIN first.
 */
async function openSite(t, site, { path = site.path, host = site.host, bare = false, query = {} } = {}) {
  const page = await t.newPage();
  if (site.pick) await pickDefinition(t, page, site.pick);
  if (site.pick || site.optional) await waitForScriptOn(page, host);
  const address = new URL(path, `https://${host}`);
  for (const [key, value] of Object.entries({ ...query, ...(bare ? { bare: '1' } : {}) })) address.searchParams.set(key, value);
  const url = address.href;
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

/**
 * Makes CUSTOM_DOMAIN run definition `id` as a team lead does on the options page: type the domain
 * and click Add (a real click: the permission request needs its gesture; the e2e build holds the
 * grant already, so the browser answers without a prompt), then pick the definition from the
 * domain's "What … runs" list. Skipped when the settings say so already.
 */
async function pickDefinition(t, page, id) {
  const sw = worker(page);
  const settings = () =>
    sw.evaluate(
      (host) => chrome.storage.local.get(['customDomains', 'customDomainSites']).then((s) => ({ listed: (s.customDomains ?? []).includes(host), pick: s.customDomainSites?.[host] ?? null })),
      CUSTOM_DOMAIN,
    );
  const before = await settings();
  if (!before.listed || before.pick !== id) {
    const options = await t.newPage();
    t.step(`options page: ${before.listed ? '' : `add ${CUSTOM_DOMAIN}, `}pick ${id} for it`);
    await options.goto(`chrome-extension://${extensionId(page)}/options.html#domains`);
    await options.locator('#domain-input').waitFor({ timeout: 8000 });
    const row = options.locator(`[data-rc-domain="${CUSTOM_DOMAIN}"]`);
    if (!before.listed) {
      await options.locator('#domain-input').fill(CUSTOM_DOMAIN);
      await options.locator('#domains form button[type="submit"]').click();
      await row.waitFor({ timeout: 5000 }).catch(async () => {
        throw new Failure(`the options page did not add ${CUSTOM_DOMAIN}: ${show(await options.locator('#domain-error').textContent({ timeout: 500 }).catch(() => '(no error shown)'))}`);
      });
    }
    await options.getByLabel(`What ${CUSTOM_DOMAIN} runs`).selectOption(id);
    const until = Date.now() + 5000;
    let now = await settings();
    while (now.pick !== id && Date.now() < until) {
      await sleep(100);
      now = await settings();
    }
    expectEqual(now.pick, id, `the options page stored ${id} as what ${CUSTOM_DOMAIN} runs`);
    await options.close();
  }
}

/**
 * Waits until the background registered a content script whose matches cover `host` (it does for
 * an optional site or a listed custom domain whose host permission is granted; at start-up the
 * first sync may still be running).
 */
async function waitForScriptOn(page, host) {
  const covers = (pattern) => {
    const h = /^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1];
    return h === host || (h?.startsWith('*.') && host.endsWith(h.slice(1)));
  };
  const until = Date.now() + 5000;
  for (;;) {
    const scripts = await worker(page).evaluate(() => chrome.scripting.getRegisteredContentScripts());
    if (scripts.some((sc) => (sc.matches ?? []).some(covers))) return;
    if (Date.now() > until) throw new Failure(`the background registered no content script on https://${host}/ (it does once the host permission is granted, and for a custom domain once it is listed); registered: ${show(scripts)}`);
    await sleep(100);
  }
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
  const running = () => {
    if (!siteServer) throw new Failure('the site server is not running (run.mjs starts it before Chromium)');
  };
  for (const site of SITE_PAGES) {
    const name = `site ${site.page}`;
    const skipped = [site.quote && 'quoted history', site.signature && 'signature'].filter(Boolean).join(' and ');

    const at = `https://${site.host}${site.pick ? ` (the domain set to run ${site.pick} on the options page)` : ''}`;
    test(`${name}: the reply box at ${at} is coached${skipped ? `; its ${skipped} never flagged` : ''}; the card offers ${site.apply ? 'Apply' : 'Copy, not Apply'}`, async (t) => {
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

    const fields = site.fields ?? DEFAULT_FIELDS;
    const fieldNames = fields.map((f) => FIELD_NAMES[f]);
    const listed = `${fieldNames.slice(0, -1).join(', ')} and ${fieldNames[fieldNames.length - 1]}`;
    test(`${name}: ${listed.replace(/^./, (c) => c.toUpperCase())} ${fields.length > 1 ? 'are' : 'is'} never coached; Send submits the typed text byte for byte`, async (t) => {
      running();
      const page = await openSite(t, site, { bare: true });
      for (const field of fields) {
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
      expectTrue(astray.length === 0, `no field but the reply box carries data-reply-coach-findings (${listed} hold the defensive sentence)`, hooks);
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
      test(`${name}: the internal note is left alone, and coached with "Coach internal notes" on`, async (t) => {
        running();
        await checkNote(t, site, await openSite(t, site, { bare: true }));
      });
    }

    if (site.offPath) {
      test(`${name}: ${site.offPath} (not one of the site's paths) is never coached`, async (t) => {
        running();
        await checkNeverCoached(t, await openSite(t, site, { path: site.offPath, bare: true }));
      });
    }
  }

  // One signal or host more on a page above.
  const intercomEu = siteOf('intercom-eu');
  test('site intercom-eu: the old inbox’s note told only by .o__note around the editor is left alone, and coached with "Coach internal notes" on', async (t) => {
    running();
    await checkNote(t, intercomEu, await openSite(t, intercomEu, { bare: true, query: { note: 'ancestor' } }));
  });

  const outlook = siteOf('outlook');
  test(`site outlook: the reply box is coached on ${OUTLOOK_HOSTS.join(' and ')} too`, async (t) => {
    running();
    for (const host of OUTLOOK_HOSTS) {
      const page = await openSite(t, outlook, { host, bare: true });
      await typeInto(t, page, DEFENSIVE);
      await waitBoxHook(t, page, 'reply', (v) => v >= 1, `the defensive sentence is flagged on https://${host}`);
    }
  });

  const jira = siteOf('jira-service-management');
  test('site jira-service-management: a Jira Software issue’s comment box (no "Reply to customer" tab) is never coached', async (t) => {
    running();
    await checkNeverCoached(t, await openSite(t, jira, { path: '/browse/DEV-4821', bare: true, query: { tabs: '0' } }));
  });

  const salesforce = siteOf('salesforce');
  test('site salesforce: the email body is coached again after the page rewrites its frame with document.open/write', async (t) => {
    running();
    const page = await openSite(t, salesforce, { bare: true });
    await typeInto(t, page, DEFENSIVE);
    await waitBoxHook(t, page, 'reply', (v) => v >= 1, 'the email body is coached before the rewrite');
    t.step('rewrite the email body’s frame with document.open/write');
    const old = await page.evaluateHandle(() => window.__editor.editable);
    await page.evaluate(() => window.__rewriteEmail());
    expectTrue(await page.evaluate((o) => window.__editor.editable !== o && !o.isConnected, old), 'the frame holds a new body; the coached one is gone');
    await typeInto(t, page, DEFENSIVE);
    expectEqual(await page.evaluate(() => window.__editor.getText()), DEFENSIVE, 'the new body holds exactly what was typed');
    await waitBoxHook(t, page, 'reply', (v) => v >= 1, 'the defensive sentence typed into the rewritten body is flagged (discovery re-attached)');
  });
}

/** Switches the page's box to an internal note (or to its separate note box): 0 findings, then flagged once "Coach internal notes" is on. */
async function checkNote(t, site, page) {
  const which = site.note.box ?? 'reply';
  try {
    if (site.note.toggle) {
      t.step('switch to an internal note');
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
}

/** Types the defensive sentence into the page's box: no element anywhere carries the hook. */
async function checkNeverCoached(t, page) {
  await typeInto(t, page, DEFENSIVE);
  await sleep(1500);
  expectEqual(show(await page.evaluate(allHooks)), show([]), `no data-reply-coach-findings on ${page.url()}`);
}
