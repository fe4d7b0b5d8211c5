/**
 * A helpdesk definition: where Reply Coach runs and how it finds and treats the reply box there.
 * Pure data (one file per helpdesk), read by the content script, the coach bundle, the popup,
 * the options page and the manifest build. Every claim in a site file carries its source:
 * `[S <source>]` seen in that public source (docs/helpdesks.md lists them), `[I]` inferred;
 * `unverified` marks a selector no public source shows.
 */

/** Editor adapters (lib/editors): the ids a site may bind its reply box to. */
export type AdapterId = 'textarea' | 'contenteditable' | 'prosemirror' | 'ckeditor5' | 'quill' | 'lexical' | 'slate' | 'draftjs' | 'tinymce';

/**
 * "Find the scope around the box, test an indicator inside it": the signal holds when the box's
 * closest ancestor matching `scope` (across shadow roots and the box's iframe) holds an element
 * matching `indicator`. Without `scope`, the scope is the box's document.
 */
export interface ScopedSignal {
  scope?: string;
  indicator: string;
}

/**
 * How an internal note is told from a public reply: a selector matching the box or an ancestor
 * (Gorgias, Chatwoot), or a scoped signal for a sibling control (Zendesk's channel switcher,
 * Jira's comment tabs).
 */
export type NoteSignal = string | ScopedSignal;

/** Which editor adapter may write into the site's reply boxes. */
export interface EditorBinding {
  /**
   * Adapters that may apply a rewrite here. A box whose markup picks any other adapter is coached
   * read-only. `'any'`: markup decides (custom domains, local fixture pages).
   */
  apply: readonly AdapterId[] | 'any';
  /** Why nothing applies here, in the popup's words ("Slate 0.47: Apply is not proven on it"). */
  readOnly?: string;
}

export interface SiteDef {
  /** Stable id, also the file name (`zendesk` → `lib/sites/zendesk.ts`). */
  id: string;
  /** Product name as the popup and the options page show it. */
  name: string;
  /**
   * Host-wide match patterns (`https://*.zendesk.com/*`): the release manifest is built from
   * these. Empty for a self-hosted helpdesk (it runs on the custom domain a team lead gives it).
   */
  matches: string[];
  /**
   * Path globs (`/a/*`) of the pages with a reply box: on the other pages of the hosts (a
   * customer portal) nothing is coached. Absent: every page.
   */
  paths?: string[];
  /**
   * Selectors of the reply editable, of a container holding exactly one editable, or of a
   * same-origin iframe whose body is the editable. On a named site nothing else is coached.
   */
  replyBox: string[];
  /** A box matched by `replyBox` counts only where this holds (Jira: the service-management tabs). */
  replyIf?: ScopedSignal;
  /**
   * The site's selectors are guesses: the generic heuristic (a large editable near a send
   * control) may find the reply box too.
   */
  heuristic?: boolean;
  /** Quoted-thread nodes inside the box: never checked. */
  quote?: string[];
  /** Signature nodes inside the box: never checked. */
  signature?: string[];
  /**
   * Where one box toggles between a public reply and an internal note. Ancestor selectors: the
   * box is a note when one matches. Scoped signals: the first whose scope is around the box
   * decides (a modal's own tabs before the page's).
   */
  internalNote?: NoteSignal[];
  editor: EditorBinding;
  /**
   * Set on general-purpose hosts (Gmail, Outlook, `*.atlassian.net`): their host permission is
   * optional, asked for from the options page instead of at install. The text says what turning
   * the site on means and follows its name beside the switch ("Gmail — read-only coaching").
   */
  optional?: string;
}
