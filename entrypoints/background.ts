/**
 * Background: checks every frame's reply boxes (the engine), injects the coach bundle into frames that found a reply box, keeps the latest
 * per-box reports of each tab (memory + storage.session) for the popup while each frame's link
 * lives, and shows the count of findings worth a look on the badge. No network requests, no
 * reply text in logs or storage.local.
 */
import { browser, defineBackground, type Browser } from '#imports';
import { relayCommand } from '@/lib/background/commands';
import { askFrame, hostOf, takeReport, watchFrameLinks } from '@/lib/background/frame-links';
import { scriptSync } from '@/lib/background/registered-scripts';
import { reinjectOnUpdate } from '@/lib/background/reinject';
import { Engine } from '@/lib/engine/engine';
import { WARM_UP_REPLY } from '@/lib/engine/warm-up';
import { check } from '@/lib/checker';
import { admit } from '@/lib/messages-schema';
import { answerSettingsRequest } from '@/lib/background/settings-requests';
import { loadPageCatalogue } from '@/lib/i18n/catalogues';
import { getCustomDomains, getEffectiveSettings, watchCustomDomains } from '@/lib/settings';
import type { TabReports } from '@/lib/messages';
import { badgeOf, ReportStore, type SessionArea } from '@/lib/page/reports';
import { isSiteEnabled } from '@/lib/settings/sites';

type Sender = Browser.runtime.MessageSender;

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  // Called in the order the reports changed, so the badge calls reach the browser in that order.
  const setBadge = (tabId: number, reports: TabReports) => {
    const { text, color } = badgeOf(reports);
    Promise.all([
      action.setBadgeText({ tabId, text }),
      text ? action.setBadgeBackgroundColor({ tabId, color }) : undefined,
    ]).catch(() => {
      // the tab closed meanwhile
    });
  };
  const store = new ReportStore({
    session: browser.storage.session as SessionArea | undefined,
    ask: askFrame(browser.tabs),
    onChange: setBadge,
  });

  // The one checker of the browser: every frame's reply boxes are checked here (lib/engine).
  const engine = new Engine({
    check: (text, opts) => check(text, { lang: 'auto', ...opts }),
    readSettings: getEffectiveSettings,
  });
  let warm = false;
  // The first check builds compromise's lexicon and the tone model: done as soon as a frame links
  // up (a frame whose agent types reopens its link to a stopped worker), after the port is
  // answered, so it runs while the agent types and not when their check arrives.
  const warmUp = () => {
    if (warm) return;
    warm = true;
    engine.readAhead();
    setTimeout(() => check(WARM_UP_REPLY, { lang: 'auto' }), 0);
  };

  const ownOrigin = browser.runtime.getURL('/');
  watchFrameLinks(browser.runtime.onConnect, store, browser.runtime.id, ownOrigin, (tabId, frameId) => engine.forgetFrame(`${tabId}/${frameId}`), warmUp);
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    // Content scripts run in pages we do not control: shape, size and sender are checked first.
    const checked = admit(message, sender, browser.runtime.id, ownOrigin);
    if (!checked.ok) return Promise.resolve({ ok: false, error: checked.error });
    const msg = checked.message;
    switch (msg.type) {
      case 'coach:inject':
        return injectInto(sender, '/coach.js');
      case 'coach:inject-ui':
        return injectInto(sender, '/card-ui.js');
      case 'report:update':
      case 'report:remove':
        return takeReport(store, msg, sender);
      case 'coach:enable-here':
        return enableHere(msg.tabId);
      case 'popup:get-reports':
        return store.get(msg.tabId).then((tab) => tab ?? { tabId: msg.tabId, host: '', frames: {} });
      case 'engine:edit':
        warm = true;
        return engine.edit(`${sender.tab!.id}/${sender.frameId ?? 0}`, msg);
      case 'i18n:catalogue':
        return loadPageCatalogue(msg.locale);
      case 'settings:get':
      case 'settings:disable-rule':
      case 'settings:restore-rule':
      case 'settings:allow-phrase':
        return answerSettingsRequest(msg);
      default:
        return undefined;
    }
  });

  // Frames' ports report their own documents' end; a worker that slept through it learns of it
  // when it reads the tab back (the store then asks the frames).
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') void store.get(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void store.clear(tabId);
    engine.forgetTab(tabId);
  });
  // Next/previous finding (manifest `commands`): the tab's focused reply box moves to it.
  browser.commands?.onCommand.addListener((command, tab) => void relayCommand(browser.tabs, command, tab));
  // An update leaves the content script of open helpdesk tabs orphaned: run it again there.
  browser.runtime.onInstalled.addListener(reinjectOnUpdate);

  // Custom helpdesk domains and optional sites: the content script runs there once the user
  // granted the origin: the agent's own domains and a valid policy pack's `sites` (the parser
  // loads only when a policy exists).
  const sync = scriptSync(browser.scripting, browser.permissions, getCustomDomains);
  void sync();
  watchCustomDomains(() => void sync());
  browser.permissions.onAdded?.addListener(() => void sync());
  browser.permissions.onRemoved?.addListener(() => void sync());
});

/**
 * "Coach this page" from the popup: runs the content script once in every frame of the tab. The
 * popup click grants activeTab, so no host permission is needed; it lasts until the tab navigates.
 */
async function enableHere(tabId: number): Promise<{ ok: boolean }> {
  try {
    if (browser.scripting?.executeScript) {
      await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/content-scripts/content.js'] });
    } else {
      await browser.tabs.executeScript(tabId, { file: '/content-scripts/content.js', allFrames: true });
    }
    return { ok: true };
  } catch {
    // A browser page (chrome://, the web store) or a tab the user has not activated the extension on.
    return { ok: false };
  }
}

/**
 * Runs one of the page bundles in the sender's frame, in the isolated world it shares with the
 * content script: `/coach.js` (the content script then calls `globalThis.__replyCoach`) or the
 * card UI `/card-ui.js` (the coach bundle then takes `globalThis.__replyCoachUi`). Firefox MV2
 * has no `scripting` in older versions: `tabs.executeScript` does the same there.
 */
async function injectInto(sender: Sender, file: '/coach.js' | '/card-ui.js'): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (tabId == null) return { ok: false };
  if (!(await isSiteEnabled(hostOf(sender)))) return { ok: false };
  try {
    if (browser.scripting?.executeScript) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    } else {
      await browser.tabs.executeScript(tabId, { file, frameId });
    }
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
