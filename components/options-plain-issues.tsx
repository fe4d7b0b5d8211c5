/**
 * Rule pack problems as the options page shows them (lib/settings/pack-wording.ts): the plain
 * sentence first, code between backticks set as code, and the parser's own words with the JSON
 * path folded away as a detail for whoever edits the file by hand. Text only, never markup.
 */
import { t } from '../lib/i18n';
import type { PlainIssue } from '../lib/settings/pack-wording';

/** `text` with its backtick spans as <code>. */
export function PlainText({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))}
    </>
  );
}

export function OptionsPlainIssues({ issues, kind }: { issues: PlainIssue[]; kind: 'error' | 'warning' }) {
  const details = issues.filter((i) => i.detail && i.detail !== i.text);
  return (
    <>
      <ul class="rc-issues" data-rc-issues={kind}>
        {issues.map((issue, i) => (
          <li key={i}>
            <PlainText text={issue.text} />
          </li>
        ))}
      </ul>
      {details.length ? (
        <details class="rc-issues__details">
          <summary>{t('pack.details')}</summary>
          <ul class="rc-issues rc-issues--detail">
            {details.map((issue, i) => (
              <li key={i}>
                <code>{issue.detail}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
