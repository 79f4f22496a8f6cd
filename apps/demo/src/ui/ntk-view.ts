import type { AppState } from './app-state.js';
import { renderSpec } from './charts.js';
import { byId, setStatus } from './dom.js';
import { readChoice, readNumber } from './form.js';
import { bindTaskForm } from './task-form.js';

/** NTK view: empirical NTK heatmaps for Glorot and GO side by side, with localization and spectra. */
export function mountNtkView(app: AppState): void {
  const panels = byId('ntk-panels');
  bindTaskForm('ntk', async ({ form, status, track }) => {
    const params: Parameters<typeof app.worker.run<'ntk'>>[1] = {
      depth: readNumber(form, 'depth', { min: 1, max: 12, integer: true }),
      width: readNumber(form, 'width', { min: 2, max: 256, integer: true }),
      activation: readChoice(form, 'activation', ['tanh', 'sin', 'relu', 'erf'] as const),
      points: readNumber(form, 'points', { min: 4, max: 512, integer: true }),
      lambda: readNumber(form, 'lambda', { min: 0, max: 10 }),
      goSteps: readNumber(form, 'goSteps', { min: 1, max: 5000, integer: true }),
      seed: readNumber(form, 'seed', { min: 0, max: 2 ** 31, integer: true }),
    };
    setStatus(status, 'computing…');
    const running = track(app.worker.run('ntk', params, (p) => setStatus(status, p.stage)));
    const res = await app.guard(() => running.result);
    panels.replaceChildren();
    for (const panel of res.panels) {
      const box = document.createElement('div');
      box.className = 'chart square ntk-panel';
      box.dataset.halfWidth = String(panel.halfWidth);
      const chart = document.createElement('div');
      const caption = document.createElement('p');
      caption.className = 'note';
      caption.textContent = `${panel.label}: mean half-width ${panel.halfWidth.toFixed(4)}; top eigenvalues ${panel.eigenvalues.map((v) => v.toPrecision(3)).join(', ')}`;
      box.append(chart, caption);
      panels.append(box);
      await renderSpec(chart, panel.spec);
    }
    setStatus(status, 'done', 'ok');
  });
}
