import { describe, expect, it } from 'vitest';
import { checkParticipantCode } from '../../lib/participants';

describe('checkParticipantCode', () => {
  it.each(['P01', 'J.K.', 'AB-12', 'jk', 'P_7', 'ÉV'])('accepts code %s', (code) => {
    expect(checkParticipantCode(code)).toEqual({ ok: true, code });
  });
  it.each(['Maria Jansen', 'Jan de Vries', 'Maria', 'Pieter'])('warns that %s looks like a name', (name) => {
    expect(checkParticipantCode(name)).toEqual({ ok: false, reason: 'looks-like-name' });
  });
  it('rejects empty, long and odd input', () => {
    expect(checkParticipantCode('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkParticipantCode('ABCDEFGHIJKLM')).toEqual({ ok: false, reason: 'too-long' });
    expect(checkParticipantCode('a b')).toEqual({ ok: false, reason: 'invalid' });
  });
  it('trims spaces', () => {
    expect(checkParticipantCode(' P02 ')).toEqual({ ok: true, code: 'P02' });
  });
});
