/**
 * A rewrite as it will read: the whole new sentence with the changed words marked
 * (`<mark data-rc-changed>`), `[placeholders]` as gaps and a thin marker where words were only
 * dropped. Its text is exactly the new sentence; lib/page/preview-diff.ts finds the changes.
 */
import { t } from '../lib/i18n/page';
import { previewRuns } from '../lib/page/preview-diff';

export function RewritePreview({ before, after, class: className }: { before: string | undefined; after: string; class?: string }) {
  return (
    <span class={className} data-rc-preview="">
      {previewRuns(before, after).map((run, i) => {
        if ('removed' in run) return <span key={i} class="rc-cut" data-rc-removed={run.removed} title={t('card.removed', { words: run.removed })} />;
        const gap = run.gap ? 'rc-gap' : '';
        if (run.changed) {
          return (
            <mark key={i} class={`rc-changed ${gap}`.trim()} data-rc-changed="">
              {run.text}
            </mark>
          );
        }
        return gap ? (
          <span key={i} class={gap}>
            {run.text}
          </span>
        ) : (
          run.text
        );
      })}
    </span>
  );
}
