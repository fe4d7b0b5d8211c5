/**
 * Messages between the content script (per frame), the background and the popup.
 * Reply text travels only inside the browser and is kept in memory, never in storage or logs.
 */
import type { Category, ChecklistItem, Finding, Range, Report, RuleOverride } from './checker/types';

/** A finding as reports carry it: the checker's finding plus its identity (lib/page/finding-key.ts). */
export type ReportedFinding = Finding & { key: string };

/** One watched reply box's latest check, as the popup shows it. */
export interface BoxReport {
  /** Stable within the frame's lifetime ("box-1"…). */
  boxId: string;
  /** Editor kind the adapter detected ('textarea', 'prosemirror', 'generic'…). */
  editor: string;
  /** false when coaching is read-only (no tested adapter): suggestions can be copied, not applied. */
  canApply: boolean;
  lang: string;
  score: number;
  /** Words of the agent's own text: 0 = nothing to check yet (no score is shown). */
  words: number;
  /** Unfilled placeholders: the reply is not ready to send until they are filled. */
  gaps: number;
  findings: ReportedFinding[];
  checklist: ChecklistItem[];
  /** Date.now() of the check. */
  at: number;
}

/*
 * A frame's link (lib/page/frame-link.ts) is one document's connection to the background: a
 * `runtime.connect` port named `FRAME_PORT_PREFIX + link` (lib/messages-schema.ts), with a new
 * random `link` id for every port. Reports carry the id, so the background drops any that come
 * from a link it has seen end (the frame's document went away, or was replaced).
 */

export type ToBackground =
  /** Content script found a reply box: inject the lazily loaded coach bundle into this frame. */
  | { type: 'coach:inject' }
  /** The coach bundle is to show its first card or findings list: inject the card UI bundle into this frame. */
  | { type: 'coach:inject-ui' }
  /** Latest report of one box (sent after every check), from the frame's link `link`. */
  | { type: 'report:update'; link: string; report: BoxReport }
  /** The box went away (unmounted, navigation). */
  | { type: 'report:remove'; link: string; boxId: string }
  /** Popup: the agent asked to coach this page once (a site we have no definition for), via activeTab. */
  | { type: 'coach:enable-here'; tabId: number }
  /** Popup asks for the active tab's reports. */
  | { type: 'popup:get-reports'; tabId: number }
  /**
   * A box's text as an edit of the version the engine holds (lib/engine/protocol.ts); with
   * `check`, the last edit of a check: the engine answers the report (`EngineAnswer`).
   */
  | {
      type: 'engine:edit';
      doc: string;
      base: number;
      version: number;
      start: number;
      end: number;
      text: string;
      check?: { ignore: Range[]; settingsKey: string };
    }
  /** A frame asks for the settings in force (EffectiveSettings): lib/page/remote-settings.ts. */
  | { type: 'settings:get' }
  /** A frame asks for a UI locale's catalogue (lib/page/remote-catalogue.ts): answered with it. */
  | { type: 'i18n:catalogue'; locale: 'fr' | 'sv' | 'zh_TW' | 'zh_HK' }
  /**
   * The card's "Turn off this rule": answered `{ ok: true, before }` (the rule's override before,
   * for Undo), or `{ ok: false, locked: true }` when the policy sets it.
   */
  | { type: 'settings:disable-rule'; ruleId: string }
  /** The card's Undo after Turn off: the rule's override exactly as it was. */
  | { type: 'settings:restore-rule'; ruleId: string; before: RuleOverride }
  /** The card's "Ignore everywhere": answered `{ ok: true, entry }`, or `{ ok: false, locked: true }`. */
  | { type: 'settings:allow-phrase'; finding: { ruleId: string; category: Category; text: string } };

/** The engine's answer to `engine:edit` (or the background's refusal of the message). */
export type EngineAnswer =
  | { ok: true; version: number; report?: Report; settingsKey?: string }
  | { ok: false; need: 'text' }
  | { ok: false; error: string };

export type ToContent =
  /** Popup: apply suggestion `suggestion` of the finding `key` in box `boxId`. */
  | { type: 'finding:apply'; boxId: string; key: string; suggestion: number }
  /** Popup: scroll the finding `key` into view and open its card. */
  | { type: 'finding:show'; boxId: string; key: string }
  /** Settings changed elsewhere: re-check every box. */
  | { type: 'recheck' };

/**
 * Background → every frame of the active tab (tabs.sendMessage): the agent pressed the
 * next/previous-finding shortcut (manifest `commands`); the frame whose reply box has focus
 * moves the caret to that finding and opens its card.
 */
export type FindingStep = { type: 'finding:step'; direction: 'next' | 'previous' };

/**
 * Background → the frame's coach (tabs.sendMessage): after the service worker restarted, is
 * this frame's link still the one its stored reports came from? The frame answers `LinkAnswer`.
 */
export type ToFrame = { type: 'frame:ping' };
export interface LinkAnswer {
  link: string;
  /** The same document's link before this one (its port went: the worker slept), if any. */
  previous?: string;
}

export interface TabReports {
  tabId: number;
  /** Host of the tab (for the site toggle). */
  host: string;
  /** frameId → boxId → report */
  frames: Record<number, Record<string, BoxReport>>;
}

export interface ApplyResult {
  ok: boolean;
  /** Why it was refused: 'stale' (text changed since the check), 'refused' (editor rejected the edit), 'read-only'. */
  reason?: 'stale' | 'refused' | 'read-only' | 'composing';
}
