/**
 * The built manifests (npm test builds before running Vitest): minimal permissions, only the
 * helpdesk hosts at install in the release build (Gmail, Outlook and Atlassian are optional),
 * localhost only in the e2e build, a small content script.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HELPDESK_MATCHES, OPTIONAL_MATCHES } from '../../lib/sites';

const root = join(__dirname, '../..');
function manifest(dir: string) {
  const path = join(root, '.output', dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` and \`npm run build:e2e\` first (npm test does)`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

describe('release manifest', () => {
  const m = manifest('chrome-mv3');
  const contentMatches = (): string[] => m.content_scripts.flatMap((cs: { matches: string[] }) => cs.matches);
  it('asks only for storage, scripting and activeTab, and the helpdesk hosts', () => {
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect([...m.host_permissions].sort()).toEqual([...HELPDESK_MATCHES].sort());
    expect([...contentMatches()].sort()).toEqual([...HELPDESK_MATCHES].sort());
  });
  it('asks for Gmail, Outlook and *.atlassian.net only at run time, beside any https custom domain', () => {
    expect(OPTIONAL_MATCHES).toEqual(
      expect.arrayContaining(['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://*.atlassian.net/*']),
    );
    expect([...m.optional_host_permissions].sort()).toEqual([...OPTIONAL_MATCHES, 'https://*/*'].sort());
    for (const pattern of OPTIONAL_MATCHES) {
      expect(m.host_permissions, pattern).not.toContain(pattern);
      expect(contentMatches(), pattern).not.toContain(pattern);
    }
  });
  it('never runs on localhost, and has no fixed key (the store assigns the id)', () => {
    const text = JSON.stringify(m);
    expect(text).not.toMatch(/localhost|127\.0\.0\.1|reply-coach\.test/);
    expect(m.key).toBeUndefined();
  });
  it('keeps the content script entry at or under 60 KB raw', () => {
    for (const cs of m.content_scripts) {
      const bytes = cs.js.reduce((n: number, f: string) => n + statSync(join(root, '.output/chrome-mv3', f)).size, 0);
      expect(bytes).toBeLessThanOrEqual(60 * 1024);
    }
  });
  it('declares the managed policy schema for team rule packs', () => {
    expect(m.storage?.managed_schema).toBe('managed_schema.json');
    const schema = JSON.parse(readFileSync(join(root, '.output/chrome-mv3/managed_schema.json'), 'utf8'));
    expect(schema.properties.rulePack.type).toBe('object');
  });
});

describe('end-to-end manifest', () => {
  /** The release's optional hosts and the site suite's custom domain (test/e2e/sites.mjs). */
  const E2E_GRANTED = [...OPTIONAL_MATCHES, 'https://support.reply-coach.test/*'];
  it('adds the local fixture hosts to the content script and host permissions, and nothing else', () => {
    const m = manifest('chrome-mv3-e2e');
    const matches = m.content_scripts.flatMap((cs: { matches: string[] }) => cs.matches);
    const local = ['http://localhost/*', 'http://127.0.0.1/*'];
    expect([...matches].sort()).toEqual([...HELPDESK_MATCHES, ...local].sort());
    expect([...m.host_permissions].sort()).toEqual([...HELPDESK_MATCHES, ...local, ...E2E_GRANTED].sort());
  });
  it('grants Gmail, Outlook, *.atlassian.net and the test custom domain at install (no prompt to answer headless), registered at run time as in the release', () => {
    const m = manifest('chrome-mv3-e2e');
    const matches = m.content_scripts.flatMap((cs: { matches: string[] }) => cs.matches);
    for (const pattern of E2E_GRANTED) {
      expect(m.host_permissions, pattern).toContain(pattern);
      expect(m.optional_host_permissions, pattern).not.toContain(pattern);
      expect(matches, pattern).not.toContain(pattern);
    }
    expect(m.optional_host_permissions).toEqual(['https://*/*']);
  });
  it('has a fixed key, so its extension id is stable for policy tests', () => {
    const m = manifest('chrome-mv3-e2e');
    expect(m.key).toMatch(/^MII[A-Za-z0-9+/]+=*$/);
  });
});
