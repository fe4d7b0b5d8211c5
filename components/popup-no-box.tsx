/**
 * What the popup says when the tab has no reply box to report: why, in the agent's words, and
 * the one action that helps (turn Reply Coach on for the site, coach the page once, reload,
 * open the setting). entrypoints/popup/tab-page.ts decides the tab's page.
 */
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
const pathText = (paths: readonly string[]) => paths.map((p) => p.replace(/\*+$/, '')).join(' or ');

export function PopupNoBox({ tab, enable = { state: 'idle' }, needsReload, onEnableSite, onCoachHere, onReload, onOpenOptions }: PopupNoBoxProps) {
  if (needsReload) {
    return (
      <PopupEmpty
        icon="compose"
        title={`Coaching is back on for ${needsReload.host}`}
        action={onReload ? { label: 'Reload tab', onClick: onReload } : undefined}
      >
        This tab was opened while coaching was paused. Reload it to coach its reply box; text the helpdesk has not saved as a
        draft is lost.
      </PopupEmpty>
    );
  }
  const once: PopupAction | undefined = onCoachHere ? { label: 'Coach this page', onClick: onCoachHere } : undefined;
  switch (tab.kind) {
    case 'browser':
      return (
        <PopupEmpty icon="pause" title="Reply Coach can’t run on this page">
          Browser and extension pages are off limits to extensions. Open your helpdesk in a tab, then click Reply Coach there.
        </PopupEmpty>
      );
    case 'helpdesk':
      return tab.site.onPage ? (
        <PopupEmpty icon="compose" title={`No reply box found on this ${tab.site.name} page`}>
          Open a ticket and click into its reply. If a reply box is open and still not coached, Reply Coach does not recognise
          this page's editor yet.
        </PopupEmpty>
      ) : (
        <PopupEmpty icon="compose" title="No replies written on this page">
          Reply Coach coaches {tab.site.name} only on its agent pages
          {tab.site.paths?.length ? ` (${pathText(tab.site.paths)}…)` : ''}, where replies are written.
        </PopupEmpty>
      );
    case 'generic':
      return (
        <PopupEmpty icon="compose" title="No reply box found on this page" action={{ label: 'Open site settings', onClick: () => onOpenOptions('domains') }}>
          On {tab.host} Reply Coach looks for a large text box next to a Send button. Open a ticket and click into its reply. If
          one is open and still not coached, choose which helpdesk {tab.host} runs in the site settings.
        </PopupEmpty>
      );
    case 'off':
      return <NotCoached tab={tab} enable={enable} once={once} onEnableSite={onEnableSite} />;
    default:
      return (
        <PopupEmpty icon="compose" title="Open a ticket and start typing a reply" action={once}>
          Reply Coach checks the reply box as you write and suggests calmer, clearer wording.
          {once ? ' Not a helpdesk we know? Coach this page until you leave it.' : ''}
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
      <PopupEmpty icon="pause" title={`Reply Coach doesn’t coach ${tab.host}`} alert={alert} action={once}>
        {once ? 'You can still coach this page until you leave it: the browser lets Reply Coach read it while you are here.' : 'Reply Coach runs on the helpdesks it knows and on https:// domains added in its options.'}
      </PopupEmpty>
    );
  }
  const action: PopupAction = {
    label: enable.state === 'asking' ? 'Waiting for the browser…' : 'Coach this page',
    onClick: onEnableSite,
    disabled: enable.state === 'asking',
  };
  return target.kind === 'optional' ? (
    <PopupEmpty icon="pause" title={`${target.name} is off`} action={action}>
      Reply Coach reads sites that are not only helpdesks, like mail, only once you turn them on. The browser asks once for
      permission to read {target.name}.
    </PopupEmpty>
  ) : (
    <PopupEmpty icon="pause" title={`Reply Coach doesn’t coach ${tab.host}`} action={action}>
      It coaches the helpdesks it knows and the domains you add. If this is your helpdesk, coach it from now on: the browser asks
      once for permission to read its pages.
    </PopupEmpty>
  );
}
