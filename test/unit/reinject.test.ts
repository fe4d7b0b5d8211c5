/**
 * Re-injecting the content script after an update (lib/background/reinject.ts): into every open
 * tab a declared or registered content script matches, in every frame, once per tab; a tab that
 * refuses does not stop the others; nothing happens on a fresh install.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reinjectContentScripts, reinjectOnUpdate } from '../../lib/background/reinject';

type Tab = { id?: number; url: string; discarded?: boolean };

function fakeApi(tabs: Tab[], { refuse = [] as number[], registered = [] as { matches: string[]; js: string[]; allFrames?: boolean }[] } = {}) {
  const injected: { tabId: number; allFrames: boolean; files: string[] }[] = [];
  const matches = (pattern: string, url: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url);
  const api = {
    runtime: {
      getManifest: () => ({
        content_scripts: [{ matches: ['https://*.zendesk.com/*', 'http://127.0.0.1/*'], js: ['content-scripts/content.js'], all_frames: true }],
      }),
    },
    tabs: {
      query: vi.fn(async ({ url }: { url: string[] }) => tabs.filter((t) => url.some((p) => matches(p, t.url)))),
      executeScript: vi.fn(),
    },
    scripting: {
      getRegisteredContentScripts: async () => registered,
      executeScript: vi.fn(async ({ target, files }: { target: { tabId: number; allFrames: boolean }; files: string[] }) => {
        if (refuse.includes(target.tabId)) throw new Error('Cannot access contents of the page');
        injected.push({ tabId: target.tabId, allFrames: target.allFrames, files });
        return [];
      }),
    },
  };
  return { api: api as unknown as Parameters<typeof reinjectContentScripts>[0], injected };
}

describe('reinjectContentScripts', () => {
  it('runs the content script again in every frame of each open tab it matches', async () => {
    const { api, injected } = fakeApi([
      { id: 1, url: 'https://acme.zendesk.com/agent/tickets/1' },
      { id: 2, url: 'https://example.org/' },
      { id: 3, url: 'http://127.0.0.1/textarea.html' },
    ]);
    await expect(reinjectContentScripts(api)).resolves.toBe(2);
    expect(injected).toEqual([
      { tabId: 1, allFrames: true, files: ['/content-scripts/content.js'] },
      { tabId: 3, allFrames: true, files: ['/content-scripts/content.js'] },
    ]);
  });

  it('reaches custom domains registered at run time too, and each tab once', async () => {
    const { api, injected } = fakeApi(
      [
        { id: 1, url: 'https://acme.zendesk.com/agent/tickets/1' },
        { id: 4, url: 'https://help.acme.test/ticket/9' },
      ],
      { registered: [{ matches: ['https://help.acme.test/*', 'https://*.zendesk.com/*'], js: ['/content-scripts/content.js'], allFrames: true }] },
    );
    await reinjectContentScripts(api);
    expect(injected.map((i) => i.tabId)).toEqual([1, 4]);
  });

  it('goes on past a tab that refuses, and skips discarded tabs', async () => {
    const { api, injected } = fakeApi(
      [
        { id: 1, url: 'https://a.zendesk.com/' },
        { id: 2, url: 'https://b.zendesk.com/' },
        { id: 3, url: 'https://c.zendesk.com/', discarded: true },
      ],
      { refuse: [1] },
    );
    await expect(reinjectContentScripts(api)).resolves.toBe(1);
    expect(injected.map((i) => i.tabId)).toEqual([2]);
  });
});

describe('reinjectOnUpdate', () => {
  beforeEach(() => fakeBrowser.reset());

  it('re-injects on an update only, not on a fresh install', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    (fakeBrowser.runtime as unknown as { getManifest: () => unknown }).getManifest = () => ({ content_scripts: [{ matches: ['https://*.zendesk.com/*'], js: ['content-scripts/content.js'] }] });
    reinjectOnUpdate({ reason: 'install' });
    await Promise.resolve();
    expect(query).not.toHaveBeenCalled();
    reinjectOnUpdate({ reason: 'update' });
    await vi.waitFor(() => expect(query).toHaveBeenCalledWith({ url: ['https://*.zendesk.com/*'] }));
  });
});
