/**
 * Size limits for everything a person types or a file brings in, defined once so the form fields
 * (maxLength) and the import validators agree. The limits are generous for real use and exist so
 * that a pasted megabyte or a crafted file cannot fill the database, slow every page that lists
 * the record, or hang the tab while it is parsed.
 *
 * Usage:
 *   <textarea maxLength={NOTE_MAX} />
 *   v.pipe(v.string(), v.maxLength(SHORT_TEXT_MAX))
 */

/** Free text written during or after a session: notes, participant notes, goals, prompt notes. */
export const NOTE_MAX = 20_000;

/** A one-line note (a prompt note, the agreed home practice) or a participant's goal. */
export const NOTE_LINE_MAX = 2_000;

/** A name or a one-line entry: group and programme names, facilitators, goal steps, practitioner. */
export const SHORT_TEXT_MAX = 200;

/**
 * The participant code field. The code rule itself (lib/participants.ts) is stricter; the field
 * allows a little more so a too-long code gets that rule's explanation instead of being cut off.
 */
export const CODE_MAX = 20;

/** A site address typed in Settings. */
export const URL_MAX = 2_048;

/** Prompt wording in a programme adaptation (the built-in prompts are at most a few hundred characters). */
export const PROMPT_TEXT_MAX = 2_000;

/** An id or key in an imported file (module, template, step, prompt and item ids). */
export const ID_MAX = 100;

/** Entries in any list or map of an imported file (custom prompts, overrides, item lists). */
export const LIST_MAX = 500;

/** An imported programme adaptation file; real ones are a few kilobytes. */
export const ADAPTATION_FILE_MAX_BYTES = 1024 * 1024;

/** Problems listed at once; the rest are counted, so a badly broken file stays readable. */
export const SHOWN_PROBLEMS_MAX = 20;

/** Clock events kept for one session: a session with this many pauses is not a real one. */
export const CLOCK_EVENTS_MAX = 2_000;
