/**
 * The contract between the small content script and the lazily injected coach bundle
 * (`entrypoints/coach.ts`). Both run in the same isolated world of a frame, so the coach bundle
 * publishes itself on `globalThis.__replyCoach`. Types only: importing this costs no bytes.
 */
import type { SiteDef } from '../sites/types';
import type { PageContext } from './context';

export interface CoachBundle {
  /** Bumped when the contract changes (a content script from an older build then re-injects). */
  readonly version: 2;
  /** Starts this frame's coach, scoped to the content script's context: it ends with it. */
  start(context: PageContext): CoachApi;
}

export interface CoachApi {
  /** Start coaching one reply box (textarea, contenteditable root or iframe body). */
  attach(el: HTMLElement, site: SiteDef): void;
  /** The box left the page. */
  detach(el: HTMLElement): void;
}

export const COACH_API_VERSION = 2;

declare global {
  // eslint-disable-next-line no-var
  var __replyCoach: CoachBundle | undefined;
  /** The running content script's context in this world (guards a second injection). */
  var __replyCoachContent: { readonly isInvalid: boolean } | undefined;
}
