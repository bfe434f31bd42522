/**
 * The IndexedDB schema: store names, key paths, indexes and the record type each holds.
 * ARCHITECTURE.md ("Data") documents it for people; migrations.ts builds it version by version.
 */
import type { DBSchema } from 'idb';
import type { Group, ImportedSource, Participant, Session } from '../model';
import type { Settings } from '../settings';
import type { ItisRating } from '../fidelity/itis';
import type { StoredAdaptation } from '../curriculum/stored-adaptation';
import type { VaultRecord } from './vault';
import type { SessionExclusion } from '../fidelity/exclusions';

export const DB_NAME = 'imr-guide';

export interface ImrSchema extends DBSchema {
  groups: { key: string; value: Group; indexes: { bySource: string } };
  participants: { key: string; value: Participant; indexes: { byGroup: string; bySource: string } };
  sessions: {
    key: string;
    value: Session;
    indexes: { byGroup: string; byStatus: string; byDate: string; byPractitioner: string; bySource: string };
  };
  /** One record, key 'settings'; older records lack later fields (filled by withDefaults). */
  settings: { key: string; value: Partial<Settings> & { key: 'settings' } };
  /** Supervisor IT-IS ratings of sessions (since version 2). */
  itisRatings: { key: string; value: ItisRating; indexes: { bySession: string; bySource: string } };
  /** The programme's adaptation of the built-in curriculum (since version 2), key 'current'. */
  adaptations: { key: string; value: StoredAdaptation };
  /** The encryption vault's salt and check (since version 3), key 'vault'; never the key itself. */
  meta: { key: string; value: VaultRecord };
  /** Profiles whose supervision files were imported (since version 4). */
  sources: { key: string; value: ImportedSource };
  /** Sessions this profile leaves out of the estimates, keyed by session id (since version 5). */
  exclusions: { key: string; value: SessionExclusion };
}

export type StoreName = 'groups' | 'participants' | 'sessions' | 'settings' | 'itisRatings' | 'adaptations' | 'meta' | 'sources' | 'exclusions';

export const ALL_STORES: readonly StoreName[] = ['groups', 'participants', 'sessions', 'settings', 'itisRatings', 'adaptations', 'meta', 'sources', 'exclusions'];
