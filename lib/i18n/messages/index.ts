import { common } from './common';
import { session } from './session';
import { review } from './review';
import { modules } from './modules';
import { groups } from './groups';
import { summary } from './summary';
import { programme } from './programme';
import { lock } from './lock';
import { supervision } from './supervision';
import { backup } from './backup';
import { overlay } from './overlay';
import { fidelity } from './fidelity';
import { notes } from './notes';
import { itis } from './itis';
import { exportsBundle } from './exports';
import { views } from './views';

/** Every UI string bundle. Keys are namespaced by area and must not repeat across bundles (tested). */
export const BUNDLES = [common, session, review, modules, groups, summary, programme, lock, supervision, backup, fidelity, notes, itis, overlay, exportsBundle, views] as const;
