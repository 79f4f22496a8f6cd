import { describe, expect, it } from 'vitest';
import { peerPython, torchUnavailable } from './torch-peer.js';

describe('the PyTorch peer’s Python', () => {
  it('is --python, else $MLPINIT_PYTHON, else python3 on PATH', () => {
    expect(peerPython('/opt/conda/bin/python', { MLPINIT_PYTHON: '/venv/bin/python' })).toBe('/opt/conda/bin/python');
    expect(peerPython(undefined, { MLPINIT_PYTHON: '/venv/bin/python' })).toBe('/venv/bin/python');
    expect(peerPython(undefined, { MLPINIT_PYTHON: ' ' })).toBe('python3');
    expect(peerPython(undefined, {})).toBe('python3');
  });

  it('a missing interpreter is named, with the way to set another', async () => {
    expect(await torchUnavailable('/nonexistent/python9')).toBe('/nonexistent/python9 not found (set --python or MLPINIT_PYTHON)');
  });
});
