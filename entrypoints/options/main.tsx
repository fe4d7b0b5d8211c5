/** Options page entry: the team lead's rules, guidelines, sites and rule packs. */
import { render } from 'preact';
import { startPageLocale } from '../../lib/i18n/use-locale';
import { App } from './App';
import './style.css';

void startPageLocale().finally(() => render(<App />, document.getElementById('app')!));
