import { editableAdapter } from './editable';

/**
 * Slate: slate-react turns beforeinput (with its target ranges) into operations, kept by
 * slate-history as one batch. A bare execCommand would change the DOM but not Slate's model
 * (what Send submits), so the rewrite arrives as beforeinput `insertReplacementText`.
 * The placeholder and zero-width spans are Slate's UI, not text.
 */
export default editableAdapter({
  id: 'slate',
  selector: '[data-slate-editor="true"]',
  skip: '[data-slate-placeholder], [data-slate-zero-width]',
  via: 'beforeinput',
});
