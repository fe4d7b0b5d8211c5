/** Host names as settings store them: one module with no storage of its own (./sites.ts, ./domain-sites.ts). */

/** `Acme.Zendesk.com.` / `acme.zendesk.com:443` → `acme.zendesk.com`. */
export function normalizeHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.replace(/^(\[[^\]]*\]).*$/, '$1'); // IPv6 literal, drop the port
  h = h.replace(/:\d+$/, '').replace(/\.$/, '');
  return h;
}
