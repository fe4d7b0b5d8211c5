/**
 * Why a box is coached the way it is, for the popup: which site definition matched, why Apply is
 * off, why the text was not checked. Reports carry it as `why` (the report schema keeps fields it
 * does not know, lib/messages-schema.ts); it crosses from the page, so the popup reads it
 * through `readWhy`, which keeps only well-formed, bounded values.
 */
import type { ReadOnlyReason } from './editors/binding';
import type { BoxReport } from './messages';

export interface BoxWhy {
  /** The site definition's id (`user`: a custom domain without one, or a page coached once). */
  site: string;
  /** Its name as the popup shows it. */
  siteName: string;
  /** Why Apply is off (absent: it is on). */
  readOnly?: ReadOnlyReason;
  /** The site's own reason, for `readOnly: 'site'`. */
  readOnlyNote?: string;
  /** Why the text was not checked. */
  skipped?: 'internal-note';
}

export type ExplainedReport = BoxReport & { why?: BoxWhy };

const READ_ONLY: readonly ReadOnlyReason[] = ['site', 'unknown-editor', 'not-bound'];
const MAX_TEXT = 200;

const text = (x: unknown): string | undefined => (typeof x === 'string' && x && x.length <= MAX_TEXT ? x : undefined);

/** The report's `why`, if it is well-formed. */
export function readWhy(report: BoxReport): BoxWhy | undefined {
  const raw = (report as ExplainedReport).why as Record<string, unknown> | undefined;
  if (!raw || typeof raw !== 'object') return undefined;
  const site = text(raw.site);
  const siteName = text(raw.siteName);
  if (!site || !siteName) return undefined;
  const readOnly = READ_ONLY.find((r) => r === raw.readOnly);
  const readOnlyNote = text(raw.readOnlyNote);
  return {
    site,
    siteName,
    ...(readOnly ? { readOnly } : {}),
    ...(readOnly === 'site' && readOnlyNote ? { readOnlyNote } : {}),
    ...(raw.skipped === 'internal-note' ? { skipped: 'internal-note' as const } : {}),
  };
}
