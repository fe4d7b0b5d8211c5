/** "Try Reply Coach": the extension's practice page, a sample ticket with a plain and a rich reply box. */
import { render } from 'preact';
import { startPageLocale } from '../../lib/i18n/use-locale';
import { TryPage } from './App';
import './style.css';

void startPageLocale().finally(() => render(<TryPage />, document.getElementById('app')!));
