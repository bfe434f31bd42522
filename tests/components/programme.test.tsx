import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderWithApp } from './render-app';
import { ProgrammeSettings } from '../../components/programme/ProgrammeSettings';
import { CONTENT_VERSION, MODULES, PROMPTS, TEMPLATES, getModule, getTemplate } from '../../lib/curriculum';
import { parseAdaptationFile, serializeAdaptationFile, type ProgrammeAdaptation } from '../../lib/curriculum/adaptation';
import { makeCustomPrompt } from '../factories';

afterEach(cleanup);

const BASE = { modules: MODULES, templates: TEMPLATES, prompts: PROMPTS };
// A fixed local date, so the exported file name is known.
const NOW = new Date(2025, 2, 14, 10, 30).getTime();

const CUSTOM = makeCustomPrompt();

const socialSupport = getModule('social-support')!;
const stressVulnerability = getModule('stress-vulnerability')!;
const group90 = getTemplate('group-90')!;
const overridden = PROMPTS[0]!;
const overriddenInDutch = PROMPTS[1]!;

async function renderEditor() {
  const rendered = await renderWithApp(<ProgrammeSettings />, { now: () => NOW });
  await screen.findByLabelText('Programme name');
  return rendered;
}

function countInput(n: number, title: string) {
  return screen.getByLabelText(`Sessions for module ${n}: ${title}`) as HTMLInputElement;
}

function type(input: HTMLElement, value: string) {
  fireEvent.input(input, { target: { value } });
}

function chooseFile(text: string, label = 'Import adaptation file') {
  const input = screen.getByLabelText(label);
  const file = new File([text], 'adaptation.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true, writable: true });
  fireEvent.change(input);
}

function fileText(adaptation: ProgrammeAdaptation, programmeName = 'Team Noord'): string {
  return serializeAdaptationFile({ programmeName, adaptation, contentVersion: CONTENT_VERSION, exportedAt: new Date(NOW) });
}

async function saveModule4AndGroup90() {
  type(screen.getByLabelText('Programme name'), 'Team Noord');
  type(countInput(4, socialSupport.title.en), '5');
  type(screen.getByLabelText('New material (Group, 90 min)'), '40');
  fireEvent.click(screen.getByRole('button', { name: 'Save adaptation' }));
  await screen.findByText('Adaptation saved.');
}

describe('programme adaptation editor', () => {
  it('lists the 11 modules with built-in counts, marking unverified defaults in words', async () => {
    await renderEditor();
    expect(screen.getByRole('heading', { level: 3, name: 'Programme adaptation' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Sessions per module' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(11);
    for (const m of MODULES) {
      const row = rows[m.number - 1]!;
      expect(within(row).getByRole('rowheader').textContent).toBe(m.title.en);
      expect(countInput(m.number, m.title.en).value).toBe(String(m.sessions.length));
      expect(row.textContent?.includes('default, unverified')).toBe(!m.defaultSessionCountVerified);
    }
  });

  it('saves a changed count and minutes; the curriculum in use follows and other modules keep theirs', async () => {
    const { app, repo } = await renderEditor();
    // The total follows the minutes before anything is saved.
    type(screen.getByLabelText('New material (Group, 90 min)'), '40');
    expect(screen.getByText('Session length: 97 min (built-in 90 min)')).toBeTruthy();
    await saveModule4AndGroup90();

    expect(await repo.getAdaptation()).toEqual({
      id: 'current',
      programmeName: 'Team Noord',
      adaptation: { sessionCounts: { 'social-support': 5 }, templateMinutes: { 'group-90': { teach: 40 } } },
      updatedAt: NOW,
    });
    await waitFor(() => expect(getModule('social-support', app.curriculum.value.modules)?.sessions).toHaveLength(5));
    expect(getTemplate('group-90', app.curriculum.value.templates)?.lengthMinutes).toBe(97);
    expect(getTemplate('group-60', app.curriculum.value.templates)).toEqual(getTemplate('group-60'));
    for (const m of MODULES.filter((m) => m.id !== 'social-support')) {
      expect(getModule(m.id, app.curriculum.value.modules)?.sessions).toHaveLength(m.sessions.length);
    }
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Adaptation saved.');
  });

  it('refuses to save values the validator rejects, names them, and stores nothing', async () => {
    const { repo } = await renderEditor();
    type(countInput(4, socialSupport.title.en), '13');
    type(screen.getByLabelText('Check-in (Individual, 45 min)'), '0');
    fireEvent.click(screen.getByRole('button', { name: 'Save adaptation' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not saved');
    const items = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Programme name: Enter a programme name.',
      'Sessions for module 4: Building Social Support: Use a whole number from 1 to 12.',
      'Check-in (Individual, 45 min): Minutes must be more than 0.',
    ]);
    expect(document.activeElement).toBe(screen.getByLabelText('Programme name'));
    expect(countInput(4, socialSupport.title.en).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Session length: correct the minutes above first.')).toBeTruthy();
    expect(await repo.getAdaptation()).toBeUndefined();
  });

  it('marks the validator’s English with lang="en" in the save alert, and only that', async () => {
    const { app, repo } = await renderEditor();
    await app.updateSettings({ locale: 'nl' });
    // A stored layer whose wording no longer fits the content, as if saved against older content.
    await repo.putAdaptation({
      id: 'current',
      programmeName: 'Team Noord',
      adaptation: { textOverrides: { 'no-such-prompt': { en: 'Hello.' } } },
      updatedAt: NOW,
    });
    const name = screen.getByLabelText('Naam van het programma') as HTMLInputElement;
    await waitFor(() => expect(name.value).toBe('Team Noord'));
    type(screen.getByLabelText(`Aantal sessies voor module 4: ${socialSupport.title.nl}`), '13');
    fireEvent.click(screen.getByRole('button', { name: 'Aanpassing opslaan' }));

    const alert = await screen.findByRole('alert');
    const items = within(alert).getAllByRole('listitem');
    expect(items.map((li) => [li.textContent, li.getAttribute('lang')])).toEqual([
      [`Aantal sessies voor module 4: ${socialSupport.title.nl}: Gebruik een heel getal van 1 tot 12.`, null],
      ["textOverrides: unknown prompt 'no-such-prompt'", 'en'],
    ]);
    expect((await repo.getAdaptation())?.adaptation).toEqual({ textOverrides: { 'no-such-prompt': { en: 'Hello.' } } });
  });

  it('exports the saved adaptation as a file that parses back', async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:imr-test';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });

    await renderEditor();
    await saveModule4AndGroup90();
    fireEvent.click(screen.getByRole('button', { name: 'Export adaptation file' }));

    const name = 'imr-programme-adaptation-team-noord-2025-03-14.json';
    expect(create).toHaveBeenCalledTimes(1);
    expect(downloads).toEqual([`${name} blob:imr-test`]);
    expect(await screen.findByText(`Downloaded ${name}.`)).toBeTruthy();
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:imr-test'));
    expect(document.querySelector('a[download]')).toBeNull();

    const blob = blobs[0]!;
    expect(blob.type).toBe('application/json');
    const parsed = parseAdaptationFile(await blob.text(), BASE);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.programmeName).toBe('Team Noord');
    expect(parsed.file.contentVersion).toBe(CONTENT_VERSION);
    expect(parsed.file.adaptation).toEqual({
      sessionCounts: { 'social-support': 5 },
      templateMinutes: { 'group-90': { teach: 40 } },
    });
  });

  it('shows every error of an invalid file and stores nothing', async () => {
    const { repo } = await renderEditor();

    chooseFile('{ "format": "imr-guide/programme-adaptation",');
    let alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The file was not imported');
    expect(alert.textContent).toContain('not valid JSON');

    const newer = { ...JSON.parse(fileText({})), formatVersion: 2 };
    chooseFile(JSON.stringify(newer));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('newer version'));

    chooseFile(fileText({ sessionCounts: { 'no-such-module': 4, 'social-support': 20 } }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain("unknown module 'no-such-module'"));
    alert = screen.getByRole('alert');
    const items = within(alert).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[1]?.textContent).toContain('sessionCounts.social-support');
    // The validator speaks English whatever the reader's language.
    expect(items.map((li) => li.getAttribute('lang'))).toEqual(['en', 'en']);

    expect(screen.queryByRole('button', { name: 'Apply imported adaptation' })).toBeNull();
    expect(await repo.getAdaptation()).toBeUndefined();
  });

  it('lists the first 20 problems of a badly broken file and counts the rest', async () => {
    const { repo } = await renderEditor();
    const counts = Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`no-such-module-${i}`, 2]));
    chooseFile(fileText({ sessionCounts: counts }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('unknown module'));
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(20);
    expect(alert.textContent).toContain('…and 13 more problems.');
    expect(await repo.getAdaptation()).toBeUndefined();
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const { repo } = await renderEditor();
    const input = screen.getByLabelText('Import adaptation file');
    const read = vi.fn(() => Promise.resolve('{}'));
    const huge = { name: 'video.json', size: 1024 * 1024 + 1, type: 'application/json', text: read };
    Object.defineProperty(input, 'files', { value: [huge], configurable: true, writable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('larger than 1024 kB'));
    expect(read).not.toHaveBeenCalled();
    expect(await repo.getAdaptation()).toBeUndefined();
  });

  it('previews a valid file and stores it only after "Apply imported adaptation"', async () => {
    const { app, repo } = await renderEditor();
    const adaptation: ProgrammeAdaptation = {
      sessionCounts: { 'stress-vulnerability': 5 },
      templateMinutes: { 'group-90': { teach: 30, summary: 6 } },
      textOverrides: {
        [overridden.id]: { en: 'Greet each participant by name.' },
        [overriddenInDutch.id]: { nl: 'Begin op tijd, ook als er nog iemand ontbreekt.' },
      },
      customPrompts: [CUSTOM],
    };
    chooseFile(fileText(adaptation, 'Team Zuid'));

    const preview = await screen.findByRole('region', { name: 'Imported file: Team Zuid' });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(preview).getByRole('heading', { name: 'Imported file: Team Zuid' })),
    );
    expect(preview.textContent).toContain('Module 3, The Stress-Vulnerability Model: 5 instead of 3 sessions');
    expect(preview.textContent).toContain('New material: 30 min instead of 33 min');
    expect(preview.textContent).toContain('Session length stays 90 min');
    expect(preview.textContent).toContain('2 prompts with changed wording · 1 custom prompt');
    expect(within(preview).getByText('Greet each participant by name.').closest('li')?.textContent).toContain(
      `Was: ${overridden.text.en}`,
    );
    // Changed only in Dutch: English readers keep the built-in wording, and are told so.
    const dutchOnly = within(preview).getByText('Begin op tijd, ook als er nog iemand ontbreekt.');
    expect(dutchOnly.getAttribute('lang')).toBe('nl');
    expect(dutchOnly.closest('li')?.textContent).toContain('Changed in Dutch only:');
    expect(within(preview).getByText(CUSTOM.text.en)).toBeTruthy();
    expect(await repo.getAdaptation()).toBeUndefined();
    expect(getModule('stress-vulnerability', app.curriculum.value.modules)?.sessions).toHaveLength(3);

    fireEvent.click(within(preview).getByRole('button', { name: 'Apply imported adaptation' }));
    await screen.findByText('Imported adaptation applied: Team Zuid.');
    const stored = await repo.getAdaptation();
    expect(stored?.programmeName).toBe('Team Zuid');
    expect(stored?.adaptation).toEqual(adaptation);
    await waitFor(() => expect(getModule('stress-vulnerability', app.curriculum.value.modules)?.sessions).toHaveLength(5));
    expect(app.curriculum.value.prompts.some((p) => p.id === CUSTOM.id)).toBe(true);
    expect(screen.queryByRole('region', { name: /Imported file/ })).toBeNull();

    // The editor now shows the imported layer, including what came in by file.
    expect(countInput(3, stressVulnerability.title.en).value).toBe('5');
    expect((screen.getByLabelText('Programme name') as HTMLInputElement).value).toBe('Team Zuid');
    expect(screen.getByText('2 prompts with changed wording · 1 custom prompt')).toBeTruthy();
  });

  it('cancelling an import stores nothing', async () => {
    const { repo } = await renderEditor();
    chooseFile(fileText({ sessionCounts: { 'stress-vulnerability': 5 } }));
    const preview = await screen.findByRole('region', { name: 'Imported file: Team Noord' });
    fireEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: /Imported file/ })).toBeNull();
    expect(await repo.getAdaptation()).toBeUndefined();
  });

  it('resets to the built-in content after confirmation', async () => {
    const { app, repo } = await renderEditor();
    await saveModule4AndGroup90();
    await waitFor(() => expect(getModule('social-support', app.curriculum.value.modules)?.sessions).toHaveLength(5));

    fireEvent.click(screen.getByRole('button', { name: 'Reset to built-in content' }));
    const confirm = screen.getByRole('group', { name: /Remove the whole adaptation/ });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
    // Nothing happens until the second, explicit step.
    expect((await repo.getAdaptation())?.adaptation).not.toEqual({});
    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, reset to built-in content' }));

    await screen.findByText('Built-in content restored.');
    expect((await repo.getAdaptation())?.adaptation).toEqual({});
    await waitFor(() => expect(getModule('social-support', app.curriculum.value.modules)?.sessions).toHaveLength(7));
    for (const m of MODULES) {
      expect(getModule(m.id, app.curriculum.value.modules)?.sessions).toHaveLength(m.sessions.length);
      expect(countInput(m.number, m.title.en).value).toBe(String(m.sessions.length));
    }
    expect(getTemplate('group-90', app.curriculum.value.templates)).toEqual(group90);
  });

  it('speaks Dutch', async () => {
    const { app } = await renderEditor();
    await app.updateSettings({ locale: 'nl' });
    expect(await screen.findByRole('heading', { level: 3, name: 'Programma-aanpassing' })).toBeTruthy();
    expect(screen.getByLabelText('Naam van het programma')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Aantal sessies per module' })).toBeTruthy();
    expect(screen.getByLabelText(`Aantal sessies voor module 4: ${socialSupport.title.nl}`)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Minuten per stap' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Aanpassing opslaan' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Terug naar de standaardinhoud' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Aanpassingsbestand exporteren' })).toBeTruthy();
    expect(screen.getByLabelText('Aanpassingsbestand importeren')).toBeTruthy();
    expect(screen.getAllByText('standaard, niet geverifieerd')).toHaveLength(
      MODULES.filter((m) => !m.defaultSessionCountVerified).length,
    );

    chooseFile('not json', 'Aanpassingsbestand importeren');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Het bestand is niet geïmporteerd');
  });
});
