import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { REMEMBERED_SELECTIONS, useRemembered } from '../../components/review/useEstimates';

function Probe({ k, reset, compute, out }: { k: string; reset: unknown; compute: (k: string) => number; out: number[] }) {
  out.push(useRemembered(k, () => compute(k), [reset]));
  return null;
}

describe('useRemembered', () => {
  it('computes a selection once, again only after the records change, and forgets the oldest past its limit', () => {
    const calls: string[] = [];
    const compute = (k: string) => {
      calls.push(k);
      return calls.length;
    };
    const out: number[] = [];
    const data = {};
    const { rerender } = render(<Probe k="all" reset={data} compute={compute} out={out} />);
    rerender(<Probe k="g1" reset={data} compute={compute} out={out} />);
    rerender(<Probe k="all" reset={data} compute={compute} out={out} />);
    expect(calls).toEqual(['all', 'g1']);
    expect(out.at(-1)).toBe(1);

    rerender(<Probe k="all" reset={{}} compute={compute} out={out} />);
    expect(calls).toEqual(['all', 'g1', 'all']);

    const fresh = {};
    for (let i = 0; i <= REMEMBERED_SELECTIONS; i++) rerender(<Probe k={`s${i}`} reset={fresh} compute={compute} out={out} />);
    const before = calls.length;
    rerender(<Probe k="s0" reset={fresh} compute={compute} out={out} />);
    expect(calls.length).toBe(before + 1);
  });
});
