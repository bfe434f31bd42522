import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderWithApp } from './render-app';
import { SessionRatings } from '../../components/itis/SessionRatings';
import { RatingsOverTime } from '../../components/itis/RatingsOverTime';
import { ImportFeedback } from '../../components/itis/ImportFeedback';
import { ExportFeedback } from '../../components/itis/ExportFeedback';
import { GroupView } from '../../components/groups/GroupsView';
import { SummaryView } from '../../components/summary/SummaryView';
import { ITIS_ITEMS } from '../../lib/fidelity/instruments';
import { buildFeedbackFile, parseFeedbackFile } from '../../lib/feedback/format';
import type { ItisRating } from '../../lib/fidelity/itis';
import { MODULES } from '../../lib/curriculum';
import { makeEntry, makeGroup, makeParticipant, makeSession } from '../factories';

afterEach(cleanup);

const GROUP_SESSION = makeSession({ id: 's1', format: 'group', status: 'ended' });
const INDIVIDUAL_SESSION = makeSession({ id: 's2', format: 'individual', status: 'ended' });

const itemGroup = (title: string) => screen.getByRole('group', { name: new RegExp(`^\\d+\\. ${title.replace(/[()]/g, '\\$&')}`) });

async function openForm(session = GROUP_SESSION, practitioner = 'B. Visser') {
  const rendered = await renderWithApp(<SessionRatings session={session} />);
  await rendered.app.updateSettings({ practitioner });
  await screen.findByText('This session has not been rated with the IT-IS yet.');
  fireEvent.click(screen.getByRole('button', { name: 'Rate this session' }));
  await screen.findByRole('form', { name: 'Rate this session with the IT-IS' });
  return rendered;
}

describe('the IT-IS rating form', () => {
  it('has one labelled group of radios per item, 1 to 5 with their band, every item unrated at first', async () => {
    await openForm();
    const heading = screen.getByRole('heading', { name: 'Rate this session with the IT-IS' });
    // Focus moves into the form, so keyboard and screen-reader users land on it.
    expect(document.activeElement).toBe(heading);
    expect(screen.getAllByRole('group')).toHaveLength(16);
    for (const item of ITIS_ITEMS) {
      const group = itemGroup(item.title.en);
      const radios = within(group).getAllByRole('radio');
      expect(radios.map((r) => r.closest('label')?.textContent?.trim())).toEqual(['Not rated', '1 Unsatisfactory', '2 Needs improvement', '3 Satisfactory', '4 Very good', '5 Excellent']);
      // One name per item: arrow keys move within the item and Tab moves to the next one.
      expect(new Set(radios.map((r) => (r as HTMLInputElement).name)).size).toBe(1);
      expect((within(group).getByRole('radio', { name: 'Not rated' }) as HTMLInputElement).checked).toBe(true);
      expect(within(group).getByRole('textbox', { name: `Comment on ${item.title.en}` })).toBeTruthy();
      // The description is read with the group.
      expect(group.getAttribute('aria-describedby')).toBeTruthy();
    }
    expect(screen.getAllByText('(optional)', { exact: false })).toHaveLength(3);
    expect(screen.getByText('Rate these only when that part of the curriculum was delivered in this session.')).toBeTruthy();
    expect((screen.getByLabelText('Rater (your name)') as HTMLInputElement).value).toBe('B. Visser');
  });

  it('marks the group-only items not applicable for an individual session and leaves them out of the rating', async () => {
    const { repo } = await openForm(INDIVIDUAL_SESSION);
    expect(screen.getAllByRole('group')).toHaveLength(14);
    expect(screen.getByText('Not applicable: this is an individual session.')).toBeTruthy();
    expect(screen.queryByRole('group', { name: /Involving all group members/ })).toBeNull();
    expect(screen.getByText(/Involving all group members/).textContent).toMatch(/not applicable/);
    fireEvent.click(within(itemGroup('Therapeutic relationship')).getByRole('radio', { name: '4 Very good' }));
    fireEvent.submit(screen.getByRole('form'));
    await screen.findByText('Rating saved: IT-IS 4.00 · Very good.');
    const [saved] = await repo.listItisRatings('s2');
    expect(Object.keys(saved!.scores)).toEqual(['itis-relationship']);
  });

  it('saves scores, per-item and overall comments, shows the score and band, and saving again edits the same rating', async () => {
    const { repo } = await openForm();
    fireEvent.click(within(itemGroup('Therapeutic relationship')).getByRole('radio', { name: '5 Excellent' }));
    fireEvent.click(within(itemGroup('Action plan review')).getByRole('radio', { name: '2 Needs improvement' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Comment on Action plan review' }), { target: { value: 'Ask <b>each</b> member about last week.' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Overall comment' }), { target: { value: 'Warm session; tighten the review.' } });
    expect(screen.getByText('IT-IS 3.50 · Satisfactory')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save rating' }));

    await screen.findByText('Rating saved: IT-IS 3.50 · Satisfactory.');
    await screen.findByRole('heading', { name: 'IT-IS 3.50 · Satisfactory' });
    // Markup in a comment is shown as text.
    expect(screen.getByText('Ask <b>each</b> member about last week.')).toBeTruthy();
    expect(screen.getByText(/2 items rated; not rated: 2\. Recovery orientation/)).toBeTruthy();
    const [first] = await repo.listItisRatings('s1');
    expect(first).toMatchObject({
      rater: 'B. Visser',
      scores: { 'itis-relationship': 5, 'itis-action-plan-review': 2 },
      itemComments: { 'itis-action-plan-review': 'Ask <b>each</b> member about last week.' },
      comment: 'Warm session; tighten the review.',
    });

    await waitFor(() => expect(document.activeElement?.textContent).toBe('Rate this session'));
    fireEvent.click(screen.getByRole('button', { name: 'Rate this session' }));
    await screen.findByText(/You rated this session before/);
    const review = within(itemGroup('Action plan review'));
    expect((review.getByRole('radio', { name: '2 Needs improvement' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(review.getByRole('radio', { name: '4 Very good' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save rating' }));
    await screen.findByText('Rating saved: IT-IS 4.50 · Very good.');
    const all = await repo.listItisRatings('s1');
    expect(all).toHaveLength(1);
    expect(all[0]!.id).toBe(first!.id);
  });

  it('asks for a rater and at least one rated item; cancel writes nothing', async () => {
    const { repo } = await openForm(GROUP_SESSION, '');
    fireEvent.click(screen.getByRole('button', { name: 'Save rating' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Enter the rater’s name/);
    fireEvent.input(screen.getByLabelText('Rater (your name)'), { target: { value: 'C. de Wit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rating' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Rate at least one item before saving.'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('button', { name: 'Rate this session' });
    expect(await repo.listItisRatings()).toEqual([]);
  });
});

const RATING: ItisRating = {
  id: 'r1',
  sessionId: 's1',
  rater: 'B. Visser',
  ratedAt: Date.UTC(2024, 4, 2, 9, 30),
  scores: { 'itis-relationship': 5, 'itis-action-plan-review': 2 },
  comment: 'Warm session; tighten the review.',
  itemComments: { 'itis-action-plan-review': 'Ask each member about last week.' },
  source: 'src_sup',
};

describe('ratings per practitioner over time', () => {
  it('lists each practitioner’s rated sessions oldest first, with score, band and their mean', async () => {
    const sessions = [
      makeSession({ id: 'a1', practitioner: 'Anna', date: '2024-03-05', status: 'ended' }),
      makeSession({ id: 'a2', practitioner: 'Anna', date: '2024-02-05', status: 'ended' }),
      makeSession({ id: 'b1', practitioner: 'Bram', date: '2024-03-06', status: 'ended' }),
    ];
    const { repo } = await renderWithApp(<RatingsOverTime sessions={sessions} modules={MODULES} groupLabel={() => 'Tuesday group'} practitionerLabel={(p) => p} />);
    await screen.findByText(/No session in this selection has been rated/);
    await repo.writeBatch({
      itisRatings: [
        { ...RATING, id: 'x1', sessionId: 'a1', scores: { 'itis-relationship': 4 } },
        { ...RATING, id: 'x2', sessionId: 'a2', scores: { 'itis-relationship': 2 } },
        { ...RATING, id: 'x3', sessionId: 'b1', scores: { 'itis-relationship': 5 } },
        { ...RATING, id: 'x4', sessionId: 'elsewhere' },
      ],
    });
    const anna = await screen.findByRole('table', { name: 'Anna: IT-IS ratings' });
    const rows = within(anna).getAllByRole('row').map((r) => [...r.children].map((c) => c.textContent));
    expect(rows[1]).toEqual(['5 Feb 2024', expect.stringMatching(/^Tuesday group · 1\. .* · session 1$/), 'B. Visser', '2.00', 'Needs improvement']);
    expect(rows[2]?.slice(3)).toEqual(['4.00', 'Very good']);
    expect(rows[3]).toEqual(['Mean over 2 rated sessions', '3.00', 'Satisfactory']);
    expect(within(screen.getByRole('table', { name: 'Bram: IT-IS ratings' })).getAllByText('Excellent')).toHaveLength(2);
  });
});

describe('what the practitioner sees', () => {
  it('the group page’s session list shows each rating’s score, band and rater', async () => {
    const { repo } = await renderWithApp(<GroupView groupId="g1" />);
    await repo.writeBatch({
      groups: [makeGroup()],
      participants: [makeParticipant()],
      sessions: [makeSession({ id: 's1', status: 'ended', participants: { p1: makeEntry({ attendance: 'present' }) } }), makeSession({ id: 's9', createdAt: 5, status: 'ended' })],
      itisRatings: [RATING],
    });
    await screen.findByText('IT-IS 3.50 · Satisfactory, rated by B. Visser');
    expect(screen.getAllByText(/rated by/)).toHaveLength(1);
  });

  it('the session summary shows the ratings with item comments and the overall comment', async () => {
    const { repo } = await renderWithApp(<SummaryView sessionId="s1" />);
    await repo.writeBatch({ groups: [makeGroup()], participants: [makeParticipant()], sessions: [makeSession({ id: 's1', status: 'ended' })], itisRatings: [RATING] });
    const section = await screen.findByRole('region', { name: 'Feedback from supervision' });
    expect(within(section).getByRole('heading', { name: 'IT-IS 3.50 · Satisfactory' })).toBeTruthy();
    expect(within(section).getByText(/^Rated by B\. Visser on 2 May 2024/)).toBeTruthy();
    const rows = within(section).getAllByRole('row').map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toContainEqual(['5. Action plan review', '2 · Needs improvement', 'Ask each member about last week.']);
    expect(within(section).getByText('Warm session; tighten the review.')).toBeTruthy();
  });

  it('a session without ratings shows no feedback section', async () => {
    const { repo } = await renderWithApp(<SummaryView sessionId="s1" />);
    await repo.writeBatch({ groups: [makeGroup()], participants: [makeParticipant()], sessions: [makeSession({ id: 's1', status: 'ended' })] });
    await screen.findByRole('heading', { name: /Session summary|Summary/ });
    expect(screen.queryByRole('region', { name: 'Feedback from supervision' })).toBeNull();
  });
});

async function choose(text: string, name: string) {
  const input = screen.getByLabelText('Import feedback') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

describe('importing feedback in the panel', () => {
  const build = (passphrase?: string) =>
    buildFeedbackFile([{ ...RATING, source: undefined }, { ...RATING, id: 'r2', sessionId: 'not-here' }], {
      source: { id: 'src_sup', rater: 'B. Visser' },
      scope: { sourceId: 'src_a', practitioner: 'A. Jansen' },
      now: new Date('2024-05-02T10:00:00Z'),
      appVersion: '0.1.0',
      ...(passphrase ? { passphrase } : {}),
    });

  it('imports once, reports the skipped rating, and adds nothing the second time', async () => {
    const { repo } = await renderWithApp(<ImportFeedback />);
    await repo.putSession(makeSession({ id: 's1', status: 'ended' }));
    const text = await build();
    await choose(text, 'feedback.json');
    await screen.findByText(/^feedback\.json: ratings from B\. Visser, exported .*: 1 added, 0 updated, 0 unchanged\. 1 rating was skipped: its session is not on this profile\.$/);
    await choose(text, 'feedback.json');
    await screen.findByText(/0 added, 0 updated, 1 unchanged/);
    expect(await repo.listItisRatings()).toHaveLength(1);
  });

  it('a bad file gets its reason and writes nothing; an encrypted one asks for its passphrase', async () => {
    const { repo } = await renderWithApp(<ImportFeedback />);
    await repo.putSession(makeSession({ id: 's1', status: 'ended' }));
    await choose(JSON.stringify({ format: 'imr-guide/supervision', version: 1 }), 'other.json');
    expect((await screen.findByRole('alert')).textContent).toBe('other.json: nothing was imported. It is not a feedback file from the IMR Session Guide.');
    await choose((await build()).replace('"version":1', '"version":3'), 'future.json');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^future\.json: nothing was imported\. It has format version 3/));

    await choose(await build('correct horse'), 'locked.json');
    await screen.findByText('locked.json is encrypted. Enter its passphrase.');
    fireEvent.input(screen.getByLabelText('Passphrase for locked.json'), { target: { value: 'wrong horse' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open and import' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/The passphrase does not open it/));
    expect(await repo.listItisRatings()).toEqual([]);
    fireEvent.input(screen.getByLabelText('Passphrase for locked.json'), { target: { value: 'correct horse' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open and import' }));
    await screen.findByText(/1 added/, {}, { timeout: 5000 });
    expect(await repo.listItisRatings()).toHaveLength(1);
  });
});

describe('exporting feedback on the review page', () => {
  it('writes one practitioner’s ratings with the rater and export time, and says when there is nothing to write', async () => {
    const blobs: Blob[] = [];
    const downloads: { name: string; blob: Blob }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:test-${blobs.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs[Number(this.href.split('-').pop()) - 1];
      if (blob) downloads.push({ name: this.download, blob });
    });
    const sessions = [
      { id: 's1', source: 'src_a' },
      { id: 's2', source: 'src_b' },
    ];
    const { repo, app } = await renderWithApp(<ExportFeedback sessions={sessions} />, { now: () => Date.UTC(2024, 4, 3, 12) });
    await app.updateSettings({ practitioner: 'B. Visser' });
    await repo.importRecords({ groups: [], participants: [], sessions: [] }, { id: 'src_a', practitioner: 'A. Jansen', exportedAt: '2024-05-01T10:00:00.000Z', importedAt: 1, level: 'fidelity', from: null, to: null });
    fireEvent.click(screen.getByRole('button', { name: 'Export feedback' }));
    const scope = (await screen.findByLabelText('Ratings of the sessions of')) as HTMLSelectElement;
    await screen.findByRole('option', { name: 'A. Jansen' });
    fireEvent.change(scope, { target: { value: 'src_a' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download feedback file' }));
    await screen.findByText('No ratings of these sessions yet: nothing was written.');

    await repo.writeBatch({ itisRatings: [{ ...RATING, source: undefined }, { ...RATING, id: 'r2', sessionId: 's2' }] });
    fireEvent.click(screen.getByRole('button', { name: 'Download feedback file' }));
    await screen.findByText('Written imr-guide-feedback-A-Jansen-2024-05-03.json: 1 rating.');
    const read = await parseFeedbackFile(await downloads[0]!.blob.text());
    expect(read.ok && read.head).toMatchObject({ exportedAt: '2024-05-03T12:00:00.000Z', source: { rater: 'B. Visser', id: app.settings.value.sourceId }, scope: { sourceId: 'src_a', practitioner: 'A. Jansen' } });
    expect(read.ok && read.data.ratings.map((r) => r.id)).toEqual(['r1']);
  });
});
