// @vitest-environment happy-dom
/** Meta-test over the helpdesk registry (docs/architecture.md, "Conventions"): required fields, unique ids, valid data. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ADAPTERS } from '../../lib/editors';
import { pageSite, siteOfPage } from '../../lib/page/page-site';
import { domainSiteOf } from '../../lib/settings/domain-sites';
import {
  DEFINITIONS,
  E2E_MATCHES,
  HELPDESK_MATCHES,
  onSitePage,
  OPTIONAL_MATCHES,
  OPTIONAL_SITES,
  SELF_HOSTED_SITES,
  siteById,
  SITES,
  siteForUrl,
  USER_SITE,
  type SiteDef,
} from '../../lib/sites';

const dir = join(__dirname, '../../lib/sites');
const doc = readFileSync(join(__dirname, '../../docs/helpdesks.md'), 'utf8');
const siteFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts');

/** Selectors must parse; a `:has()`-free subset keeps them cheap in a MutationObserver flush. */
function validSelector(sel: string): boolean {
  try {
    document.querySelector(sel);
    return true;
  } catch {
    return false;
  }
}

/** Every selector a definition holds: reply box, quote, signature, note signals, `replyIf`. */
function selectorsOf(site: SiteDef): string[] {
  const signals = [...(site.internalNote ?? []), ...(site.replyIf ? [site.replyIf] : [])];
  return [
    ...site.replyBox,
    ...(site.quote ?? []),
    ...(site.signature ?? []),
    ...signals.flatMap((n) => (typeof n === 'string' ? [n] : [...(n.scope ? [n.scope] : []), n.indicator])),
  ];
}

/** The section of docs/helpdesks.md about `site` (from its `### <id> —` heading to the next heading). */
function docSection(site: SiteDef): string {
  const at = doc.indexOf(`### ${site.id} — `);
  if (at < 0) return '';
  const next = doc.slice(at + 4).search(/\n##/);
  return next < 0 ? doc.slice(at) : doc.slice(at, at + 4 + next);
}

describe('helpdesk registry', () => {
  it('lists every site file, once', () => {
    expect(DEFINITIONS.map((s) => `${s.id}.ts`).sort()).toEqual(siteFiles.sort());
    expect(new Set(DEFINITIONS.map((s) => s.id)).size).toBe(DEFINITIONS.length);
  });

  it('covers the helpdesks of the brief', () => {
    for (const id of ['zendesk', 'freshdesk', 'help-scout', 'intercom', 'front', 'gorgias', 'hubspot', 'zoho-desk', 'salesforce', 'jira-service-management', 'crisp', 'gmail', 'outlook']) {
      expect(SITES.some((s) => s.id === id), id).toBe(true);
    }
  });

  describe.each(DEFINITIONS.map((s) => [s.id, s] as const))('%s', (_id, site) => {
    it('has a name, https host-wide match patterns (none when self-hosted) and reply-box selectors', () => {
      expect(site.name.trim()).not.toBe('');
      expect(site.matches.length > 0, 'hosted or self-hosted').toBe(!SELF_HOSTED_SITES.includes(site));
      for (const m of site.matches) {
        expect(() => new MatchPattern(m), m).not.toThrow();
        expect(m, 'host-wide: the content script must see SPA routes').toMatch(/^https:\/\/[^/]+\/\*$/);
      }
      expect(site.replyBox.length).toBeGreaterThan(0);
    });

    it('has selectors that parse', () => {
      for (const sel of selectorsOf(site)) expect(validSelector(sel), sel).toBe(true);
    });

    it('binds only adapters that exist, and says why where nothing applies', () => {
      const ids = ADAPTERS.map((a) => a.id);
      const apply = site.editor.apply;
      expect(apply).not.toBe('any');
      for (const id of apply) expect(ids, id).toContain(id);
      if (apply.length === 0) expect(site.editor.readOnly?.trim(), 'read-only needs its reason').toBeTruthy();
    });

    it('agrees with docs/helpdesks.md: every host, path and selector is in its section', () => {
      const section = docSection(site);
      expect(section, `docs/helpdesks.md has no "### ${site.id} — " section`).not.toBe('');
      for (const x of [...site.matches, ...(site.paths ?? []), ...selectorsOf(site)]) expect(section, x).toContain(`\`${x}\``);
    });

    it('tags every claim with its source: [S …], [I] or unverified/unknown', () => {
      const lines = readFileSync(join(dir, `${site.id}.ts`), 'utf8').split('\n');
      const fields = /^  (matches|paths|replyBox|replyIf|quote|signature|internalNote|editor): /;
      const tagged = /\[S[ \]]|\[I[\],]|unverified|[Uu]nknown|no public source|no tested adapter/;
      for (let i = 0; i < lines.length; i++) {
        const m = fields.exec(lines[i]);
        if (!m || (m[1] === 'matches' && site.matches.length === 0)) continue;
        // The field's own lines, and the comment lines just above it.
        let from = i;
        while (from > 0 && lines[from - 1].trim().startsWith('//')) from--;
        let to = i;
        if (!/[,;]\s*(\/\/.*)?$/.test(lines[i])) while (to + 1 < lines.length && !/^  [\]}]/.test(lines[to])) to++;
        expect(lines.slice(from, to + 1).join('\n'), `${site.id}.ts: ${m[1]}`).toMatch(tagged);
      }
    });

    it('ends with a Test URLs comment', () => {
      const src = readFileSync(join(dir, `${site.id}.ts`), 'utf8');
      expect(src).toMatch(/\/\/ Test URLs:\n(\/\/ https:\/\/\S+.*\n)+$/);
    });

    it('is found by its own host (a self-hosted one only by its id)', () => {
      expect(siteById(site.id)).toBe(site);
      if (!site.matches.length) return expect(SITES).not.toContain(site);
      for (const m of site.matches) {
        const url = m.replace('https://*.', 'https://acme.').replace('/*', (site.paths?.[0] ?? '/').replace('*', 'some/page'));
        expect(siteForUrl(url)?.id, url).toBe(site.id);
        expect(onSitePage(site, new URL(url).pathname), url).toBe(true);
      }
    });
  });

  it('knows the regional and company hosts the evidence shows', () => {
    for (const [url, id] of [
      ['https://app.eu.intercom.com/a/inbox/1/inbox/conversation/2', 'intercom'],
      ['https://app.au.intercom.com/a/inbox/1', 'intercom'],
      ['https://acme.frontapp.com/inboxes/teammates/1/inbox/open', 'front'],
      ['https://app.frontapp.com/open', 'front'],
      ['https://app-na2.hubspot.com/live-messages/1/inbox/2', 'hubspot'],
      ['https://outlook.cloud.microsoft/mail/inbox', 'outlook'],
    ]) {
      expect(siteForUrl(url)?.id, url).toBe(id);
    }
  });

  it('coaches only the pages with replies: Freshdesk agents, not its customer portal; Jira issues, not Confluence', () => {
    const freshdesk = siteById('freshdesk')!;
    expect(onSitePage(freshdesk, '/a/tickets/42')).toBe(true);
    expect(onSitePage(freshdesk, '/support/tickets/42')).toBe(false);
    const jira = siteById('jira-service-management')!;
    expect(onSitePage(jira, '/browse/SUP-1')).toBe(true);
    expect(onSitePage(jira, '/jira/servicedesk/projects/SUP/queues/custom/1/SUP-1')).toBe(true);
    expect(onSitePage(jira, '/wiki/spaces/ENG/pages/1')).toBe(false);
    expect(onSitePage(siteById('zendesk')!, '/hc/en-us/requests/1')).toBe(false);
    expect(onSitePage(siteById('gmail')!, '/anything')).toBe(true);
  });

  it('tells internal notes on every helpdesk whose evidence shows how', () => {
    for (const id of ['zendesk', 'freshdesk', 'intercom', 'gorgias', 'salesforce', 'jira-service-management', 'crisp', 'chatwoot', 'osticket']) {
      expect(siteById(id)!.internalNote?.length, id).toBeGreaterThan(0);
    }
  });

  it('binds each helpdesk to the editor the evidence names, read-only where it is untested', () => {
    const binding = Object.fromEntries(DEFINITIONS.map((s) => [s.id, s.editor.apply]));
    expect(binding).toMatchObject({
      zendesk: ['ckeditor5', 'textarea'],
      intercom: ['prosemirror'],
      hubspot: ['prosemirror'],
      crisp: ['lexical'],
      gorgias: ['draftjs'],
      'jira-service-management': ['prosemirror'],
      salesforce: ['quill'],
      zammad: ['prosemirror'],
      chatwoot: ['prosemirror', 'textarea'],
    });
    for (const id of ['help-scout', 'freshdesk', 'front', 'zoho-desk', 'gmail', 'outlook', 'freescout', 'osticket']) expect(binding[id], id).toEqual([]);
  });

  it('never matches local hosts in the release patterns', () => {
    for (const url of ['http://localhost:8080/x', 'http://127.0.0.1:5173/', 'https://localhost/']) {
      expect(HELPDESK_MATCHES.some((m) => new MatchPattern(m).includes(url)), url).toBe(false);
      expect(siteForUrl(url)).toBeUndefined();
    }
    expect(E2E_MATCHES.every((m) => new MatchPattern(m).includes('http://127.0.0.1:4321/p.html') || new MatchPattern(m).includes('http://localhost:4321/p.html'))).toBe(true);
  });

  it('makes the general-purpose hosts (Gmail, Outlook, Atlassian) optional, and still knows their selectors', () => {
    expect(OPTIONAL_SITES.map((s) => s.id).sort()).toEqual(['gmail', 'jira-service-management', 'outlook']);
    for (const site of OPTIONAL_SITES) expect(site.optional?.trim(), site.id).toBeTruthy();
    for (const pattern of OPTIONAL_MATCHES) expect(HELPDESK_MATCHES, pattern).not.toContain(pattern);
    // A tab coached from the popup ("Coach this page") or granted later gets the site definition, not the generic one.
    expect(siteForUrl('https://mail.google.com/mail/u/0/#inbox')?.id).toBe('gmail');
    expect(siteForUrl('https://outlook.office.com/mail/inbox')?.id).toBe('outlook');
    expect(siteForUrl('https://acme.atlassian.net/browse/SUP-1')?.id).toBe('jira-service-management');
  });

  it('gives user-enabled pages every definition’s quote and signature selectors, the heuristic and markup-decided adapters', () => {
    expect(USER_SITE.replyBox).toEqual([]);
    expect(USER_SITE.heuristic).toBe(true);
    expect(USER_SITE.editor.apply).toBe('any');
    expect(USER_SITE.quote).toContain('.gmail_quote');
    expect(USER_SITE.signature).toContain('.gmail_signature');
    expect(USER_SITE.signature).toContain('div.signature[data-signature="true"]');
  });

  it('lets only guessed definitions fall back to the heuristic', () => {
    expect(DEFINITIONS.filter((s) => s.heuristic).map((s) => s.id)).toEqual(['front']);
  });
});

describe('which definition a page runs (lib/page/page-site.ts)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a hosted helpdesk by its URL, a custom domain by the team lead’s pick, else generic detection', () => {
    expect(siteOfPage(new URL('https://acme.zendesk.com/agent/tickets/1'), 'zammad')).toMatchObject({ site: { id: 'zendesk' }, onPage: true });
    expect(siteOfPage(new URL('https://acme.freshdesk.com/support/tickets/1'), undefined)).toMatchObject({ site: { id: 'freshdesk' }, onPage: false });
    expect(siteOfPage(new URL('https://help.northwind.example/desktop/tickets/4'), 'zammad').site.id).toBe('zammad');
    expect(siteOfPage(new URL('https://help.northwind.example/scp/tickets.php'), 'osticket').onPage).toBe(true);
    expect(siteOfPage(new URL('https://help.northwind.example/'), undefined)).toEqual({ site: USER_SITE, allEditables: false, onPage: true });
    // Gmail's definition makes no sense on another host; an unknown id falls back too.
    expect(siteOfPage(new URL('https://help.northwind.example/'), 'gmail').site).toBe(USER_SITE);
    expect(siteOfPage(new URL('https://help.northwind.example/'), 'nope').site).toBe(USER_SITE);
  });

  it('takes every visible editable only on the e2e build’s local pages, never on a custom domain', () => {
    expect(siteOfPage(new URL('http://localhost:3000/textarea.html'), undefined).allEditables).toBe(false); // not the e2e build
    expect(siteOfPage(new URL('https://help.northwind.example/'), undefined).allEditables).toBe(false);
  });

  it('reads the pick from storage only where no hosted definition matches', async () => {
    await fakeBrowser.storage.local.set({ customDomainSites: { 'help.northwind.example': 'chatwoot', 'bad.example': 3 } });
    expect(await domainSiteOf('Help.Northwind.Example.')).toBe('chatwoot');
    expect(await domainSiteOf('bad.example')).toBeUndefined();
    const asked: string[] = [];
    const ask = async (host: string) => {
      asked.push(host);
      return 'chatwoot';
    };
    expect((await pageSite(new URL('https://acme.zendesk.com/agent/'), ask)).site.id).toBe('zendesk');
    expect(asked).toEqual([]);
    expect((await pageSite(new URL('https://help.northwind.example/app'), domainSiteOf)).site.id).toBe('chatwoot');
  });
});
