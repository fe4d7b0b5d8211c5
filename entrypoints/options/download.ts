/** Saves `text` as a file through a temporary `<a download>` (no downloads permission needed). */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has handed the blob to the download already; free it on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `Acme support tone` → `acme-support-tone.reply-coach-rules.json`. */
export function packFileName(name: string | null): string {
  const slug = (name ?? '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'reply-coach'}.reply-coach-rules.json`;
}
