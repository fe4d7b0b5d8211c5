/** Copies `text` to the clipboard (a rewrite for a read-only editor); false when the page or browser refused. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
