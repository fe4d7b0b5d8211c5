/**
 * The one thing an orphaned coach still says (the extension was updated, reloaded or turned
 * off and on, and nothing re-injected this frame): that the tab needs a reload. Built from text
 * nodes only, in Reply Coach's own UI root; its text was resolved while `browser.*` still worked.
 */
import { t } from '../i18n/page';
import { removeUiRoot, uiRoot } from './ui-root';

export function showUpdateNotice(text: string): void {
  const { cards } = uiRoot();
  const doc = cards.ownerDocument;
  const notice = doc.createElement('div');
  notice.className = 'rc-notice';
  notice.setAttribute('data-rc-notice', '');
  notice.setAttribute('role', 'alert');
  const message = doc.createElement('p');
  message.className = 'rc-notice-text';
  message.setAttribute('data-rc-notice-text', '');
  message.textContent = text;
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'rc-notice-close';
  close.setAttribute('aria-label', t('notice.dismiss'));
  close.textContent = '×';
  close.addEventListener('click', () => removeUiRoot(), { once: true });
  notice.append(message, close);
  cards.append(notice);
}
