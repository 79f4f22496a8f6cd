import type { GoSummary } from '../protocol.js';
import type { AppState } from './app-state.js';
import { LiveLossChart, renderSpec } from './charts.js';
import { byId, setStatus } from './dom.js';
import { download } from './download.js';
import { readChoice, readNumber } from './form.js';
import { bindTaskForm } from './task-form.js';

/** GO view: run GO live, then angle matrices before/after, c and b per layer, export. */
export function mountGoView(app: AppState): void {
  const progress = byId<HTMLProgressElement>('go-progress');
  const exportJson = byId<HTMLButtonElement>('go-export-json');
  const exportLayers = byId<HTMLButtonElement>('go-export-layers');
  const result = byId('go-result');
  const table = byId<HTMLTableElement>('go-table');
  let last: GoSummary | undefined;

  exportJson.addEventListener('click', () => last && download('go-init.json', last.json));
  exportLayers.addEventListener('click', () => last && download('go-init-tfjs-layers.json', last.layersJson));

  bindTaskForm('go', async ({ form, status, track }) => {
    const params: Parameters<typeof app.worker.run<'go'>>[1] = {
      depth: readNumber(form, 'depth', { min: 1, max: 16, integer: true }),
      width: readNumber(form, 'width', { min: 2, max: 256, integer: true }),
      activation: readChoice(form, 'activation', ['tanh', 'sin', 'relu', 'gelu', 'silu', 'erf'] as const),
      lambda: readNumber(form, 'lambda', { min: 0, max: 10 }),
      steps: readNumber(form, 'steps', { min: 1, max: 5000, integer: true }),
      domain: readChoice(form, 'domain', ['1d', '2d'] as const),
      points: readNumber(form, 'points', { min: 4, max: 4096, integer: true }),
      seed: readNumber(form, 'seed', { min: 0, max: 2 ** 31, integer: true }),
    };
    const chart = new LiveLossChart(byId('go-chart'), 'GO objective', 'loss');
    result.textContent = '';
    result.dataset.cos2After = '';
    setStatus(status, 'running GO…');
    progress.max = params.steps;
    progress.value = 0;
    const running = track(
      app.worker.run('go', params, (p) => {
        progress.value = p.step;
        setStatus(status, `GO step ${p.step} / ${p.steps}: loss ${p.loss.toFixed(4)}`);
        void chart.push([{ run: 'GO', step: p.step, loss: p.loss }]);
      }),
    );
    const res = await app.guard(() => running.result);
    last = res;
    await renderSpec(byId('go-angles'), res.angleSpec);
    result.textContent = `mean cos² between features: ${res.meanCos2Before.toFixed(4)} (Glorot) → ${res.meanCos2After.toFixed(4)} (GO), ${res.stepsRun} steps in ${res.seconds.toFixed(2)} s`;
    result.dataset.cos2After = String(res.meanCos2After);
    result.dataset.cos2Before = String(res.meanCos2Before);
    table.replaceChildren();
    const head = table.createTHead().insertRow();
    for (const h of ['layer', 'c', 'b']) head.insertCell().outerHTML = `<th>${h}</th>`;
    const body = table.createTBody();
    res.layerScales.forEach((c, i) => {
      const row = body.insertRow();
      row.insertCell().textContent = String(i + 1);
      row.insertCell().textContent = c.toFixed(4);
      row.insertCell().textContent = (res.layerBiases[i] ?? Number.NaN).toFixed(4);
    });
    exportJson.disabled = false;
    exportLayers.disabled = false;
    setStatus(status, 'done', 'ok');
  });
}
