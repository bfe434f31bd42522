/**
 * Participant identity rules. The product records people by code or initials only; this catches
 * the common slip of typing a full name, so the practitioner can fix it before it is stored.
 */

/** Codes: letters, digits, dots, dashes, underscores, up to 12 characters, e.g. "P07", "J.K.", "AB-12". */
const CODE = /^[\p{L}\d._-]{1,12}$/u;

export type CodeCheck = { ok: true; code: string } | { ok: false; reason: 'empty' | 'looks-like-name' | 'too-long' | 'invalid' };

export function checkParticipantCode(raw: string): CodeCheck {
  const code = raw.trim();
  if (!code) return { ok: false, reason: 'empty' };
  // Two or more words that start with a capital followed by lower case read as "First Last".
  if (/\p{Lu}\p{Ll}+\s+(\p{Ll}+\s+)*\p{Lu}\p{Ll}+/u.test(code)) return { ok: false, reason: 'looks-like-name' };
  // A single capitalised word of 4+ letters ("Maria") is most likely a first name.
  if (/^\p{Lu}\p{Ll}{3,}$/u.test(code)) return { ok: false, reason: 'looks-like-name' };
  if (code.length > 12) return { ok: false, reason: 'too-long' };
  if (!CODE.test(code)) return { ok: false, reason: 'invalid' };
  return { ok: true, code };
}

export type GroupCodeCheck = CodeCheck | { ok: false; reason: 'duplicate'; taken: string };

/**
 * checkParticipantCode, and the code must not be one another participant of the group already has.
 * Duplicates compare case-insensitively ("p01" is "P01" when read aloud); `taken` is the other
 * participant's code as stored. `otherCodes` leaves out the participant being edited.
 */
export function checkParticipantCodeInGroup(raw: string, otherCodes: readonly string[]): GroupCodeCheck {
  const check = checkParticipantCode(raw);
  if (!check.ok) return check;
  const lower = check.code.toLocaleLowerCase();
  const taken = otherCodes.find((c) => c.toLocaleLowerCase() === lower);
  return taken === undefined ? check : { ok: false, reason: 'duplicate', taken };
}

/**
 * What looks like a person's full name in free text, by the rule codes are checked with: a
 * capitalised word, optionally name particles ("van", "de"), then another capitalised word
 * ("Maria Jansen", "Jan van Dijk"). Free text starts sentences with capitals, so the code rule's
 * single-word case and arbitrary lower-case words in between are left out here. A hint for the
 * practitioner before a note goes into a shared record (issue 9), never a block.
 */
const NAME_IN_TEXT = /\p{Lu}\p{Ll}+(?:\s+(?:van|de|der|den|ter|ten|von|da|di|del|la|le|el|bin|al))*\s+\p{Lu}\p{Ll}+/gu;

export function namesIn(text: string): string[] {
  return [...new Set([...text.matchAll(NAME_IN_TEXT)].map((m) => m[0].replace(/\s+/g, ' ')))];
}
