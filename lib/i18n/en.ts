/**
 * The English catalogue: every string of the extension's UI, as it reads in English — the
 * strings a helpdesk page shows (./en-page.ts, all the coach bundle carries) and those of the
 * extension's own pages (./en-ui.ts). The other locales (./fr.ts, ./sv.ts, ./zh-TW.ts,
 * ./zh-HK.ts) have exactly these keys and placeholders (test/unit/i18n.test.ts). `{name}` is
 * filled in by `t`; a message with `one`/`other` forms is chosen by its `count`.
 */
import { enPage, type PageMessageKey } from './en-page';
import { enUi, type UiMessageKey } from './en-ui';

export const en = { ...enPage, ...enUi };

/** Every key of the catalogue; a key is in one part only (test/unit/i18n-split.test.ts). */
export type MessageKey = PageMessageKey | UiMessageKey;
