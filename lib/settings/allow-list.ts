/**
 * "Ignore everywhere": the agent's personal allow list of flagged phrases. An entry is a rule id
 * and the flagged words, normalized (lower case, one space, straight quotes), so "Not our
 * fault" and "not  our fault" are the same entry. Stored in `storage.local` only (./items.ts):
 * not in a rule pack, the options export or the policy. A rule the policy locks, the unfilled
 * `[placeholder]` check and the tone model's whole-sentence findings are never hidden by it.
 */
import type { Category } from '../checker/types';
import { finalRuleId, RULE_RENAMES } from '../rules/renames';
import { allowListItem } from './items';

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

/** Storage can hold anything (devtools, an old build): keep well-formed entries, normalized, renamed rules followed, once each, sorted. */
export function cleanAllowList(raw: unknown): AllowEntry[] {
  if (!Array.isArray(raw)) return [];
  const byKey = new Map<string, AllowEntry>();
  for (const e of raw) {
    if (typeof e !== 'object' || e === null) continue;
    const { rule, words } = e as Record<string, unknown>;
    if (typeof rule !== 'string' || !rule || typeof words !== 'string') continue;
    const entry = { rule: finalRuleId(rule, RULE_RENAMES), words: normalizeWords(words) };
    if (entry.words) byKey.set(allowKey(entry), entry);
  }
  return [...byKey.values()].sort((a, b) => a.rule.localeCompare(b.rule) || a.words.localeCompare(b.words));
}

/** The allow list as saved. */
export async function readAllowList(): Promise<AllowEntry[]> {
  return cleanAllowList(await allowListItem.getValue());
}

/**
 * Adds the finding's phrase (callers check the policy lock first: lib/settings `allowPhrase`).
 * Refuses what `canAllow` never offers. Returns the entry added.
 */
export async function addAllowEntry(finding: AllowableFinding): Promise<AllowEntry> {
  if (!canAllow(finding, false)) throw new TypeError(`${finding.ruleId}: this finding cannot be ignored everywhere`);
  const entry = allowEntryFor(finding);
  await allowListItem.setValue(cleanAllowList([...(await readAllowList()), entry]));
  return entry;
}

/** Removes one entry (the options page's Remove). */
export async function removeAllowEntry(entry: AllowEntry): Promise<void> {
  const key = allowKey({ rule: entry.rule, words: normalizeWords(entry.words) });
  await allowListItem.setValue((await readAllowList()).filter((e) => allowKey(e) !== key));
}
