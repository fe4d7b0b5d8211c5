/** "Try Reply Coach": the extension's practice page, a sample ticket with a plain and a rich reply box. */
import { render } from 'preact';
import { TryPage } from './App';
import './style.css';

render(<TryPage />, document.getElementById('app')!);
