/**
 * One coached reply box: reads its text through the adapter, checks it (debounced, never
 * during IME composition, quote and signature nodes ignored), draws the underlines, sets the
 * test hook and reports to the background. The card itself is the coach's (one per frame).
 */
import { countsAsFlag } from '../../components/report-labels';
import { check } from '../checker';
import type { Finding, Settings } from '../checker/types';
import { pickAdapter } from '../editors';
import { selectionOffsets } from '../editors/apply';
import { createHighlighter, outranks, type Highlighter } from '../editors/highlights';
import type { EditorAdapter, TextSnapshot } from '../editors/types';
import type { BoxReport } from '../messages';
import type { SiteDef } from '../sites/types';
import { MAX_REPORT_FINDINGS } from '../messages-schema';
import { frameOf, isTextarea, setFindingsHook } from './dom';

/** Idle time after the last keystroke before a check (helpdesks.md §2.7: 300 ms). */
export const CHECK_DELAY_MS = 300;

/** What a box needs from the coach that owns it. */
export interface BoxHost {
  /** Settings in force (null until loaded). */
  settings(): (Settings & { coachInternalNotes: boolean }) | null;
  /** Coaching is paused on this site. */
  paused(): boolean;
  layer(): HTMLElement;
  onChecked(box: ReplyBox): void;
  report(report: BoxReport): void;
  removeReport(boxId: string): void;
}

/** Identity of a finding across re-checks and edits elsewhere in the text. */
export function findingKey(f: Finding, text: string): string {
  return `${f.ruleId}\u0000${f.text}\u0000${text.slice(Math.max(0, f.start - 24), f.start)}`;
}

export class ReplyBox {
  readonly adapter: EditorAdapter;
  readonly hook: HTMLElement;
  readonly highlighter: Highlighter;
  /** Findings currently drawn, in `snap.text` offsets. */
  findings: Finding[] = [];
  snap: TextSnapshot | null = null;
  composing = false;
  /** "Ignore here": keys of findings dismissed in this box. */
  readonly ignored = new Set<string>();
  /** Quote and signature selectors of the site: their text inside the box is not checked. */
  private readonly unchecked: readonly string[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly abort = new AbortController();

  constructor(
    readonly id: string,
    readonly el: HTMLElement,
    readonly site: SiteDef,
    private readonly host: BoxHost,
    plainIsKnown: boolean,
  ) {
    this.adapter = pickAdapter(el, plainIsKnown);
    this.hook = this.adapter.hookTarget?.(el) ?? el;
    this.highlighter = createHighlighter(el, host.layer());
    this.unchecked = [...(site.quote ?? []), ...(site.signature ?? [])];
    const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void) =>
      el.addEventListener(type, fn, { signal: this.abort.signal });
    on('input', () => this.schedule());
    on('compositionstart', () => {
      this.composing = true;
      clearTimeout(this.timer);
    });
    on('compositionend', () => {
      this.composing = false;
      this.schedule();
    });
    on('focus', () => this.highlighter.sync());
  }

  /** Aborted when the box is destroyed: scope for listeners the coach adds to it. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  get canApply(): boolean {
    return this.adapter.canApply;
  }

  /** Check again after CHECK_DELAY_MS of quiet. */
  schedule(delay = CHECK_DELAY_MS): void {
    clearTimeout(this.timer);
    if (this.composing) return; // compositionend schedules
    this.timer = setTimeout(() => this.run(), delay);
  }

  /** Whether the box is in internal-note mode (site selectors on it or an ancestor, across shadow roots and its iframe). */
  isInternalNote(): boolean {
    const sels = this.site.internalNote;
    if (!sels?.length) return false;
    const sel = sels.join(',');
    let n: Element | null = this.el;
    while (n) {
      try {
        if (n.closest(sel)) return true;
      } catch {
        return false;
      }
      const root = n.getRootNode() as ShadowRoot;
      n = root.host ?? frameOf(n);
    }
    return false;
  }

  /** Checks now. */
  run(): void {
    clearTimeout(this.timer);
    if (this.composing || this.abort.signal.aborted) return;
    const settings = this.host.settings();
    if (!settings) return; // the coach runs every box once settings are read
    if (this.host.paused()) {
      this.clear();
      return;
    }
    const snap = this.adapter.read(this.el, { ignore: this.unchecked });
    this.snap = snap;
    let findings: Finding[] = [];
    let report: ReturnType<typeof check> | null = null;
    if (!this.isInternalNote() || settings.coachInternalNotes) {
      report = check(snap.text, { lang: 'auto', settings, ignore: snap.ignore });
      findings = report.findings.filter((f) => !this.ignored.has(findingKey(f, snap.text)));
    }
    this.findings = findings;
    this.highlighter.render(
      findings.map((f) => ({ start: f.start, end: f.end, severity: f.severity })),
      snap,
    );
    setFindingsHook(this.hook, findings.filter(countsAsFlag).length);
    this.host.report({
      boxId: this.id,
      editor: this.adapter.id,
      canApply: this.adapter.canApply,
      lang: report?.lang ?? 'und',
      score: report?.score ?? 100,
      words: report?.words ?? 0,
      gaps: report?.gaps ?? 0,
      // The background refuses bigger reports (lib/messages-schema.ts).
      findings: findings.length > MAX_REPORT_FINDINGS ? findings.slice(0, MAX_REPORT_FINDINGS) : findings,
      checklist: report?.checklist ?? [],
      at: Date.now(),
    });
    this.host.onChecked(this);
  }

  /** Text offset of the caret (selection focus) inside the box, or null. */
  caret(): number | null {
    if (isTextarea(this.el)) {
      const ta = this.el as HTMLTextAreaElement;
      return ta.ownerDocument.activeElement === ta ? ta.selectionEnd : null;
    }
    const snap = this.adapter.read(this.el);
    const sel = selectionOffsets(this.el, snap);
    return sel ? sel[1] : null;
  }

  /** The finding under the caret offset (its span, ends included; the one that outranks on overlap). */
  findingAt(offset: number): number {
    let best = -1;
    this.findings.forEach((f, i) => {
      if (f.start <= offset && offset <= f.end && (best < 0 || outranks(f, this.findings[best]))) best = i;
    });
    return best;
  }

  /** Selection as text offsets, to put back after the card had focus. */
  saveSelection(): [number, number] | null {
    if (isTextarea(this.el)) {
      const ta = this.el as HTMLTextAreaElement;
      return [ta.selectionStart, ta.selectionEnd];
    }
    return selectionOffsets(this.el, this.adapter.read(this.el));
  }

  /** Drop drawings, hook and report (site paused). */
  clear(): void {
    this.findings = [];
    this.highlighter.render([], this.snap ?? this.adapter.read(this.el));
    setFindingsHook(this.hook, null);
    this.host.removeReport(this.id);
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.abort.abort();
    this.highlighter.destroy();
    setFindingsHook(this.hook, null);
    this.host.removeReport(this.id);
  }
}
