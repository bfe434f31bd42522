/**
 * Whose words the module material is. Modules 1-3 follow the published IMR handouts closely; the
 * session-by-session outlines and the worksheet titles of modules 4-11 are this guide's own
 * summary, written for it. The module browser says so, and a programme can reword them through its
 * adaptation (`materialOverrides` in adaptation.ts), like the session counts.
 */
import type { Module } from './types';

/** The first module whose outlines and worksheet titles this guide wrote itself. */
export const PRODUCT_AUTHORED_FROM_MODULE = 4;

export function isProductAuthored(module: Pick<Module, 'number'>): boolean {
  return module.number >= PRODUCT_AUTHORED_FROM_MODULE;
}
