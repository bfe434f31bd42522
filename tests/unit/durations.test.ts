/** Lengths of time in words (issue 9): "Planned 1:30:00, actual 1:36" meant 1 minute 36 seconds. */
import { describe, expect, it } from 'vitest';
import { formatSpan } from '../../lib/i18n/durations';

describe('formatSpan', () => {
  it.each([
    [0, '0 s', '0 s'],
    [45, '45 s', '45 s'],
    [60, '1 min', '1 min'],
    [96, '1 min 36 s', '1 min 36 s'],
    [-96, '1 min 36 s', '1 min 36 s'],
    [59.6, '1 min', '1 min'],
    [5400, '1 h 30 min', '1 u 30 min'],
    [5760, '1 h 36 min', '1 u 36 min'],
    [5789, '1 h 36 min', '1 u 36 min'],
    [7200, '2 h', '2 u'],
    [3599.6, '1 h', '1 u'],
    [36_000 + 1800, '10 h 30 min', '10 u 30 min'],
  ])('%s s reads "%s" and "%s"', (sec, en, nl) => {
    expect(formatSpan(sec, 'en')).toBe(en);
    expect(formatSpan(sec, 'nl')).toBe(nl);
  });

  it('formats numbers through Intl (grouping in each language)', () => {
    expect(formatSpan(1234 * 3600, 'en')).toBe('1,234 h');
    expect(formatSpan(1234 * 3600, 'nl')).toBe('1.234 u');
  });
});
