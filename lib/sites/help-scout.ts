import type { SiteDef } from './types';

/** Help Scout: a Slate 0.47 conversation editor. */
export default {
  id: 'help-scout',
  name: 'Help Scout',
  // [S PopClip-Extensions #331; freescout-gpt-assistant helpscoutAdapter.js] secure.helpscout.net/conversation/<id>/<n>
  matches: ['https://secure.helpscout.net/*'],
  // [S freescout-gpt-assistant helpscoutAdapter.js, 2025-09] the editor carries data-slate-editor.
  replyBox: ['[data-cy="ConvoEditor"]', '[data-testid="reply-editor"]', '[role="textbox"][aria-label="Reply Editor"]'],
  // [I]
  quote: ['blockquote'],
  // Unknown: no public source shows a signature marker. Internal notes: `[data-testid="note-button"]`
  // opens one [S same], but no source shows how the editor tells a note, so none is detected.
  // [S same] Slate 0.47, far older than the slate-react our adapter is proven on.
  editor: { apply: [], readOnly: 'Help Scout runs Slate 0.47; Apply is proven only on current Slate' },
} satisfies SiteDef;

// Test URLs:
// https://secure.helpscout.net/conversation/<id>/<number>
