/**
 * Which of our languages to use, from the browser's. Kept apart from the strings so the scripts
 * that must stay small (the background, the first script of each page) can decide without loading
 * any message bundle.
 */
import { isLocale, type Locale } from './text';

/** The browser's language when it is one we support, else English. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const lang of languages) {
    const base = lang.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
