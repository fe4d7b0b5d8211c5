/**
 * Per-site switch, importable on its own: the content script needs only this (it must stay small,
 * and the rest of lib/settings loads the rule pack parser when a pack is involved).
 */
import { normalizeHost } from './host';
import { disabledSitesItem } from './items';

export { normalizeHost };

/** Whether the coach runs on `host` (a tab's `location.host`/`hostname`). */
export async function isSiteEnabled(host: string): Promise<boolean> {
  const disabled = stringList(await disabledSitesItem.getValue());
  return !disabled.includes(normalizeHost(host));
}

/** Turns the coach on or off for one host. */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const h = normalizeHost(host);
  if (!h) throw new TypeError('host is empty');
  const set = new Set(stringList(await disabledSitesItem.getValue()));
  if (enabled) set.delete(h);
  else set.add(h);
  await disabledSitesItem.setValue([...set].sort());
}

/** Strings only, empty ones dropped (storage can be edited by hand). */
export function stringList(x: unknown): string[] {
  return Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string' && s !== '') : [];
}
