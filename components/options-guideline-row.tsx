import { useEffect, useRef, useState } from 'preact/hooks';
import type { Guideline } from '../lib/guidelines/en';
import { t } from '../lib/i18n';
import { OptionsLockBadge } from './options-lock-badge';

export interface OptionsGuidelineRowProps {
  guideline: Guideline;
  /** The team's wording in force (the policy's when locked), if any. */
  override?: string;
  locked: boolean;
  /** Who set the lock. */
  lockedBy?: string;
  /** Saves the wording; null or '' goes back to the default. */
  onSave: (text: string | null) => Promise<void>;
}

const SAVE_AFTER_MS = 700;

/** One guideline: the default text, and the team's own wording saved as it is typed. */
export function OptionsGuidelineRow({ guideline, override, locked, lockedBy, onSave }: OptionsGuidelineRowProps) {
  const [open, setOpen] = useState(Boolean(override));
  const [draft, setDraft] = useState(override ?? '');
  const saved = useRef(override ?? '');
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const id = `guideline-${guideline.id}`;

  // Follow changes from elsewhere (an import, another tab) unless the lead is typing here.
  useEffect(() => {
    saved.current = override ?? '';
    if (!dirty.current) {
      setDraft(override ?? '');
      if (override) setOpen(true);
    }
  }, [override]);

  const flush = (text: string) => {
    clearTimeout(timer.current);
    dirty.current = false;
    if (text.trim() === saved.current.trim()) return;
    saved.current = text.trim();
    void onSave(text.trim() ? text : null).catch(() => {});
  };

  // Closing the tab right after typing fires no blur: write what is pending then.
  const latest = useRef(flush);
  latest.current = flush;
  useEffect(() => {
    const onHide = () => dirty.current && latest.current(areaRef.current?.value ?? '');
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      clearTimeout(timer.current);
    };
  }, []);

  return (
    <li class="rc-guideline">
      <div class="rc-guideline__head">
        <span class="rc-gid">{guideline.id}</span>
        <h3 class="rc-guideline__title" id={`${id}-title`}>
          {guideline.title}
        </h3>
        {locked ? <OptionsLockBadge by={lockedBy} /> : null}
      </div>
      <p class={`rc-guideline__default${open && draft.trim() ? ' rc-guideline__default--replaced' : ''}`}>{guideline.text}</p>
      {open || locked ? (
        <div class="rc-guideline__own">
          <label class="rc-field__label" for={id}>
            {t('guidelines.teamWording')}
          </label>
          <textarea
            ref={areaRef}
            id={id}
            class="rc-input rc-textarea"
            rows={2}
            value={draft}
            disabled={locked}
            placeholder={t('guidelines.placeholder')}
            onInput={(e) => {
              const text = e.currentTarget.value;
              setDraft(text);
              dirty.current = true;
              clearTimeout(timer.current);
              timer.current = setTimeout(() => flush(text), SAVE_AFTER_MS);
            }}
            onBlur={(e) => dirty.current && flush(e.currentTarget.value)}
          />
          {!locked && draft ? (
            <button
              type="button"
              class="rc-link"
              onClick={() => {
                setDraft('');
                flush('');
                setOpen(false);
              }}
            >
              {t('guidelines.useDefault')}
            </button>
          ) : null}
        </div>
      ) : (
        <button
          type="button"
          class="rc-button rc-button--small rc-guideline__add"
          aria-describedby={`${id}-title`}
          onClick={() => {
            setOpen(true);
            requestAnimationFrame(() => areaRef.current?.focus());
          }}
        >
          {t('guidelines.write')}
        </button>
      )}
    </li>
  );
}
