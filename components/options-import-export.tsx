import { useEffect, useState } from 'preact/hooks';

export interface ImportOutcome {
  warnings: string[];
  name: string | null;
}

/** An issue of a refused pack (RulePackError.issues). */
interface Issue {
  path: string;
  reason: string;
}

type Result = { kind: 'ok'; name: string | null; file: string; warnings: string[] } | { kind: 'error'; file: string; issues: Issue[] };

export interface OptionsImportExportProps {
  /** The local pack name (written into exports). */
  packName: string | null;
  managed: boolean;
  /** The administrator's pack cannot be read: importing and renaming are refused (fail closed). */
  readOnly?: boolean;
  onRename: (name: string) => void;
  /** Exports with the name as typed (the field saves on blur, which an Export click can overtake). */
  onExport: (name: string) => Promise<void>;
  /** Rejects with a RulePackError (`issues` with paths) when the pack is refused; nothing is written then. */
  onImport: (json: string) => Promise<ImportOutcome>;
}

function issuesOf(err: unknown): Issue[] {
  const issues = (err as { issues?: unknown } | null)?.issues;
  if (Array.isArray(issues) && issues.length) return issues as Issue[];
  return [{ path: '', reason: err instanceof Error ? err.message : String(err) }];
}

/** Share the rules as a JSON rule pack, or load one a colleague (or the CLI's users) shares. */
export function OptionsImportExport({ packName, managed, readOnly, onRename, onExport, onImport }: OptionsImportExportProps) {
  const [name, setName] = useState(packName ?? '');
  const [result, setResult] = useState<Result | null>(null);
  useEffect(() => setName(packName ?? ''), [packName]);

  const load = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const text = await file.text();
      const r = await onImport(text);
      setResult({ kind: 'ok', file: file.name, ...r });
    } catch (err) {
      setResult({ kind: 'error', file: file.name, issues: issuesOf(err) });
    } finally {
      // Choosing the same file again (after fixing it) must fire `change` again.
      input.value = '';
    }
  };

  return (
    <div class="rc-pack">
      <div class="rc-card rc-pack__row">
        <div class="rc-field rc-pack__name">
          <label class="rc-field__label" for="pack-name">
            Pack name
          </label>
          <input
            id="pack-name"
            class="rc-input"
            value={name}
            placeholder="Reply Coach rules"
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
            Export rule pack
          </button>
          <label class={`rc-button rc-file${readOnly ? ' rc-button--disabled' : ''}`} aria-disabled={readOnly ? 'true' : undefined}>
            <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">
              <path d="M8 11V3m0 0L5 6m3-3l3 3M3 12.5h10" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
            Import rule pack
            <input
              type="file"
              class="rc-visually-hidden"
              accept="application/json,.json"
              disabled={readOnly}
              onChange={(e) => void load(e.currentTarget)}
            />
          </label>
        </div>
      </div>
      <p class="rc-setting__hint">
        A pack holds the rule switches and severities, the custom rules and the guideline wording. Importing one replaces
        those; the site settings stay. The command line reads the same file: <code>reply-coach check --rules pack.json</code>.
        {managed ? " Your administrator's locked settings still apply on top of an imported pack." : ''}
        {readOnly ? " Importing is off while your organization's rule pack cannot be read; exporting still gives your own saved settings." : ''}
      </p>
      <div aria-live="polite">
        {result?.kind === 'ok' ? (
          <div class="rc-banner rc-banner--ok">
            <div>
              <p>
                Imported {result.name ? `“${result.name}”` : result.file}.
              </p>
              {result.warnings.length ? (
                <>
                  <p class="rc-banner__sub">Imported with {result.warnings.length === 1 ? 'a warning' : `${result.warnings.length} warnings`}:</p>
                  <ul class="rc-issues">
                    {result.warnings.map((w, i) => (
                      <li key={i}>{w}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          </div>
        ) : null}
        {result?.kind === 'error' ? (
          <div class="rc-banner rc-banner--error" role="alert">
            <div>
              <p>
                {result.file} was not imported. Nothing changed: your saved rules are as they were.
              </p>
              <ul class="rc-issues">
                {result.issues.map((issue, i) => (
                  <li key={i}>
                    {issue.path ? <code class="rc-issues__path">{issue.path}</code> : null}
                    {issue.path ? ' ' : ''}
                    {issue.reason}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
