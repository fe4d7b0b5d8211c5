/** `bytes` random bytes in hex, from the platform's CSPRNG (`crypto.randomUUID` needs a secure context; some helpdesks are on http). */
export function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}
