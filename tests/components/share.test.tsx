/**
 * The participant view (issue 9): large print of the agenda, the current step and today's topics,
 * following the panel live, with no participant codes and no notes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { renderWithApp } from './render-app';
import { ShareView } from '../../components/share/ShareView';
import { createSession } from '../../lib/session/plan';
import { MODULES, TEMPLATES } from '../../lib/curriculum';
import { pick } from '../../lib/i18n';
import { makeEntry, makeGroup, makeParticipant } from '../factories';

afterEach(cleanup);

const T0 = Date.UTC(2024, 2, 20, 9);
const GROUP_90 = TEMPLATES.find((t) => t.id === 'group-90')!;
const MODULE_1 = MODULES[0]!;

describe('the participant view', () => {
  it('shows the agenda, the current step and today’s topics, follows the panel, and shows no codes or notes', async () => {
    const { repo } = await renderWithApp(<ShareView />, { now: () => T0 });
    expect(await screen.findByText('No session is running. This page follows the session once it starts.')).toBeTruthy();

    const base = createSession({
      group: makeGroup(),
      participants: [makeParticipant()],
      moduleId: MODULE_1.id,
      sessionNumber: 1,
      template: GROUP_90,
      practitioner: 'AB',
      warnSeconds: 120,
      noteFormat: 'imr',
      now: T0,
    });
    const session = { ...base, notes: 'Private session note', participants: { p1: makeEntry({ note: 'Private note about P01' }) } };
    await repo.writeBatch({ groups: [makeGroup()], participants: [makeParticipant()], sessions: [session] });

    expect(await screen.findByRole('heading', { level: 1, name: `1. ${pick(MODULE_1.title, 'en')}` })).toBeTruthy();
    const now = screen.getByRole('region', { name: 'Now' });
    expect(within(now).getByText('Check-in')).toBeTruthy();
    const agenda = within(screen.getByRole('region', { name: 'Today’s agenda' })).getByRole('list');
    expect(within(agenda).getAllByRole('listitem')).toHaveLength(GROUP_90.steps.length);
    expect(within(agenda).getAllByRole('listitem')[0]!.getAttribute('aria-current')).toBe('step');
    expect(screen.getByText(pick(MODULE_1.sessions[0]!.outline[0]!, 'en'))).toBeTruthy();

    // The panel moves on: the shared page follows through the change notice.
    await repo.updateSession(session.id, (s) => ({ ...s, events: [...s.events, { type: 'next', at: T0 + 1000 }] }));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Now' })).getByText('Review of last session')).toBeTruthy());
    expect(within(agenda).getAllByRole('listitem')[1]!.getAttribute('aria-current')).toBe('step');

    const text = document.body.textContent ?? '';
    expect(text).not.toContain('P01');
    expect(text).not.toContain('Private');
  });
});
