/**
 * Custom domains in rule packs (issue 11): importing a pack with `sites` adds its domains with the
 * definition each runs, exporting writes the agent's own domains, and the CLI's `--rules` accepts
 * and checks the field. The options page side is in options-sites.test.tsx.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportRulePack, getEffectiveSettings, importRulePack } from '../../lib/settings';
import { parseRulePack, RulePackError } from '../../lib/rules/pack';
import { main } from '../../lib/cli/main';

const PACK = {
  format: 'reply-coach-rules',
  version: 1,
  name: 'Acme support',
  sites: [
    { host: 'Support.Acme.example', site: 'zammad' },
    { host: 'desk.acme.example', site: 'generic' },
  ],
};

async function local(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('importing a pack with sites', () => {
  it('adds its domains with their definitions, keeps the domains already there, and re-points a listed one', async () => {
    await fakeBrowser.storage.local.set({
      customDomains: ['desk.acme.example', 'help.own.example'],
      customDomainSites: { 'desk.acme.example': 'freescout', 'help.own.example': 'osticket' },
    });
    await importRulePack(JSON.stringify(PACK));
    expect(await local('customDomains')).toEqual(['desk.acme.example', 'help.own.example', 'support.acme.example']);
    // "generic" is the default: desk.acme.example loses its FreeScout pick.
    expect(await local('customDomainSites')).toEqual({ 'help.own.example': 'osticket', 'support.acme.example': 'zammad' });
    expect((await getEffectiveSettings()).customDomains).toEqual(['desk.acme.example', 'help.own.example', 'support.acme.example']);
  });

  it('writes the domains with the rules in one batch, with their schema versions', async () => {
    await importRulePack(PACK);
    expect(await local('customDomains$')).toEqual({ v: 1 });
    expect(await local('customDomainSites$')).toEqual({ v: 1 });
  });

  it('changes nothing when a site entry is bad, not even the rules', async () => {
    await importRulePack({ ...PACK, sites: [] });
    const before = structuredClone(await fakeBrowser.storage.local.get(null));
    const bad = { ...PACK, rules: { 'en.anything': { enabled: false } }, sites: [...PACK.sites, { host: 'https://help.acme.example', site: 'zammad' }] };
    await expect(importRulePack(bad)).rejects.toBeInstanceOf(RulePackError);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('leaves the domains alone when the pack has none', async () => {
    await fakeBrowser.storage.local.set({ customDomains: ['help.own.example'], customDomainSites: { 'help.own.example': 'osticket' } });
    await importRulePack({ format: 'reply-coach-rules', version: 1 });
    expect(await local('customDomains')).toEqual(['help.own.example']);
    expect(await local('customDomainSites')).toEqual({ 'help.own.example': 'osticket' });
  });
});

describe('exporting', () => {
  it("writes the agent's own domains as sites, generic where none is picked, and imports back to the same", async () => {
    await fakeBrowser.storage.local.set({
      customDomains: ['desk.acme.example', 'support.acme.example'],
      customDomainSites: { 'support.acme.example': 'zammad' },
    });
    const exported = await exportRulePack();
    expect(exported.sites).toEqual([
      { host: 'desk.acme.example', site: 'generic' },
      { host: 'support.acme.example', site: 'zammad' },
    ]);
    const json = JSON.stringify(exported);
    expect(parseRulePack(json).pack.sites).toEqual(exported.sites);
    fakeBrowser.reset();
    await importRulePack(json);
    expect(await local('customDomains')).toEqual(['desk.acme.example', 'support.acme.example']);
    expect(await local('customDomainSites')).toEqual({ 'support.acme.example': 'zammad' });
  });

  it('has no sites field without custom domains, so older versions still read the file', async () => {
    expect(await exportRulePack()).not.toHaveProperty('sites');
  });

  it("leaves out the policy's domains and a stored domain a pack cannot hold", async () => {
    await fakeBrowser.storage.local.set({ customDomains: ['help.own.example', 'acme.zendesk.com'] });
    await fakeBrowser.storage.managed.set({ rulePack: PACK });
    expect((await exportRulePack()).sites).toEqual([{ host: 'help.own.example', site: 'generic' }]);
  });
});

describe('reply-coach check --rules', () => {
  class Sink extends Writable {
    text = '';
    override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
      this.text += chunk.toString();
      done();
    }
  }
  async function checkWith(pack: unknown, reply: string) {
    const file = join(mkdtempSync(join(tmpdir(), 'rc-sites-')), 'pack.json');
    writeFileSync(file, JSON.stringify(pack));
    const stdout = new Sink();
    const stderr = new Sink();
    const code = await main(['check', '--lang', 'en', '--format', 'json', '--rules', file], { stdin: Readable.from([reply]), stdout, stderr, env: {} });
    return { code, stdout: stdout.text, stderr: stderr.text, file };
  }
  const REPLY = 'As I said before, the parcel left the depot today.';

  it('accepts a pack with sites and checks the reply exactly as without them', async () => {
    const withSites = await checkWith(PACK, REPLY);
    const without = await checkWith({ ...PACK, sites: undefined }, REPLY);
    expect(withSites.stderr).toBe('');
    expect(withSites.code).toBe(without.code);
    const findings = (r: { stdout: string }) => (JSON.parse(r.stdout) as Array<{ findings: Array<{ ruleId: string }> }>)[0].findings.map((f) => f.ruleId);
    expect(findings(withSites)).toEqual(findings(without));
    expect(findings(withSites).length).toBeGreaterThan(0);
  });

  it('refuses a bad site entry with its path and reason, exit 2, nothing checked', async () => {
    const r = await checkWith({ ...PACK, sites: [{ host: 'support.acme.example:8443', site: 'zammad' }] }, REPLY);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${r.file}: bad rule pack: sites[0].host: must be the host name only, without a port`);
  });
});
