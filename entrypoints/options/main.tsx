/** The options page's entry: renders the app. */
import { render } from 'preact';
import { App } from './App';
import '../../components/page.css';
import './options.css';

render(<App />, document.getElementById('app')!);
