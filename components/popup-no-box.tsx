/**
 * What the popup says when the tab has no reply box to report: why, in the agent's words, and
 * the one action that helps (turn Reply Coach on for the site, coach the page once, reload,
 * open the setting). entrypoints/popup/tab-page.ts decides the tab's page.
 */
import { t } from '../lib/i18n';
import { PopupEmpty, type PopupAction } from './popup-empty';

/** The site definition the tab's page matched, when one did. */
export interface PageSiteView {
  name: string;
  /** The page is one of the site's pages with a reply box. */
  onPage: boolean;
  /** The site's path globs (`/a/*`), when it has them. */
  paths?: readonly string[];
}

/** How Reply Coach can be turned on for a page it does not coach. */
export type EnableTarget =
  /** An optional site (Gmail, Outlook, Atlassian): its hosts' permission is the setting. */
  | { kind: 'optional'; siteId: string; name: string }
  /** Any other https host: added as a custom helpdesk domain, as on the options page. */
  | { kind: 'domain'; host: string };

/** How Reply Coach stands on the tab's page. */
export type TabPage =
  /** The browser did not give the tab's address. */
  | { kind: 'unknown' }
  /** Not a web page (a browser or extension page, a file): no extension runs there. */
  | { kind: 'browser' }
  /** A site definition runs here. */
  | { kind: 'helpdesk'; host: string; site: PageSiteView }
  /** Generic detection runs here (a custom domain without a definition, a local test page). */
  | { kind: 'generic'; host: string }
  /** Reply Coach does not run here; `enable` says how it can (absent: only once, from the popup). */
  | { kind: 'off'; host: string; enable?: EnableTarget };

/** Turning Reply Coach on for the tab's site, from the popup. */
export type EnableState = { state: 'idle' } | { state: 'asking' } | { state: 'refused'; reason: string };

/** Where the options page opens (the id of the setting, scrolled to and focused). */
export type OptionsAnchor = 'internal-notes' | 'domains';

export interface PopupNoBoxProps {
  tab: TabPage;
  enable?: EnableState;
  /** Coaching was resumed on a tab whose coach never started while it was paused. */
  needsReload?: { host: string };
  /** Turn Reply Coach on for the site (the browser asks for permission within the click). */
  onEnableSite?: () => void;
  /** Coach this page once (activeTab), until the tab navigates. */
  onCoachHere?: () => void;
  onReload?: () => void;
  onOpenOptions: (anchor?: OptionsAnchor) => void;
}

/** `/a/*` → `/a/` */
const pathText = (paths: readonly string[]) => paths.map((p) => p.replace(/\*+$/, '')).join(t('noBox.pathOr'));

export function PopupNoBox({ tab, enable = { state: 'idle' }, needsReload, onEnableSite, onCoachHere, onReload, onOpenOptions }: PopupNoBoxProps) {
  if (needsReload) {
    return (
      <PopupEmpty
        icon="compose"
        title={t('noBox.reloadTitle', { host: needsReload.host })}
        action={onReload ? { label: t('noBox.reload'), onClick: onReload } : undefined}
      >
        {t('noBox.reloadText')}
      </PopupEmpty>
    );
  }
  const once: PopupAction | undefined = onCoachHere ? { label: t('noBox.coachHere'), onClick: onCoachHere } : undefined;
  switch (tab.kind) {
    case 'browser':
      return (
        <PopupEmpty icon="pause" title={t('noBox.browserTitle')}>
          {t('noBox.browserText')}
        </PopupEmpty>
      );
    case 'helpdesk':
      return tab.site.onPage ? (
        <PopupEmpty icon="compose" title={t('noBox.helpdeskTitle', { site: tab.site.name })}>
          {t('noBox.helpdeskText')}
        </PopupEmpty>
      ) : (
        <PopupEmpty icon="compose" title={t('noBox.notAgentTitle')}>
          {tab.site.paths?.length
            ? t('noBox.notAgentPathsText', { site: tab.site.name, paths: pathText(tab.site.paths) })
            : t('noBox.notAgentText', { site: tab.site.name })}
        </PopupEmpty>
      );
    case 'generic':
      return (
        <PopupEmpty icon="compose" title={t('noBox.genericTitle')} action={{ label: t('noBox.genericAction'), onClick: () => onOpenOptions('domains') }}>
          {t('noBox.genericText', { host: tab.host })}
        </PopupEmpty>
      );
    case 'off':
      return <NotCoached tab={tab} enable={enable} once={once} onEnableSite={onEnableSite} />;
    default:
      return (
        <PopupEmpty icon="compose" title={t('noBox.unknownTitle')} action={once}>
          {t('noBox.unknownText')}
          {once ? t('noBox.unknownOnce') : ''}
        </PopupEmpty>
      );
  }
}

function NotCoached({
  tab,
  enable,
  once,
  onEnableSite,
}: {
  tab: Extract<TabPage, { kind: 'off' }>;
  enable: EnableState;
  once?: PopupAction;
  onEnableSite?: () => void;
}) {
  const target = tab.enable;
  if (enable.state === 'refused' || !target || !onEnableSite) {
    // Without the permission (or a way to ask for it), the page can still be coached once.
    const alert = enable.state === 'refused' ? enable.reason : undefined;
    return (
      <PopupEmpty icon="pause" title={t('noBox.offTitle', { host: tab.host })} alert={alert} action={once}>
        {once ? t('noBox.offOnce') : t('noBox.offText')}
      </PopupEmpty>
    );
  }
  const action: PopupAction = {
    label: enable.state === 'asking' ? t('noBox.waiting') : t('noBox.coachHere'),
    onClick: onEnableSite,
    disabled: enable.state === 'asking',
  };
  return target.kind === 'optional' ? (
    <PopupEmpty icon="pause" title={t('noBox.optionalTitle', { site: target.name })} action={action}>
      {t('noBox.optionalText', { site: target.name })}
    </PopupEmpty>
  ) : (
    <PopupEmpty icon="pause" title={t('noBox.offTitle', { host: tab.host })} action={action}>
      {t('noBox.domainText')}
    </PopupEmpty>
  );
}
