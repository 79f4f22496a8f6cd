import './styles.css';
import { AppState } from './ui/app-state.js';
import { mountBackendBar } from './ui/backend-bar.js';
import { mountFitView } from './ui/fit-view.js';
import { mountGoView } from './ui/go-view.js';
import { mountNtkView } from './ui/ntk-view.js';
import { mountTabs } from './ui/tabs.js';
import { mountVarianceView } from './ui/variance-view.js';

const app = new AppState();
const { ready } = mountBackendBar(app);
mountTabs();
mountFitView(app);
mountGoView(app);
mountNtkView(app);
// The variance view draws as soon as a backend is up.
void ready.then(() => mountVarianceView(app));
