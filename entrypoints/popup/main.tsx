/**
 * Popup entry. `popup.html?demo` (also `?demo=clean|off|none|many|readonly|empty|note|web`) renders a fixed sample
 * report instead of asking the background: it exists only for screenshots (docs/popup.png) and
 * for looking at the UI without a helpdesk open. The sample is loaded on demand, never otherwise.
 */
import { render } from 'preact';
import { startPageLocale } from '../../lib/i18n/use-locale';
import { App } from './App';
import { browserClient } from './client';
import './style.css';

async function start() {
  const params = new URLSearchParams(location.search);
  await startPageLocale().catch(() => {});
  const client = params.has('demo')
    ? (await import('./demo')).demoClient(params.get('demo') || 'findings')
    : browserClient();
  render(<App client={client} />, document.getElementById('app')!);
}

void start();
