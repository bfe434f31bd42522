import { common } from './common';

/** Every UI string bundle. Keys are namespaced by area and must not repeat across bundles (tested). */
export const BUNDLES = [common] as const;
