/**
 * What the coach bundle asks of the extension, over `browser.*`: its reports, the rule switch,
 * the settings stream and the popup's messages. After an update or reload every `browser.*`
 * call throws (even before a returned promise could reject), so each one checks the context
 * first and none lets an error out.
 */
import { browser, type Browser } from '#imports';
import { copyToClipboard } from '../clipboard';
import { t } from '../i18n/page';
import type { EffectiveSettings } from '../settings';
import type { CoachDeps } from './coach';
import { safely, type PageContext } from './context';
import { frameLink } from './frame-link';
import { allowPhraseRemotely, disableRuleRemotely, subscribeRemoteSettings } from './remote-settings';

/** Built-in rules as they ship, used only if storage cannot be read at all: coach, don't stall. */
export const FALLBACK_SETTINGS: EffectiveSettings = {
  rules: {},
  custom: [],
  guidelines: {},
  disabledSites: [],
  coachInternalNotes: false,
  customDomains: [],
  managed: false,
  packName: null,
  locked: { rules: [], custom: [], guidelines: [] },
  allowList: [],
};

type Listener = Parameters<typeof browser.runtime.onMessage.addListener>[0];

export function extensionDeps(context: PageContext): Pick<CoachDeps, 'actions' | 'settings' | 'inbox' | 'updateNotice' | 'wake'> {
  const link = frameLink(context, browser.runtime);
  return {
    actions: {
      report: link.report,
      removeReport: link.remove,
      disableRule: (ruleId) => disableRuleRemotely(browser.runtime, ruleId),
      allowPhrase: (finding) => allowPhraseRemotely(browser.runtime, finding),
      copy: copyToClipboard,
    },
    settings: {
      subscribe(cb) {
        const use = (s: EffectiveSettings) => context.isValid && cb(s);
        let unsubscribe = () => {};
        safely(context, () => {
          unsubscribe = subscribeRemoteSettings(browser.runtime, browser.storage.onChanged, use, FALLBACK_SETTINGS);
        });
        return () => safely(context, unsubscribe);
      },
    },
    inbox: {
      subscribe(handler) {
        const listener = ((message: unknown, _sender: Browser.runtime.MessageSender) => handler(message)) as Listener;
        browser.runtime.onMessage.addListener(listener);
        return () => safely(context, () => browser.runtime.onMessage.removeListener(listener));
      },
    },
    // Worded when shown, in the locale then in force: lib/i18n needs no `browser.*`, which
    // throws once the context is invalid.
    updateNotice: () => t('notice.updated', { name: t('manifest.name') }),
    // A stopped worker is started again by the frame's link (its port), as the agent types.
    wake: link.wake,
  };
}
