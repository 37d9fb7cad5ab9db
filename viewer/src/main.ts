// Entry point of the viewer bundle.
import { showMessage, start } from './app.js';

window.addEventListener('error', (e) => showMessage(`Something went wrong: ${e.message}`, 'error'));
window.addEventListener('unhandledrejection', (e) => showMessage(`Something went wrong: ${String((e.reason as Error)?.message ?? e.reason)}`, 'error'));
void start();
