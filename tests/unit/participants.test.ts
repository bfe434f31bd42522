import { describe, expect, it } from 'vitest';
import { checkParticipantCode, checkParticipantCodeInGroup } from '../../lib/participants';

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

describe('checkParticipantCodeInGroup', () => {
  it('accepts a code no other participant of the group has, trimmed', () => {
    expect(checkParticipantCodeInGroup(' P03 ', ['P01', 'P02'])).toEqual({ ok: true, code: 'P03' });
    expect(checkParticipantCodeInGroup('P01', [])).toEqual({ ok: true, code: 'P01' });
  });

  it('refuses a code another participant has, whatever the case, naming the code as stored', () => {
    expect(checkParticipantCodeInGroup('p02', ['P01', 'P02'])).toEqual({ ok: false, reason: 'duplicate', taken: 'P02' });
    expect(checkParticipantCodeInGroup(' J.K. ', ['j.k.'])).toEqual({ ok: false, reason: 'duplicate', taken: 'j.k.' });
    expect(checkParticipantCodeInGroup('éV', ['ÉV'])).toEqual({ ok: false, reason: 'duplicate', taken: 'ÉV' });
  });

  it('reports a code that is not acceptable on its own first', () => {
    expect(checkParticipantCodeInGroup('Maria', ['Maria'])).toEqual({ ok: false, reason: 'looks-like-name' });
    expect(checkParticipantCodeInGroup('', [''])).toEqual({ ok: false, reason: 'empty' });
  });
});
