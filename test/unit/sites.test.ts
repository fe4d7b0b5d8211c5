// @vitest-environment happy-dom
/** Meta-test over the helpdesk registry (style.md §9): required fields, unique ids, valid data. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { E2E_MATCHES, HELPDESK_MATCHES, OPTIONAL_MATCHES, OPTIONAL_SITES, SITES, siteForUrl, USER_SITE } from '../../lib/sites';

const dir = join(__dirname, '../../lib/sites');
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

describe('helpdesk registry', () => {
  it('lists every site file, once', () => {
    expect(SITES.map((s) => `${s.id}.ts`).sort()).toEqual(siteFiles.sort());
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
  });

  it('covers the helpdesks of the brief', () => {
    for (const id of ['zendesk', 'freshdesk', 'help-scout', 'intercom', 'front', 'gorgias', 'hubspot', 'zoho-desk', 'salesforce', 'jira-service-management', 'crisp', 'gmail', 'outlook']) {
      expect(SITES.some((s) => s.id === id), id).toBe(true);
    }
  });

  describe.each(SITES.map((s) => [s.id, s] as const))('%s', (_id, site) => {
    it('has a name, https host-wide match patterns and reply-box selectors', () => {
      expect(site.name.trim()).not.toBe('');
      expect(site.matches.length).toBeGreaterThan(0);
      for (const m of site.matches) {
        expect(() => new MatchPattern(m), m).not.toThrow();
        expect(m, 'host-wide: the content script must see SPA routes').toMatch(/^https:\/\/[^/]+\/\*$/);
      }
      expect(site.replyBox.length).toBeGreaterThan(0);
    });

    it('has selectors that parse', () => {
      for (const sel of [...site.replyBox, ...(site.quote ?? []), ...(site.signature ?? []), ...(site.internalNote ?? [])]) {
        expect(validSelector(sel), sel).toBe(true);
      }
    });

    it('ends with a Test URLs comment', () => {
      const src = readFileSync(join(dir, `${site.id}.ts`), 'utf8');
      expect(src).toMatch(/\/\/ Test URLs:\n(\/\/ https:\/\/\S+.*\n)+$/);
    });

    it('is found by its own host', () => {
      const host = site.matches[0].replace('https://*.', 'https://acme.').replace('/*', '/some/page');
      expect(siteForUrl(host)?.id).toBe(site.id);
    });
  });

  it('marks internal notes where one box toggles reply/note (Zendesk, Freshdesk, Help Scout)', () => {
    for (const id of ['zendesk', 'freshdesk', 'help-scout']) {
      expect(SITES.find((s) => s.id === id)!.internalNote?.length, id).toBeGreaterThan(0);
    }
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

  it('gives user-enabled pages every site’s quote and signature selectors', () => {
    expect(USER_SITE.replyBox).toEqual([]);
    expect(USER_SITE.quote).toContain('.gmail_quote');
    expect(USER_SITE.signature).toContain('.gmail_signature');
  });
});
