/** A form value that is not what it should be; shown to the user as is. */
export class FormError extends Error {}

export interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
}

/** Reads a number from an input, with a message naming the field when it is nonsense. */
export function readNumber(form: HTMLElement, name: string, rule: NumberRule): number {
  const input = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  if (!input) throw new FormError(`missing field ${name}`);
  const label = input.dataset.label ?? name;
  const text = input.value.trim();
  const value = Number(text);
  if (text === '') throw new FormError(`${label}: enter a number`);
  if (!Number.isFinite(value)) throw new FormError(`${label}: "${text}" is not a number`);
  if (rule.integer && !Number.isInteger(value)) throw new FormError(`${label} must be a whole number (got ${text})`);
  if (value < rule.min || value > rule.max) throw new FormError(`${label} must be between ${rule.min} and ${rule.max} (got ${text})`);
  return value;
}

export interface NumberOrAutoRule {
  /** The value must be greater than this. */
  above: number;
  max: number;
}

/** Reads `auto` (any case) or a number in (above, max], with a message naming the field when it is neither. */
export function readNumberOrAuto(form: HTMLElement, name: string, rule: NumberOrAutoRule): number | 'auto' {
  const input = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  if (!input) throw new FormError(`missing field ${name}`);
  const label = input.dataset.label ?? name;
  const text = input.value.trim();
  if (text.toLowerCase() === 'auto') return 'auto';
  const value = Number(text);
  if (text === '') throw new FormError(`${label}: enter a number or auto`);
  if (!Number.isFinite(value)) throw new FormError(`${label}: "${text}" is neither a number nor auto`);
  if (value <= rule.above) throw new FormError(`${label} must be greater than ${rule.above} (got ${text}), or auto`);
  if (value > rule.max) throw new FormError(`${label} must be at most ${rule.max} (got ${text}), or auto`);
  return value;
}

export function readChoice<T extends string>(form: HTMLElement, name: string, allowed: readonly T[]): T {
  const input = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  const value = input?.value as T;
  if (!allowed.includes(value)) {
    const got = value === undefined ? '' : ` (got "${value}")`;
    throw new FormError(`${input?.dataset.label ?? name}: choose one of ${allowed.join(', ')}${got}`);
  }
  return value;
}
