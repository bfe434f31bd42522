import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { renderWithApp } from './render-app';
import { useLiveRead, useLiveState, type LiveReadOptions, type LiveWatch } from '../../components/common/useLiveRead';

afterEach(cleanup);

/** A read whose answers the test releases one by one, in any order. */
function controlledReads() {
  const pending: ((value: string) => void)[] = [];
  return {
    read: () => new Promise<string>((resolve) => pending.push(resolve)),
    count: () => pending.length,
    answer: (index: number, value: string) => act(async () => pending[index]!(value)),
  };
}

function Probe({ read, watch, options }: { read: () => Promise<string>; watch: LiveWatch; options?: LiveReadOptions }) {
  const value = useLiveRead(read, watch, [], options);
  return <p data-testid="value">{value ?? 'loading'}</p>;
}

const shown = () => screen.getByTestId('value').textContent;

describe('useLiveRead', () => {
  it('reads at once, and again when a watched store changes', async () => {
    let n = 0;
    const { app } = await renderWithApp(<Probe read={async () => `read ${++n}`} watch={['groups', 'participants']} />);
    expect(shown()).toBe('loading');
    await waitFor(() => expect(shown()).toBe('read 1'));

    act(() => app.repo.bus.publish(['settings']));
    act(() => app.repo.bus.publish(['participants'], ['p1']));
    await waitFor(() => expect(shown()).toBe('read 2'));
    expect(n).toBe(2);
  });

  it('lets only the newest read land when an older one answers late', async () => {
    const reads = controlledReads();
    const { app } = await renderWithApp(<Probe read={reads.read} watch={['groups']} />);
    act(() => app.repo.bus.publish(['groups']));
    expect(reads.count()).toBe(2);

    await reads.answer(1, 'newer');
    expect(shown()).toBe('newer');
    await reads.answer(0, 'older');
    expect(shown()).toBe('newer');
  });

  it('asks a watch test which notices concern it', async () => {
    let n = 0;
    const watch = (notice: { stores: string[]; ids?: string[] }) => notice.ids?.includes('s1') ?? false;
    const { app } = await renderWithApp(<Probe read={async () => `read ${++n}`} watch={watch} />);
    await waitFor(() => expect(shown()).toBe('read 1'));
    act(() => app.repo.bus.publish(['sessions'], ['s2']));
    act(() => app.repo.bus.publish(['sessions'], ['s1']));
    await waitFor(() => expect(shown()).toBe('read 2'));
    expect(n).toBe(2);
  });

  it('waits for `before` for the first read only', async () => {
    let started!: () => void;
    const before = () => new Promise<void>((resolve) => (started = resolve));
    let n = 0;
    let beforeCalls = 0;
    const { app } = await renderWithApp(
      <Probe read={async () => `read ${++n}`} watch={['groups']} options={{ before: () => (beforeCalls++, before()) }} />,
    );
    await Promise.resolve();
    expect(n).toBe(0);
    await act(async () => started());
    await waitFor(() => expect(shown()).toBe('read 1'));

    act(() => app.repo.bus.publish(['groups']));
    await waitFor(() => expect(shown()).toBe('read 2'));
    expect(beforeCalls).toBe(1);
  });

  it('stops listening once unmounted', async () => {
    let n = 0;
    const { app, unmount } = await renderWithApp(<Probe read={async () => `read ${++n}`} watch={['groups']} />);
    await waitFor(() => expect(shown()).toBe('read 1'));
    // Preact 11 runs effect cleanups after paint; act flushes them.
    await act(async () => {
      unmount();
    });
    act(() => app.repo.bus.publish(['groups']));
    expect(n).toBe(1);
  });
});

describe('useLiveState', () => {
  function Editor() {
    const [value, setValue] = useLiveState(async () => 'stored', ['settings'], []);
    return (
      <button type="button" onClick={() => setValue((v) => `${v} (changed here)`)}>
        {value ?? 'loading'}
      </button>
    );
  }

  it('shows a local update at once, until the next read replaces it', async () => {
    const { app } = await renderWithApp(<Editor />);
    const button = await screen.findByRole('button', { name: 'stored' });
    fireEvent.click(button);
    expect(button.textContent).toBe('stored (changed here)');
    act(() => app.repo.bus.publish(['settings']));
    await waitFor(() => expect(button.textContent).toBe('stored'));
  });
});
