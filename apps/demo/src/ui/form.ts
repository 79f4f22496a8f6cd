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

export function readChoice<T extends string>(form: HTMLElement, name: string, allowed: readonly T[]): T {
  const input = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  const value = input?.value as T;
  if (!allowed.includes(value)) throw new FormError(`${name}: choose one of ${allowed.join(', ')}`);
  return value;
}
