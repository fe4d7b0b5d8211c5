// The hash of the training data a model was trained on: SHA-256 over each data file's name and
// bytes, in name order. The stale-model test recomputes it.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export function dataFiles(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((name) => ({ name, text: readFileSync(resolve(dir, name), 'utf8') }));
}

export function dataHash(files) {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) h.update(`${f.name}\n${f.text.length}\n${f.text}`);
  return `sha256:${h.digest('hex')}`;
}
