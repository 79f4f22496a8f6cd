import type { VarianceParams } from '../protocol.js';
import type { AppState } from './app-state.js';
import { renderSpec } from './charts.js';
import { byId, setStatus } from './dom.js';
import { readChoice, readNumber } from './form.js';
import { bindTaskForm } from './task-form.js';

const ACTIVATIONS = ['tanh', 'relu', 'sin', 'erf', 'sigmoid', 'gelu', 'silu', 'elu', 'softplus', 'linear'] as const;

/** Variance-flow view: length map, slope and fixed points follow the sliders; Figure 1 on demand. */
export function mountVarianceView(app: AppState): void {
  const form = byId<HTMLFormElement>('vf-form');
  const status = byId('vf-status');
  const fixedBody = byId<HTMLTableElement>('vf-fixed').tBodies[0];
  let seq = 0;

  const read = (): VarianceParams => ({
    activation: readChoice(form, 'activation', ACTIVATIONS),
    c: readNumber(form, 'c', { min: 0.01, max: 10 }),
    bias: readNumber(form, 'bias', { min: -5, max: 5 }),
    sMax: readNumber(form, 'sMax', { min: 0.5, max: 50 }),
  });

  const update = async (): Promise<void> => {
    const mine = ++seq;
    let params: VarianceParams;
    try {
      params = read();
    } catch (err) {
      setStatus(status, (err as Error).message, 'error');
      return;
    }
    for (const name of ['c', 'bias'] as const) {
      const out = form.querySelector<HTMLOutputElement>(`[name="${name}-out"]`);
      if (out) out.value = String(params[name]);
    }
    try {
      const res = await app.worker.run('variance', params).result;
      if (mine !== seq) return; // a newer slider position superseded this one
      await renderSpec(byId('vf-chart'), res.spec);
      fixedBody?.replaceChildren(
        ...res.fixedPoints.map((fp) => {
          const tr = document.createElement('tr');
          tr.className = 'fixed-point';
          tr.dataset.s = String(fp.s);
          tr.dataset.stable = String(fp.stable);
          tr.innerHTML = `<td>${fp.s.toFixed(4)}</td><td>${fp.slope.toFixed(4)}</td><td class="${fp.stable ? 'stable' : 'unstable'}">${fp.stable ? 'stable' : 'unstable'}</td>`;
          return tr;
        }),
      );
      setStatus(status, `${res.fixedPoints.length} fixed point${res.fixedPoints.length === 1 ? '' : 's'} in [0, ${params.sMax}]`, 'ok');
    } catch (err) {
      if (mine === seq) setStatus(status, (err as Error).message, 'error');
    }
  };
  form.addEventListener('input', () => void update());
  form.addEventListener('submit', (ev) => ev.preventDefault());
  void update();
  void app.worker
    .run('figure2', { sMax: 4 })
    .result.then((res) => renderSpec(byId('vf-fig2'), res.spec))
    .catch((err: Error) => setStatus(status, err.message, 'error'));

  // Figure 1: simulated finite networks on demand.
  bindTaskForm('vf-sim', async ({ form: simForm, status: simStatus, track }) => {
    const base = read();
    const params: Parameters<typeof app.worker.run<'figure1'>>[1] = {
      activation: base.activation,
      c: base.c,
      bias: base.bias,
      width: readNumber(simForm, 'width', { min: 2, max: 1024, integer: true }),
      depth: readNumber(simForm, 'depth', { min: 1, max: 100, integer: true }),
      samples: readNumber(simForm, 'samples', { min: 1, max: 64, integer: true }),
      seed: readNumber(simForm, 'seed', { min: 0, max: 2 ** 31, integer: true }),
    };
    setStatus(simStatus, 'simulating…');
    const running = track(app.worker.run('figure1', params, (p) => setStatus(simStatus, `simulating: ${p.done} / ${p.total}`)));
    const res = await app.guard(() => running.result);
    await renderSpec(byId('vf-fig1'), res.spec);
    setStatus(simStatus, 'done', 'ok');
  });
}
