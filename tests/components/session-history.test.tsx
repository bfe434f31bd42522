import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { GroupView } from '../../components/groups/GroupsView';
import { renderWithApp } from './render-app';
import { makeEntry, makeGroup, makeParticipant, makeSession } from '../factories';

describe('group session history', () => {
  it('lists the group’s sessions newest first and opens a past session’s summary', async () => {
    const { app } = await renderWithApp(<GroupView groupId="g1" />);
    await app.repo.writeBatch({
      groups: [makeGroup()],
      participants: [makeParticipant(), makeParticipant({ id: 'p2', code: 'P02' })],
      sessions: [
        makeSession({ id: 's1', date: '2024-03-06', createdAt: 1, participants: { p1: makeEntry({ attendance: 'present' }), p2: makeEntry({ attendance: 'absent' }) } }),
        makeSession({ id: 's2', date: '2024-03-13', createdAt: 2, sessionNumber: 2, participants: { p1: makeEntry({ attendance: 'late' }), p2: makeEntry({ attendance: 'present' }) } }),
      ],
    });
    await screen.findByRole('heading', { name: 'Sessions (2)' });
    const buttons = screen.getAllByRole('button', { name: /Summary and note/ });
    expect(buttons.map((b) => b.textContent)).toEqual(['Summary and note (2024-03-13)', 'Summary and note (2024-03-06)']);
    expect(screen.getByText(/2 of 2 attended/)).toBeTruthy();
    expect(screen.getByText(/1 of 2 attended/)).toBeTruthy();
    fireEvent.click(buttons[1]!);
    await waitFor(() => expect(app.route.value).toEqual({ name: 'summary', sessionId: 's1' }));
  });

  it('says so when the group has no sessions yet', async () => {
    const { app } = await renderWithApp(<GroupView groupId="g1" />);
    await app.repo.writeBatch({ groups: [makeGroup()] });
    await screen.findByRole('heading', { name: 'Sessions (0)' });
    expect(screen.getByText('No sessions yet.')).toBeTruthy();
  });
});
