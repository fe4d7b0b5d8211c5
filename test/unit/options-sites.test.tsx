// @vitest-environment happy-dom
/**
 * Custom domains from rule packs on the options page (issue 11): an imported pack's domains are
 * previewed, asked for in the confirming click and offered "Allow access" until granted; a
 * policy's domains are shown as set by the organization, their definition fixed, never removable.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App';
import { builtinRules } from '../../lib/rules';

const [RULE_A] = builtinRules('en');

const PACK = {
  format: 'reply-coach-rules',
  version: 1,
  name: 'Acme support',
  sites: [
    { host: 'support.acme.example', site: 'zammad' },
    { host: 'desk.acme.example', site: 'generic' },
  ],
};

/** Origins the fake browser has granted; `contains` answers from it. */
let granted: Set<string>;

async function local(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

async function open() {
  render(<App />);
  await screen.findByRole('switch', { name: RULE_A.message });
}

function domainRow(host: string): HTMLElement {
  const row = document.querySelector<HTMLElement>(`[data-rc-domain="${host}"]`);
  if (!row) throw new Error(`${host} is not listed`);
  return row;
}

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => origins.every((o) => granted.has(o)));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a rule pack with domains', () => {
  it('previews them, asks for them in the confirming click, and offers "Allow access" for one not allowed', async () => {
    // The agent allows one of the two domains the pack brings.
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => {
      granted.add('https://desk.acme.example/*');
      return false;
    });
    await open();
    const file = new File([JSON.stringify(PACK)], 'acme.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import rule pack'), { target: { files: [file] } });
    const region = await screen.findByRole('region', { name: /^Importing / });
    expect(region.querySelector('[data-rc-diff-site="support.acme.example"]')?.textContent).toBe('support.acme.exampleAdded: Zammad');
    expect(region.querySelector('[data-rc-diff-site="desk.acme.example"]')?.textContent).toBe('desk.acme.exampleAdded: Generic detection');
    expect(region.querySelector('[data-rc-diff-access]')?.textContent).toMatch(/browser asks for access to the new domains.*the coach does not run there until you allow it/);
    expect(await local('customDomains')).toBeUndefined();

    fireEvent.click(within(region).getByRole('button', { name: 'Replace my rules' }));
    // Within the click: the browser shows its prompt only during a user gesture.
    expect(request).toHaveBeenCalledWith({ origins: ['https://support.acme.example/*', 'https://desk.acme.example/*'] });
    await waitFor(async () => expect(await local('customDomains')).toEqual(['desk.acme.example', 'support.acme.example']));
    await waitFor(() => expect((screen.getByLabelText('What support.acme.example runs') as HTMLSelectElement).value).toBe('zammad'));
    expect((screen.getByLabelText('What desk.acme.example runs') as HTMLSelectElement).value).toBe('');

    const allow = await screen.findByRole('button', { name: 'Allow access to support.acme.example' });
    expect(within(domainRow('desk.acme.example')).queryByRole('button', { name: /^Allow access/ })).toBeNull();
    request.mockReset().mockImplementation(async () => {
      granted.add('https://support.acme.example/*');
      return true;
    });
    fireEvent.click(allow);
    expect(request).toHaveBeenCalledWith({ origins: ['https://support.acme.example/*'] });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Allow access to support.acme.example' })).toBeNull());
  });

  it('a pack without domains asks the browser for nothing', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    await open();
    const { sites: _sites, ...noSites } = PACK;
    const file = new File([JSON.stringify({ ...noSites, rules: { [RULE_A.id]: { enabled: false } } })], 'rules.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import rule pack'), { target: { files: [file] } });
    const region = await screen.findByRole('region', { name: /^Importing / });
    expect(region.querySelector('[data-rc-diff-access]')).toBeNull();
    fireEvent.click(within(region).getByRole('button', { name: 'Replace my rules' }));
    await waitFor(async () => expect(await local('rules')).toEqual({ [RULE_A.id]: { enabled: false } }));
    expect(request).not.toHaveBeenCalled();
  });
});

describe("the policy's domains", () => {
  it('are listed as set by the organization, with their definition fixed and no Remove; the own domains stay editable', async () => {
    granted.add('https://support.acme.example/*');
    await fakeBrowser.storage.local.set({ customDomains: ['help.own.example'] });
    await fakeBrowser.storage.managed.set({ rulePack: PACK });
    await open();
    const row = domainRow('support.acme.example');
    expect(row.querySelector('[data-rc-locked-by]')?.getAttribute('data-rc-locked-by')).toBe('Acme support');
    const pick = screen.getByLabelText('What support.acme.example runs') as HTMLSelectElement;
    expect(pick.value).toBe('zammad');
    expect(pick.disabled).toBe(true);
    expect(within(row).queryByRole('button', { name: /^Remove/ })).toBeNull();
    // The policy's other domain is not granted yet; the granted one has nothing to allow.
    expect(await within(domainRow('desk.acme.example')).findByRole('button', { name: 'Allow access to desk.acme.example' })).toBeTruthy();
    expect(within(row).queryByRole('button', { name: /^Allow access/ })).toBeNull();

    const own = domainRow('help.own.example');
    expect(own.querySelector('[data-rc-locked-by]')).toBeNull();
    expect((screen.getByLabelText('What help.own.example runs') as HTMLSelectElement).disabled).toBe(false);
    expect(within(own).getByRole('button', { name: 'Remove help.own.example' })).toBeTruthy();
  });
});
