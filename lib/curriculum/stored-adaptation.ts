import type { ProgrammeAdaptation } from './adaptation';

/** How the programme's adaptation is kept in IndexedDB: one record, id 'current'. */
export interface StoredAdaptation {
  id: 'current';
  programmeName: string;
  adaptation: ProgrammeAdaptation;
  updatedAt: number;
}
