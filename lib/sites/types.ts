/**
 * A helpdesk definition: where Reply Coach runs and how it finds the reply box there.
 * Pure data (one file per helpdesk), read by the content script and the manifest build.
 * Selectors marked "[I]" in a site file are inferred, not checked against the live product:
 * the generic heuristic (a large editable near a send/reply button) still covers them.
 */
export interface SiteDef {
  /** Stable id, also the file name (`zendesk` → `lib/sites/zendesk.ts`). */
  id: string;
  /** Product name as the popup shows it. */
  name: string;
  /** Host-wide match patterns (`https://*.zendesk.com/*`): the release manifest is built from these. */
  matches: string[];
  /** Selectors of the reply editable, or of a container holding exactly one editable. */
  replyBox: string[];
  /** Quoted-thread nodes inside the box: never checked. */
  quote?: string[];
  /** Signature nodes inside the box: never checked. */
  signature?: string[];
  /**
   * Tells that a box is an internal note rather than a public reply (Zendesk, Freshdesk and
   * Help Scout toggle one box between both). The box is a note when it, or an ancestor,
   * matches one of these selectors.
   */
  internalNote?: string[];
  /** Adapter the site is known to use (documentation and a hint for tests). */
  editor?: string;
  /**
   * Set on general-purpose hosts (Gmail, Outlook, `*.atlassian.net`): their host permission is
   * optional, asked for from the options page instead of at install. The text says what turning
   * the site on means and follows its name beside the switch ("Gmail — read-only coaching").
   */
  optional?: string;
}
