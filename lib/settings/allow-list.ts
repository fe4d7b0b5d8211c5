/**
 * "Ignore everywhere": the agent's personal allow list of flagged phrases. An entry is a rule id
 * and the flagged words, normalized (lower case, one space, straight quotes), so "Not our
 * fault" and "not  our fault" are the same entry. Stored in `storage.local` only (./items.ts):
 * not in a rule pack, the options export or the policy. A rule the policy locks, the unfilled
 * `[placeholder]` check and the tone model's whole-sentence findings are never hidden by it.
 */
import { finalRuleId, RULE_RENAMES } from '../rules/renames';
import { allowEntryFor, allowKey, canAllow, normalizeWords, type AllowableFinding, type AllowEntry } from './allow-match';
import { allowListItem } from './items';

export * from './allow-match';

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
