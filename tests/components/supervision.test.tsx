/**
 * Supervision files through the UI: the panel's export (two clicks for the safe file), the
 * panel restoring its own file as local records, and imported text with markup shown as text.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { renderWithApp } from './render-app';
import { ExportForSupervision } from '../../components/supervision/ExportForSupervision';
import { SupervisionImport } from '../../components/supervision/SupervisionImport';
import { ReviewApp } from '../../components/review/ReviewApp';
import { buildSupervisionFile } from '../../lib/supervision/format';
import { fullPlan, makeGroup, makeParticipant, makeSession } from '../factories';

// The review page's body and import sections load on demand (issue 12): their code is loaded
// once here, so the first test does not wait on the test runner transforming it.
beforeAll(async () => {
  await Promise.all([
    import('../../components/review/ReviewBody'),
    import('../../components/supervision/SupervisionImport'),
    import('../../components/supervision/ImportedSources'),
  ]);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Captures what the page downloads through a Blob URL. */
function captureDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test-${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

const ended = (id: string, extra = {}) =>
  makeSession({ id, groupId: 'g1', practitioner: 'AB', plan: fullPlan(), events: [{ type: 'start', at: 1 }, { type: 'end', at: 2 }], ...extra });

async function seed(repo: Awaited<ReturnType<typeof renderWithApp>>['repo']) {
  await repo.putGroup(makeGroup());
  await repo.putParticipant(makeParticipant({ code: 'P01' }));
  await repo.putSession(ended('s1', { notes: 'Private note', prompts: { 'apr-review-each': { status: 'done', note: '<img src=x onerror="alert(1)">', at: 1 } } }));
}

describe('Export for supervision', () => {
  it('writes a fidelity-only file in two clicks', async () => {
    const blobs = captureDownloads();
    const { repo, app } = await renderWithApp(<ExportForSupervision />);
    await seed(repo);
    await waitFor(() => expect(app.groups.value).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Export for supervision' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download file' }));
    await screen.findByText(/^Written imr-guide-supervision-AB-\d{4}-\d{2}-\d{2}\.json: 1 session\.$/);
    const text = await blobs[0]!.text();
    expect(JSON.parse(text)).toMatchObject({ format: 'imr-guide/supervision', level: 'fidelity', source: { practitioner: 'AB' } });
    expect(text).not.toContain('Private note');
    expect(text).not.toContain('P01');
    // The profile now has a stable source id and pseudonym secret for later files.
    expect(app.settings.value.sourceId).toMatch(/^src_/);
  });
});

describe('importing supervision files', () => {
  it('the panel restores its own file as local records', async () => {
    const { repo, app } = await renderWithApp(<SupervisionImport title="Restore" hint="" />);
    await app.updateSettings({ sourceId: 'src_me' });
    const text = await buildSupervisionFile(
      { groups: [makeGroup()], participants: [makeParticipant()], sessions: [ended('s1', { notes: 'Mine' })] },
      { level: 'full', source: { id: 'src_me', practitioner: 'AB' }, range: { from: null, to: null }, now: new Date(), appVersion: 't', pseudonymKey: '' },
    );
    fireEvent.change(screen.getByLabelText('Import files'), { target: { files: [new File([text], 'mine.json', { type: 'application/json' })] } });
    await screen.findByText(/your own sessions, restored/);
    expect((await repo.getSession('s1'))?.source).toBeUndefined();
    expect(app.groups.value.map((g) => g.id)).toEqual(['g1']);
  });

  it('shows imported markup as text, never as markup', async () => {
    const text = await buildSupervisionFile(
      {
        groups: [makeGroup()],
        participants: [],
        sessions: [ended('s1', { prompts: { 'apr-review-each': { status: 'done', note: '<img src=x onerror="alert(1)"><b>bold</b>', at: 1 } } })],
      },
      { level: 'full', source: { id: 'src_other', practitioner: 'Other' }, range: { from: null, to: null }, now: new Date(), appVersion: 't', pseudonymKey: '' },
    );
    const { container } = await renderWithApp(<ReviewApp />);
    fireEvent.change(await screen.findByLabelText('Import files'), { target: { files: [new File([text], 'other.json')] } });
    await screen.findByText(/sessions: 1 added/);
    const table = await screen.findByRole('table', { name: /^Ended sessions/ });
    fireEvent.click(table.querySelector('button.review-expand')!);
    await screen.findByText('<img src=x onerror="alert(1)"><b>bold</b>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });
});
