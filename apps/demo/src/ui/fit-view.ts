import { FIT_FAMILIES, type FitFamily, type FitParams, type RgbImage } from '../protocol.js';
import type { AppState } from './app-state.js';
import { drawImage } from './canvas.js';
import { LiveLossChart } from './charts.js';
import { byId, setStatus } from './dom.js';
import { FormError, readChoice, readNumber, readNumberOrAuto } from './form.js';
import { decodeImage } from './image-input.js';
import { CancelledError, type RunningTask } from './worker-client.js';

/** The bundled photograph (public/data, copied next to index.html by the build). */
const CITY_URL = 'data/city-256x192.png';

/** The symbol of each family's scale (GO has none: its strength has fields of its own). */
const SCALE_SYMBOL: Record<Exclude<FitFamily, 'go'>, string> = { fourier: 'σ', siren: 'ω₀' };

/**
 * Fit view: a Glorot tanh network and a second network of the chosen family
 * (GO, Fourier features or SIREN) trained side by side on a synthetic target or an image.
 */
export function mountFitView(app: AppState): void {
  const form = byId<HTMLFormElement>('fit-form');
  const status = byId('fit-status');
  const progress = byId<HTMLProgressElement>('fit-progress');
  const runBtn = byId<HTMLButtonElement>('fit-run');
  const cancelBtn = byId<HTMLButtonElement>('fit-cancel');
  const fileInput = byId<HTMLInputElement>('fit-file');
  const canvases = [byId<HTMLCanvasElement>('fit-canvas-0'), byId<HTMLCanvasElement>('fit-canvas-1')];
  const snrOut = [byId('fit-snr-0'), byId('fit-snr-1')];
  const labels = [byId('fit-label-0'), byId('fit-label-1')];
  const targetCanvas = byId<HTMLCanvasElement>('fit-target');
  const note = byId('fit-note');
  const familySelect = form.querySelector<HTMLSelectElement>('[name="family"]');
  const scaleInput = form.querySelector<HTMLInputElement>('[name="scale"]');
  const scaleName = form.querySelector<HTMLElement>('.scale-name');
  let task: RunningTask<unknown> | undefined;

  /** Shows the fields of the chosen family only, and names its scale (σ or ω₀). */
  const syncFamily = (): void => {
    const family = familySelect?.value ?? 'go';
    for (const el of form.querySelectorAll<HTMLElement>('[data-family]')) el.hidden = !(el.dataset.family ?? '').split(' ').includes(family);
    if (family === 'fourier' || family === 'siren') {
      const symbol = SCALE_SYMBOL[family];
      if (scaleInput) scaleInput.dataset.label = symbol;
      if (scaleName) scaleName.textContent = `${symbol} (number or auto)`;
    }
  };
  familySelect?.addEventListener('change', syncFamily);
  syncFamily();

  const loadTarget = async (kind: string, maxSide: number): Promise<RgbImage | undefined> => {
    if (kind === 'synthetic') return undefined;
    if (kind === 'file') {
      const file = fileInput.files?.[0];
      if (!file) throw new FormError('choose an image file first (it is decoded here and never uploaded)');
      return (await decodeImage(file, file.name, maxSide)).image;
    }
    const res = await fetch(CITY_URL);
    if (!res.ok) throw new Error(`the bundled photograph could not be loaded (${res.status})`);
    return (await decodeImage(await res.blob(), 'city-256x192.png', maxSide)).image;
  };

  fileInput.addEventListener('change', () => {
    const sel = form.querySelector<HTMLSelectElement>('[name="target"]');
    if (sel && fileInput.files?.length) sel.value = 'file';
  });

  cancelBtn.addEventListener('click', () => {
    task?.cancel();
    setStatus(status, 'cancelling…');
  });

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void run();
  });

  const run = async (): Promise<void> => {
    let params: FitParams;
    let image: RgbImage | undefined;
    setStatus(status, 'reading the form and the image…');
    try {
      const target = readChoice(form, 'target', ['synthetic', 'city', 'file'] as const);
      const maxSide = readNumber(form, 'size', { min: 8, max: 128, integer: true });
      const family = readChoice(form, 'family', FIT_FAMILIES);
      // σ and ω₀ must be positive; GO's fields are read for GO only (the others are hidden).
      const scale = family === 'go' ? 'auto' : readNumberOrAuto(form, 'scale', { above: 0, max: 1000 });
      const familyLr = readNumberOrAuto(form, 'familyLr', { above: 0, max: 1 });
      const go =
        family === 'go'
          ? {
              goStrength: readChoice(form, 'goStrength', ['kernel', 'fixed'] as const),
              lambda: readNumber(form, 'lambda', { min: 0, max: 10 }),
              goSteps: readNumber(form, 'goSteps', { min: 1, max: 5000, integer: true }),
            }
          : {};
      image = await loadTarget(target, maxSide);
      params = {
        target: target === 'synthetic' ? 'synthetic' : 'image',
        image,
        gridSize: maxSide,
        depth: readNumber(form, 'depth', { min: 1, max: 12, integer: true }),
        width: readNumber(form, 'width', { min: 2, max: 256, integer: true }),
        steps: readNumber(form, 'steps', { min: 1, max: 20000, integer: true }),
        lr: readNumber(form, 'lr', { min: 1e-6, max: 1 }),
        seed: readNumber(form, 'seed', { min: 0, max: 2 ** 31, integer: true }),
        family,
        scale,
        familyLr,
        ...go,
      };
    } catch (err) {
      setStatus(status, (err as Error).message, 'error');
      return;
    }
    for (const c of [targetCanvas, ...canvases]) c.getContext('2d')?.clearRect(0, 0, c.width, c.height);
    const chart = new LiveLossChart(byId('fit-chart'), 'training loss', 'MSE');
    for (const o of snrOut) {
      o.textContent = '…';
      delete o.dataset.snr;
    }
    note.textContent = '';
    for (const k of ['family', 'scale', 'scaleSource']) delete note.dataset[k];
    runBtn.disabled = true;
    cancelBtn.disabled = false;
    progress.value = 0;
    setStatus(status, 'running…');
    const done = [0, 0];
    let names = ['Glorot tanh', 'second network'];
    try {
      const running = app.worker.run('fit', params, (p) => {
        // Labels come with 'start' and again once the second network's scale is known.
        if (p.labels) {
          names = p.labels;
          p.labels.forEach((l, i) => {
            (labels[i] as HTMLElement).textContent = l;
          });
        }
        if (p.phase === 'start') {
          if (p.target) drawImage(targetCanvas, p.target.width, p.target.height, p.target.channels, p.target.data);
          return;
        }
        if (p.phase === 'init') {
          const loss = Number.isFinite(p.loss) ? `, loss ${p.loss.toFixed(4)}` : '';
          if (p.stage) setStatus(status, `${p.stage} ${p.step}/${p.steps}${loss}`);
          return;
        }
        done[p.run] = p.step;
        progress.value = (done[0] as number) + (done[1] as number);
        progress.max = 2 * p.steps;
        if (Number.isFinite(p.loss)) void chart.push([{ run: names[p.run] ?? String(p.run), step: p.step, loss: p.loss }]);
        if (p.image) {
          const w = image?.width ?? params.gridSize;
          const h = image?.height ?? params.gridSize;
          drawImage(canvases[p.run] as HTMLCanvasElement, w, h, image?.channels ?? 1, p.image);
          (snrOut[p.run] as HTMLElement).textContent = `${(p.snrDb ?? Number.NaN).toFixed(2)} dB (step ${p.step})`;
        }
        setStatus(status, `training: ${done[0]} / ${done[1]} of ${p.steps} steps`);
      });
      task = running;
      const res = await app.guard(() => running.result);
      names = res.labels;
      res.labels.forEach((l, i) => {
        (labels[i] as HTMLElement).textContent = l;
        const out = snrOut[i] as HTMLElement;
        out.textContent = `${res.snrDb[i]?.toFixed(2)} dB`;
        out.dataset.snr = String(res.snrDb[i]);
      });
      note.textContent = res.note;
      note.dataset.family = res.family;
      note.dataset.scale = String(res.scale);
      note.dataset.scaleSource = res.scaleSource;
      setStatus(status, `done in ${Math.max(...res.seconds).toFixed(1)} s: SNR ${res.labels[0]} ${res.snrDb[0].toFixed(2)} dB, ${res.labels[1]} ${res.snrDb[1].toFixed(2)} dB`, 'ok');
    } catch (err) {
      for (const o of snrOut) if (o.textContent === '…') o.textContent = '–';
      if (err instanceof CancelledError) setStatus(status, 'cancelled', 'info');
      else setStatus(status, (err as Error).message, 'error');
    } finally {
      task = undefined;
      runBtn.disabled = false;
      cancelBtn.disabled = true;
    }
  };
}
