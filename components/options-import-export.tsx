/**
 * Import and export of the team's rule pack. Importing reads the file, shows what it would change
 * (./options-import-preview.tsx) and replaces the saved rules only when the team lead says so;
 * Cancel, or a pack the parser refuses, leaves everything as it was.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlainIssue } from '../lib/settings/pack-wording';
import { t, tParts } from '../lib/i18n';
import { OptionsImportPreview, type ImportPreviewData } from './options-import-preview';
import { OptionsPlainIssues } from './options-plain-issues';

export interface ImportOutcome {
  warnings: PlainIssue[];
  name: string | null;
}

/** How the page refuses a pack: its problems already in plain words (lib/settings/pack-wording.ts). */
export interface RefusedImport {
  plain: PlainIssue[];
}

type Result =
  | { kind: 'preview'; file: string; json: string; preview: ImportPreviewData; busy: boolean }
  | { kind: 'ok'; name: string | null; file: string; warnings: PlainIssue[] }
  | { kind: 'error'; file: string; issues: PlainIssue[] }
  | { kind: 'cancelled'; file: string };

export interface OptionsImportExportProps {
  /** The local pack name (written into exports). */
  packName: string | null;
  managed: boolean;
  /** The administrator's pack cannot be read: importing and renaming are refused (fail closed). */
  readOnly?: boolean;
  onRename: (name: string) => void;
  /** Exports with the name as typed (the field saves on blur, which an Export click can overtake). */
  onExport: (name: string) => Promise<void>;
  /** Validates the pack and says what it would change; writes nothing. Rejects with a RefusedImport. */
  onPreview: (json: string) => Promise<ImportPreviewData>;
  /** Replaces the saved rules with the pack. Rejects with a RefusedImport; nothing is written then. */
  onImport: (json: string) => Promise<ImportOutcome>;
  /** How the page names a rule id in the preview. */
  ruleLabel: (id: string) => string;
}

function plainOf(err: unknown): PlainIssue[] {
  const plain = (err as Partial<RefusedImport> | null)?.plain;
  if (Array.isArray(plain) && plain.length) return plain;
  const message = err instanceof Error ? err.message : String(err);
  return [{ text: message, detail: message }];
}

/** Share the rules as a JSON rule pack, or load one a colleague (or the CLI's users) shares. */
export function OptionsImportExport({ packName, managed, readOnly, onRename, onExport, onPreview, onImport, ruleLabel }: OptionsImportExportProps) {
  const [name, setName] = useState(packName ?? '');
  const [result, setResult] = useState<Result | null>(null);
  const fileButton = useRef<HTMLInputElement>(null);
  useEffect(() => setName(packName ?? ''), [packName]);

  const load = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const json = await file.text();
      const preview = await onPreview(json);
      setResult({ kind: 'preview', file: file.name, json, preview, busy: false });
    } catch (err) {
      setResult({ kind: 'error', file: file.name, issues: plainOf(err) });
    } finally {
      // Choosing the same file again (after fixing it) must fire `change` again.
      input.value = '';
    }
  };

  const confirm = async () => {
    if (result?.kind !== 'preview' || result.busy) return;
    const { file, json } = result;
    setResult({ ...result, busy: true });
    try {
      const r = await onImport(json);
      setResult({ kind: 'ok', file, ...r });
    } catch (err) {
      setResult({ kind: 'error', file, issues: plainOf(err) });
    }
  };

  const cancel = () => {
    if (result?.kind !== 'preview') return;
    setResult(result.preview.diff.empty ? null : { kind: 'cancelled', file: result.file });
    fileButton.current?.focus();
  };

  return (
    <div class="rc-pack">
      <div class="rc-card rc-pack__row">
        <div class="rc-field rc-pack__name">
          <label class="rc-field__label" for="pack-name">
            {t('pack.name')}
          </label>
          <input
            id="pack-name"
            class="rc-input"
            value={name}
            placeholder={t('pack.namePlaceholder')}
            disabled={readOnly}
            onInput={(e) => setName(e.currentTarget.value)}
            onChange={(e) => onRename(e.currentTarget.value)}
          />
        </div>
        <div class="rc-pack__actions">
          <button type="button" class="rc-button rc-button--primary" onClick={() => void onExport(name).catch(() => {})}>
            <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">
              <path d="M8 2v8m0 0l-3-3m3 3l3-3M3 12.5h10" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
            {t('pack.export')}
          </button>
          <label class={`rc-button rc-file${readOnly ? ' rc-button--disabled' : ''}`} aria-disabled={readOnly ? 'true' : undefined}>
            <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">
              <path d="M8 11V3m0 0L5 6m3-3l3 3M3 12.5h10" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
            {t('pack.import')}
            <input
              type="file"
              class="rc-visually-hidden"
              accept="application/json,.json"
              ref={fileButton}
              disabled={readOnly}
              onChange={(e) => void load(e.currentTarget)}
            />
          </label>
        </div>
      </div>
      <p class="rc-setting__hint">
        {tParts('pack.hint', { command: <code>reply-coach check --rules pack.json</code> })}
        {managed ? t('pack.hintManaged') : ''}
        {readOnly ? t('pack.hintReadOnly') : ''}
      </p>
      {result?.kind === 'preview' ? (
        <OptionsImportPreview
          file={result.file}
          preview={result.preview}
          ruleLabel={ruleLabel}
          busy={result.busy}
          readOnly={readOnly}
          managed={managed}
          onConfirm={() => void confirm()}
          onCancel={cancel}
        />
      ) : null}
      <div aria-live="polite">
        {result?.kind === 'ok' ? (
          <div class="rc-banner rc-banner--ok">
            <div>
              <p>{t('pack.imported', { what: result.name ? t('pack.quoted', { name: result.name }) : result.file })}</p>
              {result.warnings.length ? (
                <>
                  <p class="rc-banner__sub">{t('pack.importedWarnings', { count: result.warnings.length })}</p>
                  <OptionsPlainIssues issues={result.warnings} kind="warning" />
                </>
              ) : null}
            </div>
          </div>
        ) : null}
        {result?.kind === 'cancelled' ? (
          <p class="rc-banner rc-banner--quiet" data-rc-import-cancelled="">
            {t('pack.cancelled', { file: result.file })}
          </p>
        ) : null}
        {result?.kind === 'error' ? (
          <div class="rc-banner rc-banner--error" role="alert">
            <div>
              <p>{t('pack.notImported', { file: result.file })}</p>
              <OptionsPlainIssues issues={result.issues} kind="error" />
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
