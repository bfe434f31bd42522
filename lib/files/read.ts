/**
 * Reading any file the guide writes: size first, then JSON, the format name and version, and for
 * an encrypted file its envelope and passphrase. What comes back is the file's head and its data,
 * still unchecked; each format checks its records itself (lib/files/records.ts). Never throws:
 * every failure is a typed problem the UI words in the reader's language.
 *
 * Usage:
 *   const read = await readFile(text, { format: 'imr-guide/supervision', version: 1, maxBytes }, passphrase);
 *   if (read.ok) check(read.data);
 */
import * as v from 'valibot';
import { decryptText, EncryptedEnvelope } from '../crypto/envelope';
import { WrongKeyError } from '../crypto/cipher';
import { clip, issuesOf, type FileIssue } from './records';

export type FileProblem =
  | { code: 'too-large'; maxBytes: number }
  | { code: 'not-json' }
  /** JSON, but not this kind of file (another format, or not one of ours). */
  | { code: 'wrong-kind' }
  | { code: 'unknown-version'; version: string }
  | { code: 'needs-passphrase' }
  | { code: 'wrong-passphrase' }
  | { code: 'invalid'; issues: FileIssue[] };

export interface FileKind {
  format: string;
  version: number;
  maxBytes: number;
}

export type ReadResult =
  | { ok: true; head: Record<string, unknown>; data: unknown; encrypted: boolean }
  | { ok: false; problem: FileProblem };

export interface ReadEnvironment {
  /** Opens an envelope; throws WrongKeyError on a wrong passphrase or an altered file. */
  decrypt: (passphrase: string, envelope: EncryptedEnvelope) => Promise<string>;
}

const EncryptedBody = v.object({ encrypted: v.literal(true), envelope: EncryptedEnvelope });
const PlainBody = v.object({ encrypted: v.literal(false), data: v.unknown() });

/** UTF-8 size without copying the text when its length alone decides. */
export function tooLarge(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  // A UTF-16 unit is at most 3 UTF-8 bytes, so shorter texts need no encoding.
  if (text.length * 3 <= maxBytes) return false;
  return new TextEncoder().encode(text).length > maxBytes;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const fail = (problem: FileProblem): ReadResult => ({ ok: false, problem });

export async function readFile(text: string, kind: FileKind, passphrase?: string, env: ReadEnvironment = { decrypt: decryptText }): Promise<ReadResult> {
  try {
    return await readUnsafe(text, kind, passphrase, env);
  } catch {
    // Nothing below should throw (JSON and schemas are guarded); if something does, the file is refused whole.
    return fail({ code: 'invalid', issues: [{ path: '', kind: 'unreadable' }] });
  }
}

async function readUnsafe(text: string, kind: FileKind, passphrase: string | undefined, env: ReadEnvironment): Promise<ReadResult> {
  if (typeof text !== 'string' || tooLarge(text, kind.maxBytes)) return fail({ code: 'too-large', maxBytes: kind.maxBytes });
  const json = parseJson(text);
  if (!json.ok) return fail({ code: 'not-json' });
  const raw = json.value;
  if (!isObject(raw) || raw.format !== kind.format) return fail({ code: 'wrong-kind' });
  // Checked before the rest: a newer file may have a shape this build cannot describe.
  if (raw.version !== kind.version) {
    return fail({ code: 'unknown-version', version: clip(String(typeof raw.version === 'object' ? (JSON.stringify(raw.version) ?? '') : raw.version)) });
  }
  if (raw.encrypted === true) {
    const body = v.safeParse(EncryptedBody, raw);
    if (!body.success) return fail({ code: 'invalid', issues: issuesOf(body.issues) });
    if (passphrase === undefined || passphrase === '') return fail({ code: 'needs-passphrase' });
    let plaintext: string;
    try {
      plaintext = await env.decrypt(passphrase, body.output.envelope);
    } catch (e) {
      if (e instanceof WrongKeyError) return fail({ code: 'wrong-passphrase' });
      // Base64 the schema let through but the decoder refuses (a bad length): an altered envelope.
      return fail({ code: 'invalid', issues: [{ path: 'envelope', kind: 'unreadable' }] });
    }
    if (tooLarge(plaintext, kind.maxBytes)) return fail({ code: 'too-large', maxBytes: kind.maxBytes });
    const inner = parseJson(plaintext);
    // Sealed by an authenticated cipher, so unreadable contents mean a faulty writer, not a wrong key.
    if (!inner.ok) return fail({ code: 'invalid', issues: [{ path: 'envelope', kind: 'unreadable' }] });
    return { ok: true, head: raw, data: inner.value, encrypted: true };
  }
  const body = v.safeParse(PlainBody, raw);
  if (!body.success) return fail({ code: 'invalid', issues: issuesOf(body.issues) });
  return { ok: true, head: raw, data: body.output.data, encrypted: false };
}
