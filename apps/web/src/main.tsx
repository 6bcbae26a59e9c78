import './dsfr';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadPage } from './app';
import { loadSession } from './auth/session';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// The first screen's page is loaded before the first render, so that it shows without a Suspense
// fallback and the 300 ms React keeps one on screen (see lazyPage). If its chunk cannot be loaded,
// the app renders all the same and the page asks for it again.
preloadPage(window.location.pathname, loadSession() !== null).then(render, render);
