/**
 * Which findings the agent's allow list hides ("Ignore everywhere"), with no storage behind it:
 * the card and the reply boxes in a helpdesk page import this, not ./allow-list.ts (which keeps
 * the list in storage and re-exports all of this).
 */
import type { Category } from '../checker/types';

export interface AllowEntry {
  /** Rule id (built-in, or `custom:<id>`). */
  rule: string;
  /** The flagged words, normalized. */
  words: string;
}

/** What of a finding the allow list looks at. */
export interface AllowableFinding {
  ruleId: string;
  category: Category;
  text: string;
}

/** The settings the filter needs: the list and what the policy locks. */
export interface AllowListSettings {
  allowList?: readonly AllowEntry[];
  locked?: { rules: readonly string[]; all?: true };
}

/** Lower case, every run of white space one space, curly quotes and primes straight, trimmed. */
export function normalizeWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/gu, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** One string per entry, for sets and Preact keys. */
export function allowKey(entry: AllowEntry): string {
  return `${entry.rule}\u0000${entry.words}`;
}

/** The entry that would hide `finding`. */
export function allowEntryFor(finding: Pick<AllowableFinding, 'ruleId' | 'text'>): AllowEntry {
  return { rule: finding.ruleId, words: normalizeWords(finding.text) };
}

/** Whether "Ignore everywhere" may be offered for a finding: not the placeholder check, not a model finding, not a locked rule. */
export function canAllow(finding: AllowableFinding, locked: boolean): boolean {
  if (locked || finding.category === 'placeholder') return false;
  // The model flags whole sentences: an allow list of them would be a store of reply text.
  return !finding.ruleId.includes('.model.') && normalizeWords(finding.text) !== '';
}

function isLocked(settings: AllowListSettings, ruleId: string): boolean {
  return settings.locked?.all === true || (settings.locked?.rules.includes(ruleId) ?? false);
}

/** Whether the allow list hides `finding` under `settings`. */
export function allowListHides(settings: AllowListSettings | null | undefined, finding: AllowableFinding): boolean {
  const list = settings?.allowList;
  if (!settings || !list?.length || !canAllow(finding, isLocked(settings, finding.ruleId))) return false;
  const key = allowKey(allowEntryFor(finding));
  return list.some((e) => allowKey(e) === key);
}
