/** Options page entry: the team lead's rules, guidelines, sites and rule packs. */
import { render } from 'preact';
import { App } from './App';
import './style.css';

render(<App />, document.getElementById('app')!);
