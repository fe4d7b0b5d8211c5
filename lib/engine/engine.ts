/**
 * The checking engine of the browser: one per extension, in the background (Chrome's service
 * worker, Firefox's background page). Frames send their reply boxes' text as edits
 * (lib/engine/protocol.ts); the engine keeps each box's latest text, runs check() on it when
 * asked, and answers the report for exactly the version it checked. The checker's own caches
 * (per paragraph) are shared by every tab, so ten tabs cost one copy of compromise, the model
 * and the caches.
 *
 * Reply text lives here only in memory, bounded (MAX_DOC_CHARS in all, least recently used
 * boxes go first), and is dropped when the frame's document goes or the tab closes.
 */
import type { Range, Report, Settings } from '../checker/types';
import { applyEdit, settingsKey, type TextEdit } from './protocol';

/** Reply text the engine keeps, all boxes together (a box evicted is simply sent again in full). */
export const MAX_DOC_CHARS = 16 * 1024 * 1024;
/** Boxes the engine keeps text for. */
export const MAX_DOCS = 256;

/** One edit from a frame: `doc` is the box's random id in that frame. */
export interface EditRequest extends TextEdit {
  doc: string;
  base: number;
  version: number;
  /** Present on the last edit of a check: check the text as it is then. */
  check?: { ignore: Range[]; settingsKey: string };
}

export type EditAnswer =
  | { ok: true; version: number; report?: Report; settingsKey?: string }
  /** The engine does not hold version `base` of this box: send the whole text from version 0. */
  | { ok: false; need: 'text' };

export interface EngineDeps {
  check(text: string, opts: { settings: Settings; ignore: Range[] }): Report;
  /** The settings in force, read again from storage. */
  readSettings(): Promise<Settings>;
}

interface Doc {
  frame: string;
  version: number;
  text: string;
}

export class Engine {
  private readonly docs = new Map<string, Doc>();
  private chars = 0;
  private settings: { value: Settings; key: string } | null = null;
  private reading: Promise<{ value: Settings; key: string }> | null = null;

  constructor(private readonly deps: EngineDeps) {}

  /** `frame` names the sender's document ("tab/frame"); doc ids are only unique within it. */
  async edit(frame: string, req: EditRequest): Promise<EditAnswer> {
    const id = `${frame} ${req.doc}`;
    const held = this.docs.get(id);
    let base: string;
    if (req.base === 0) base = '';
    else if (held && held.version === req.base) base = held.text;
    else return { ok: false, need: 'text' };
    const text = applyEdit(base, req);
    if (text === null || req.version <= req.base) {
      this.drop(id);
      return { ok: false, need: 'text' };
    }
    this.keep(id, { frame, version: req.version, text });
    if (!req.check) return { ok: true, version: req.version };
    const settings = await this.settingsFor(req.check.settingsKey);
    // The text may have moved on while the settings were read: answer for the version checked.
    return { ok: true, version: req.version, report: this.deps.check(text, { settings: settings.value, ignore: req.check.ignore }), settingsKey: settings.key };
  }

  /** Reads the settings now, ahead of the first check (a worker that just started has none). */
  readAhead(): void {
    if (!this.settings) this.settingsFor('').catch(() => {
      // read again at the first check, which reports the failure
    });
  }

  /** Settings changed in storage: read them again at the next check. */
  settingsChanged(): void {
    this.settings = null;
  }

  /** A frame's document went (its link closed): its boxes' text goes with it. */
  forgetFrame(frame: string): void {
    for (const [id, doc] of this.docs) if (doc.frame === frame) this.drop(id);
  }

  /** A tab closed. */
  forgetTab(tabId: number): void {
    const prefix = `${tabId}/`;
    for (const [id, doc] of this.docs) if (doc.frame.startsWith(prefix)) this.drop(id);
  }

  stats(): { docs: number; chars: number } {
    return { docs: this.docs.size, chars: this.chars };
  }

  /** The settings to check with; read again when the frame's fingerprint differs from ours. */
  private async settingsFor(key: string): Promise<{ value: Settings; key: string }> {
    if (this.settings && this.settings.key === key) return this.settings;
    if (!this.reading) {
      this.reading = this.deps.readSettings().then(
        (value) => {
          this.reading = null;
          this.settings = { value, key: settingsKey(value) };
          return this.settings;
        },
        (e) => {
          this.reading = null;
          throw e;
        },
      );
    }
    // If the frame's copy is still different, storage holds ours: the frame re-checks when its copy changes.
    return this.reading;
  }

  private keep(id: string, doc: Doc): void {
    this.drop(id);
    if (doc.text.length > MAX_DOC_CHARS) return;
    while (this.docs.size > 0 && (this.docs.size >= MAX_DOCS || this.chars + doc.text.length > MAX_DOC_CHARS)) {
      this.drop(this.docs.keys().next().value!);
    }
    this.docs.set(id, doc);
    this.chars += doc.text.length;
  }

  private drop(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    this.docs.delete(id);
    this.chars -= doc.text.length;
  }
}
