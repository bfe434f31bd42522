import type { Locale } from './text';

/** A bundle of UI strings: Dutch must have exactly the English keys (checked by the compiler and tests). */
export interface Bundle<K extends string = string> {
  en: Record<K, string>;
  nl: Record<K, string>;
}

export function defineMessages<const E extends Record<string, string>>(
  en: E,
  nl: { [K in keyof E]: string },
): Bundle<Extract<keyof E, string>> {
  return { en, nl } as Bundle<Extract<keyof E, string>>;
}

export type Params = Record<string, string | number>;

/** Replaces {name} placeholders; a missing parameter stays visible rather than vanishing. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

export type { Locale };
