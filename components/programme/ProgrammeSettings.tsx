/**
 * The programme adaptation editor in Settings. Session counts and minutes are edited here; changed
 * wording and a programme's own prompts arrive by file, since a team lead usually prepares them.
 *
 * Everything that is saved, imported or exported goes through parseAdaptationFile, the file
 * format's one validator: an adaptation saved here is exactly one a colleague can import, and the
 * rules live in one place. The editor only splits the candidate into parts to point at a field.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { CONTENT_VERSION, MODULES, PROMPTS, TEMPLATES } from '../../lib/curriculum';
import type { Prompt, SessionTemplate, StepId } from '../../lib/curriculum/types';
import {
  applyAdaptation,
  MAX_SESSIONS_PER_MODULE,
  MIN_SESSIONS_PER_MODULE,
  parseAdaptationFile,
  serializeAdaptationFile,
  type ParseAdaptationResult,
  type ProgrammeAdaptation,
  type ProgrammeAdaptationFile,
} from '../../lib/curriculum/adaptation';
import type { StoredAdaptation } from '../../lib/curriculum/stored-adaptation';
import { stepTitle } from '../../lib/curriculum/step-title';
import { LOCALES, pick, type Locale, type MessageKey, type Translate } from '../../lib/i18n';
import './programme.css';

/** The adaptation is a layer over the built-in content, so it is checked against that, never against adapted content. */
const BUILT_IN = { modules: MODULES, templates: TEMPLATES, prompts: PROMPTS };
/** Adaptation files are a few kB; the limit keeps a wrongly chosen video or archive out of memory. */
const MAX_FILE_KB = 1024;
/** Stands in for the programme name when one field is checked on its own. */
const ANY_NAME = 'programme';

const NAME_ID = 'programme-name';
const countId = (moduleId: string) => `programme-count-${moduleId}`;
const minutesId = (templateId: string, stepId: StepId) => `programme-minutes-${templateId}-${stepId}`;
const errorId = (inputId: string) => `${inputId}-error`;

type Message = { key: MessageKey; params?: Parameters<Translate>[1] };

interface Draft {
  name: string;
  /** Input text per module id, kept as typed so a half-typed value is neither lost nor reformatted. */
  counts: Record<string, string>;
  /** Input text per template id, then step id. */
  minutes: Record<string, Record<string, string>>;
}

interface Candidate {
  adaptation: ProgrammeAdaptation;
  /** Inputs whose text is not a number at all; no adaptation can hold them. */
  unreadable: ReadonlySet<string>;
}

interface FieldProblem {
  id: string;
  label: string;
  message: string;
}

interface Problems {
  fields: FieldProblem[];
  /** Problems in the part that came by file (wording, custom prompts), as the validator words them. */
  other: string[];
}

function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

function draftFrom(stored: StoredAdaptation | undefined): Draft {
  // Applying the stored layer fills in the built-in value wherever the programme set none.
  const adapted = applyAdaptation(BUILT_IN, stored?.adaptation ?? {});
  return {
    name: stored?.programmeName ?? '',
    counts: Object.fromEntries(adapted.modules.map((m) => [m.id, String(m.sessions.length)])),
    minutes: Object.fromEntries(
      adapted.templates.map((t) => [t.id, Object.fromEntries(t.steps.map((s) => [s.stepId, String(s.minutes)]))]),
    ),
  };
}

/** The number an input holds, or null for blank text or a browser's unfinished entry. */
function readNumber(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function candidateFrom(draft: Draft, carried: ProgrammeAdaptation): Candidate {
  const unreadable = new Set<string>();
  const sessionCounts: Record<string, number> = {};
  for (const m of MODULES) {
    const n = readNumber(draft.counts[m.id]);
    if (n === null) unreadable.add(countId(m.id));
    // Only differences are kept, so a later content update to a count the programme left alone still arrives.
    else if (n !== m.sessions.length) sessionCounts[m.id] = n;
  }
  const templateMinutes: Record<string, Partial<Record<StepId, number>>> = {};
  for (const t of TEMPLATES) {
    const changed: Partial<Record<StepId, number>> = {};
    for (const s of t.steps) {
      const n = readNumber(draft.minutes[t.id]?.[s.stepId]);
      if (n === null) unreadable.add(minutesId(t.id, s.stepId));
      else if (n !== s.minutes) changed[s.stepId] = n;
    }
    if (Object.keys(changed).length > 0) templateMinutes[t.id] = changed;
  }
  const adaptation: ProgrammeAdaptation = {};
  if (Object.keys(sessionCounts).length > 0) adaptation.sessionCounts = sessionCounts;
  if (Object.keys(templateMinutes).length > 0) adaptation.templateMinutes = templateMinutes;
  if (carried.textOverrides !== undefined) adaptation.textOverrides = carried.textOverrides;
  if (carried.customPrompts !== undefined) adaptation.customPrompts = carried.customPrompts;
  return { adaptation, unreadable };
}

/** Runs the file format's validator on what would be written: the same check an import gets. */
function validate(programmeName: string, adaptation: ProgrammeAdaptation, exportedAt: Date): ParseAdaptationResult {
  const text = serializeAdaptationFile({ programmeName, adaptation, contentVersion: CONTENT_VERSION, exportedAt });
  return parseAdaptationFile(text, BUILT_IN);
}

function fails(programmeName: string, adaptation: ProgrammeAdaptation): boolean {
  return !validate(programmeName, adaptation, new Date(0)).ok;
}

/**
 * Which fields the validator rejects, each checked on its own. Its checks are per entry, so the
 * parts' problems are the whole candidate's; the whole is still what decides whether to save.
 */
function problemsOf(draft: Draft, candidate: Candidate, carried: ProgrammeAdaptation, t: Translate, locale: Locale): Problems {
  const fields: FieldProblem[] = [];
  if (fails(draft.name.trim(), {})) fields.push({ id: NAME_ID, label: t('programme.name'), message: t('programme.nameRequired') });

  const range = { min: MIN_SESSIONS_PER_MODULE, max: MAX_SESSIONS_PER_MODULE };
  for (const m of MODULES) {
    const id = countId(m.id);
    const label = t('programme.counts.label', { n: m.number, title: pick(m.title, locale) });
    const count = own(candidate.adaptation.sessionCounts, m.id);
    if (candidate.unreadable.has(id)) fields.push({ id, label, message: t('programme.notNumber') });
    else if (count !== undefined && fails(ANY_NAME, { sessionCounts: { [m.id]: count } })) {
      fields.push({ id, label, message: t('programme.counts.invalid', range) });
    }
  }

  for (const tpl of TEMPLATES) {
    const changed = own(candidate.adaptation.templateMinutes, tpl.id);
    for (const s of tpl.steps) {
      const id = minutesId(tpl.id, s.stepId);
      const label = `${stepTitle(s.stepId, locale)} (${pick(tpl.label, locale)})`;
      const minutes = changed?.[s.stepId];
      if (candidate.unreadable.has(id)) fields.push({ id, label, message: t('programme.notNumber') });
      else if (minutes !== undefined && fails(ANY_NAME, { templateMinutes: { [tpl.id]: { [s.stepId]: minutes } } })) {
        fields.push({ id, label, message: t('programme.minutes.invalid') });
      }
    }
  }

  const fromFile: ProgrammeAdaptation = {};
  if (carried.textOverrides !== undefined) fromFile.textOverrides = carried.textOverrides;
  if (carried.customPrompts !== undefined) fromFile.customPrompts = carried.customPrompts;
  const other = validate(ANY_NAME, fromFile, new Date(0));
  return { fields, other: other.ok ? [] : other.errors };
}

function minutesText(t: Translate, locale: Locale, minutes: number): string {
  return t('common.minutes', { n: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(minutes) });
}

/** The template's length with these step minutes, as applyAdaptation will compute it. */
function lengthWith(template: SessionTemplate, minutes: Partial<Record<StepId, number>>): number {
  const adapted = applyAdaptation({ modules: [], templates: [template], prompts: [] }, { templateMinutes: { [template.id]: minutes } });
  return adapted.templates[0]?.lengthMinutes ?? template.lengthMinutes;
}

/** `imr-programme-adaptation-<name>-<yyyy-mm-dd>.json`, dated by the practitioner's own calendar day. */
function exportFileName(programmeName: string, at: Date): string {
  const slug =
    programmeName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40)
      .replace(/^-+|-+$/g, '') || 'programme';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `imr-programme-adaptation-${slug}-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.json`;
}

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser resolves the URL when the click starts the download; releasing it on the next task is safe.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A text in the reader's language, or in the other one when the file gave only that (marked with lang). */
function textIn(text: Partial<Record<Locale, string>>, locale: Locale): { value: string; lang: Locale } | null {
  for (const lang of [locale, ...LOCALES.filter((l) => l !== locale)]) {
    const value = text[lang];
    if (value?.trim()) return { value, lang };
  }
  return null;
}

export function ProgrammeSettings() {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;

  const [saved, setSaved] = useState<StoredAdaptation | undefined>(undefined);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  /** Fields and file problems found by the last failed save; fixed ones drop out, new ones are not announced. */
  const [attempt, setAttempt] = useState<{ ids: string[]; other: string[] } | null>(null);
  const [status, setStatus] = useState<Message | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [fileProblem, setFileProblem] = useState<{ lead: Message; items: string[] } | null>(null);
  const [fileStatus, setFileStatus] = useState<Message | null>(null);
  const [preview, setPreview] = useState<ProgrammeAdaptationFile | null>(null);

  const resetRef = useRef<HTMLButtonElement>(null);
  const cancelResetRef = useRef<HTMLButtonElement>(null);
  const importRef = useRef<HTMLInputElement>(null);
  const previewTitleRef = useRef<HTMLHeadingElement>(null);

  const carried = saved?.adaptation ?? {};
  const candidate = useMemo(() => (draft ? candidateFrom(draft, carried) : null), [draft, saved]);
  const problems = useMemo(
    () => (draft && candidate ? problemsOf(draft, candidate, carried, t, locale) : { fields: [], other: [] }),
    [draft, candidate, saved, t, locale],
  );
  const problemById = new Map(problems.fields.map((p) => [p.id, p]));
  const dirty = draft !== null && JSON.stringify(draft) !== JSON.stringify(draftFrom(saved));
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  useEffect(() => {
    let live = true;
    const load = () =>
      app.repo
        .getAdaptation()
        .then((stored) => {
          if (!live) return;
          setSaved(stored);
          setDraft(draftFrom(stored));
        })
        .catch(app.report);
    void load();
    const unsubscribe = app.repo.bus.subscribe((notice) => {
      // Another page changed the adaptation: take it, unless that would throw away typing here.
      if (notice.stores.includes('adaptations') && !dirtyRef.current) void load();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [app]);

  useEffect(() => {
    if (preview) previewTitleRef.current?.focus();
  }, [preview]);

  useEffect(() => {
    if (confirmingReset) cancelResetRef.current?.focus();
  }, [confirmingReset]);

  if (!draft || !candidate) {
    return (
      <section aria-labelledby="programme-title" class="stack programme">
        <h3 id="programme-title">{t('programme.title')}</h3>
        <p class="muted">{t('app.loading')}</p>
      </section>
    );
  }

  function fieldProblem(id: string): FieldProblem | undefined {
    const problem = problemById.get(id);
    return problem && (touched.has(id) || attempt !== null) ? problem : undefined;
  }

  function touch(id: string) {
    if (!touched.has(id)) setTouched(new Set([...touched, id]));
  }

  async function write(programmeName: string, adaptation: ProgrammeAdaptation): Promise<boolean> {
    const record: StoredAdaptation = { id: 'current', programmeName, adaptation, updatedAt: app.now() };
    try {
      await app.repo.putAdaptation(record);
    } catch (e) {
      app.report(e);
      return false;
    }
    setSaved(record);
    setDraft(draftFrom(record));
    setTouched(new Set());
    setAttempt(null);
    return true;
  }

  async function save(e: Event) {
    e.preventDefault();
    if (!draft || !candidate) return;
    setStatus(null);
    const result = validate(draft.name.trim(), candidate.adaptation, new Date(app.now()));
    if (!result.ok || candidate.unreadable.size > 0) {
      const ids = problems.fields.map((p) => p.id);
      const explained = ids.length > 0 || problems.other.length > 0;
      setAttempt({ ids, other: explained || result.ok ? problems.other : result.errors });
      const first = ids[0] === undefined ? null : document.getElementById(ids[0]);
      if (first) {
        // A problem inside a closed template would otherwise be focused out of sight.
        const details = first.closest('details');
        if (details) details.open = true;
        first.focus();
      }
      return;
    }
    // What is stored is the validator's output, so it is exactly what an export will contain.
    if (await write(result.file.programmeName, result.file.adaptation)) setStatus({ key: 'programme.saved' });
  }

  async function reset() {
    setConfirmingReset(false);
    const name = saved?.programmeName ?? draft?.name.trim() ?? '';
    if (await write(name, {})) setStatus({ key: 'programme.resetDone' });
    resetRef.current?.focus();
  }

  function cancelReset() {
    setConfirmingReset(false);
    resetRef.current?.focus();
  }

  function exportAdaptation() {
    setFileProblem(null);
    setFileStatus(null);
    if (!saved || !saved.programmeName.trim()) {
      setFileStatus({ key: 'programme.exportNeedsName' });
      return;
    }
    const at = new Date(app.now());
    const text = serializeAdaptationFile({
      programmeName: saved.programmeName,
      adaptation: saved.adaptation,
      contentVersion: CONTENT_VERSION,
      exportedAt: at,
    });
    // A layer saved against older content may no longer fit; a file nobody can import helps no one.
    const check = parseAdaptationFile(text, BUILT_IN);
    if (!check.ok) {
      setFileProblem({ lead: { key: 'programme.exportInvalid' }, items: check.errors });
      return;
    }
    const fileName = exportFileName(saved.programmeName, at);
    download(text, fileName);
    setFileStatus({ key: 'programme.exported', params: { file: fileName } });
  }

  async function chooseFile(e: Event) {
    // Read before any await: the event's target is gone once it has been dispatched.
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, after fixing it, is a change again.
    input.value = '';
    setPreview(null);
    setFileProblem(null);
    setFileStatus(null);
    if (!file) return;
    if (file.size > MAX_FILE_KB * 1024) {
      setFileProblem({ lead: { key: 'programme.importTooLarge', params: { size: MAX_FILE_KB } }, items: [] });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setFileProblem({ lead: { key: 'programme.importUnreadable' }, items: [] });
      return;
    }
    const result = parseAdaptationFile(text, BUILT_IN);
    if (!result.ok) {
      setFileProblem({ lead: { key: 'programme.importInvalid' }, items: result.errors });
      return;
    }
    setPreview(result.file);
  }

  async function applyImport() {
    if (!preview) return;
    if (await write(preview.programmeName, preview.adaptation)) {
      setFileStatus({ key: 'programme.applied', params: { name: preview.programmeName } });
      setPreview(null);
      importRef.current?.focus();
    }
  }

  function cancelImport() {
    setPreview(null);
    importRef.current?.focus();
  }

  const attemptFields = attempt ? attempt.ids.map((id) => problemById.get(id)).filter((p) => p !== undefined) : [];
  const attemptItems = [...attemptFields.map((p) => `${p.label}: ${p.message}`), ...(attempt?.other ?? [])];
  const nameProblem = fieldProblem(NAME_ID);
  const anyUnverified = MODULES.some((m) => !m.defaultSessionCountVerified);

  return (
    <section aria-labelledby="programme-title" class="stack programme">
      <h3 id="programme-title">{t('programme.title')}</h3>
      <p class="muted">{t('programme.intro')}</p>

      <form class="stack" noValidate onSubmit={(e) => void save(e)}>
        <div class="programme-field">
          <label class="field">
            {t('programme.name')}
            <input
              id={NAME_ID}
              type="text"
              autocomplete="off"
              required
              value={draft.name}
              aria-invalid={nameProblem ? true : undefined}
              aria-describedby={nameProblem ? `programme-name-hint ${errorId(NAME_ID)}` : 'programme-name-hint'}
              onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
              onBlur={() => touch(NAME_ID)}
            />
          </label>
          <p id="programme-name-hint" class="muted programme-hint">
            {t('programme.nameHint')}
          </p>
          {nameProblem && <FieldError id={NAME_ID} message={nameProblem.message} />}
        </div>

        <h4 id="programme-counts-title">{t('programme.counts.title')}</h4>
        <p class="muted programme-hint">
          {t('programme.counts.hint', { min: MIN_SESSIONS_PER_MODULE, max: MAX_SESSIONS_PER_MODULE })}
        </p>
        <table class="programme-counts" aria-labelledby="programme-counts-title">
          <thead>
            <tr>
              <th scope="col" class="programme-num">
                {t('programme.counts.number')}
              </th>
              <th scope="col">{t('programme.counts.module')}</th>
              <th scope="col">{t('programme.counts.builtIn')}</th>
              <th scope="col">{t('programme.counts.yours')}</th>
            </tr>
          </thead>
          <tbody>
            {MODULES.map((m) => {
              const id = countId(m.id);
              const problem = fieldProblem(id);
              return (
                <tr key={m.id}>
                  <td class="programme-num">{m.number}</td>
                  <th scope="row" class="programme-module">
                    {pick(m.title, locale)}
                  </th>
                  <td class="programme-builtin-count">
                    {m.sessions.length}
                    {!m.defaultSessionCountVerified && (
                      <span class="programme-unverified">
                        <span aria-hidden="true">* </span>
                        {t('programme.unverified')}
                      </span>
                    )}
                  </td>
                  <td>
                    <label class="visually-hidden" for={id}>
                      {t('programme.counts.label', { n: m.number, title: pick(m.title, locale) })}
                    </label>
                    <input
                      id={id}
                      class="programme-count-input"
                      type="number"
                      inputMode="numeric"
                      min={MIN_SESSIONS_PER_MODULE}
                      max={MAX_SESSIONS_PER_MODULE}
                      step={1}
                      value={draft.counts[m.id] ?? ''}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? errorId(id) : undefined}
                      onInput={(e) => setDraft({ ...draft, counts: { ...draft.counts, [m.id]: e.currentTarget.value } })}
                      onBlur={() => touch(id)}
                    />
                    {problem && <FieldError id={id} message={problem.message} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {anyUnverified && (
          <p class="muted programme-hint">
            <span aria-hidden="true">* </span>
            {t('programme.unverifiedNote')}
          </p>
        )}

        <h4>{t('programme.minutes.title')}</h4>
        <p class="muted programme-hint">{t('programme.minutes.hint')}</p>
        <div class="programme-templates">
          {TEMPLATES.map((tpl) => (
            <TemplateMinutes
              key={tpl.id}
              template={tpl}
              draft={draft}
              invalid={(id) => problemById.has(id)}
              problemFor={fieldProblem}
              onChange={(stepId, value) =>
                setDraft({ ...draft, minutes: { ...draft.minutes, [tpl.id]: { ...draft.minutes[tpl.id], [stepId]: value } } })
              }
              onBlur={touch}
            />
          ))}
        </div>

        <h4>{t('programme.layer.title')}</h4>
        <p class="muted programme-hint">{t('programme.layer.hint')}</p>
        <WordingAndPrompts adaptation={carried} idPrefix="programme-current" showWas={false} />

        {attempt !== null && attemptItems.length > 0 && (
          <div role="alert" class="notice error">
            <p>{t('programme.saveInvalid')}</p>
            <ul>
              {attemptItems.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        )}

        <div class="row programme-actions">
          <button type="submit" class="primary">
            {t('programme.save')}
          </button>
          <button
            type="button"
            ref={resetRef}
            aria-expanded={confirmingReset}
            aria-controls={confirmingReset ? 'programme-reset-confirm' : undefined}
            onClick={() => setConfirmingReset(true)}
          >
            {t('programme.reset')}
          </button>
        </div>
        {dirty && <p class="muted programme-hint">{t('programme.unsaved')}</p>}
        {confirmingReset && (
          <div id="programme-reset-confirm" class="notice warn stack" role="group" aria-labelledby="programme-reset-question">
            <p id="programme-reset-question">{t('programme.resetConfirm')}</p>
            <div class="row">
              <button type="button" onClick={() => void reset()}>
                {t('programme.resetYes')}
              </button>
              <button type="button" ref={cancelResetRef} onClick={cancelReset}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        )}
        <p role="status" class="programme-status">
          {status ? t(status.key, status.params) : ''}
        </p>
      </form>

      <h4>{t('programme.file.title')}</h4>
      <div class="stack programme-file">
        <div>
          <button type="button" aria-describedby="programme-export-hint" onClick={exportAdaptation}>
            {t('programme.export')}
          </button>
          <p id="programme-export-hint" class="muted programme-hint">
            {dirty ? t('programme.exportUnsaved') : t('programme.exportHint')}
          </p>
        </div>
        <div>
          <label class="field">
            {t('programme.import')}
            <input
              ref={importRef}
              type="file"
              accept="application/json,.json"
              aria-describedby="programme-import-hint"
              onChange={(e) => void chooseFile(e)}
            />
          </label>
          <p id="programme-import-hint" class="muted programme-hint">
            {t('programme.importHint')}
          </p>
        </div>
        {fileProblem && (
          <div role="alert" class="notice error">
            <p>{t(fileProblem.lead.key, fileProblem.lead.params)}</p>
            {fileProblem.items.length > 0 && (
              <ul>
                {fileProblem.items.map((item) => (
                  <li key={item} lang="en">
                    {item}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {preview && (
          <ImportPreview
            file={preview}
            dirty={dirty}
            titleRef={previewTitleRef}
            onApply={() => void applyImport()}
            onCancel={cancelImport}
          />
        )}
        <p role="status" class="programme-status">
          {fileStatus ? t(fileStatus.key, fileStatus.params) : ''}
        </p>
      </div>
    </section>
  );
}

function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <span id={errorId(id)} class="programme-error">
      {message}
    </span>
  );
}

function TemplateMinutes(props: {
  template: SessionTemplate;
  draft: Draft;
  invalid: (id: string) => boolean;
  problemFor: (id: string) => FieldProblem | undefined;
  onChange: (stepId: StepId, value: string) => void;
  onBlur: (id: string) => void;
}) {
  const { template, draft, invalid, problemFor, onChange, onBlur } = props;
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const label = pick(template.label, locale);

  // The total follows the validator: while any step is rejected there is no length to show.
  const anyInvalid = template.steps.some((s) => invalid(minutesId(template.id, s.stepId)));
  const minutes: Partial<Record<StepId, number>> = {};
  for (const s of template.steps) minutes[s.stepId] = readNumber(draft.minutes[template.id]?.[s.stepId]) ?? s.minutes;
  const total = anyInvalid ? null : lengthWith(template, minutes);
  const totalId = `programme-total-${template.id}`;

  return (
    <details class="card programme-template">
      <summary>
        {label}
        {total !== null && total !== template.lengthMinutes && (
          <span class="muted"> · {t('programme.minutes.changed', { total: minutesText(t, locale, total) })}</span>
        )}
      </summary>
      <fieldset class="programme-steps">
        <legend class="visually-hidden">{label}</legend>
        {template.steps.map((s) => {
          const id = minutesId(template.id, s.stepId);
          const problem = problemFor(id);
          const builtInId = `${id}-builtin`;
          return (
            <div key={s.stepId} class="programme-step">
              <label for={id}>
                {stepTitle(s.stepId, locale)}
                <span class="visually-hidden"> ({label})</span>
              </label>
              <input
                id={id}
                type="number"
                inputMode="decimal"
                min={0.5}
                step={0.5}
                value={draft.minutes[template.id]?.[s.stepId] ?? ''}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${builtInId} ${errorId(id)}` : builtInId}
                onInput={(e) => onChange(s.stepId, e.currentTarget.value)}
                onBlur={() => onBlur(id)}
              />
              <span id={builtInId} class="muted programme-builtin">
                {t('programme.minutes.builtIn', { minutes: minutesText(t, locale, s.minutes) })}
              </span>
              {problem && <FieldError id={id} message={problem.message} />}
            </div>
          );
        })}
      </fieldset>
      <p id={totalId} class="programme-total" aria-live="polite">
        {total === null
          ? t('programme.minutes.totalInvalid')
          : t('programme.minutes.total', {
              total: minutesText(t, locale, total),
              builtIn: minutesText(t, locale, template.lengthMinutes),
            })}
      </p>
    </details>
  );
}

const ONLY_IN = {
  en: 'programme.layer.onlyIn.en',
  nl: 'programme.layer.onlyIn.nl',
} as const satisfies Record<Locale, MessageKey>;

/** What a layer changes in wording and which prompts it adds; `showWas` adds the built-in wording for comparison. */
function WordingAndPrompts({ adaptation, idPrefix, showWas }: { adaptation: ProgrammeAdaptation; idPrefix: string; showWas: boolean }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const overrides = Object.entries(adaptation.textOverrides ?? {});
  const custom = adaptation.customPrompts ?? [];

  if (overrides.length === 0 && custom.length === 0) return <p>{t('programme.layer.none')}</p>;

  const known = new Map<string, Prompt>([...PROMPTS, ...custom].map((p) => [p.id, p]));
  const plural = (n: number, one: MessageKey, other: MessageKey) => (n === 1 ? t(one) : t(other, { n }));

  return (
    <div class="stack programme-layer">
      <p>
        {plural(overrides.length, 'programme.layer.overrides.one', 'programme.layer.overrides.other')}
        {' · '}
        {plural(custom.length, 'programme.layer.custom.one', 'programme.layer.custom.other')}
      </p>
      {overrides.length > 0 && (
        <div>
          <p id={`${idPrefix}-overrides`} class="programme-list-title">
            {t('programme.layer.overridesList')}
          </p>
          <ul aria-labelledby={`${idPrefix}-overrides`}>
            {overrides.map(([promptId, override]) => {
              const prompt = known.get(promptId);
              const next = textIn(override, locale);
              const was = prompt ? textIn(prompt.text, locale) : null;
              return (
                <li key={promptId}>
                  {prompt && <span class="programme-step-name">{stepTitle(prompt.stepId, locale)}: </span>}
                  {/* A missing language keeps the built-in text there, so say the change is not in this one. */}
                  {next && next.lang !== locale && <span class="muted">{t(ONLY_IN[next.lang])} </span>}
                  {next && <span lang={next.lang}>{next.value}</span>}
                  {showWas && was && (
                    <span class="muted programme-was">
                      {t('programme.layer.was')} <span lang={was.lang}>{was.value}</span>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {custom.length > 0 && (
        <div>
          <p id={`${idPrefix}-custom`} class="programme-list-title">
            {t('programme.layer.customList')}
          </p>
          <ul aria-labelledby={`${idPrefix}-custom`}>
            {custom.map((prompt) => {
              const text = textIn(prompt.text, locale);
              return (
                <li key={prompt.id}>
                  <span class="programme-step-name">{stepTitle(prompt.stepId, locale)}: </span>
                  {text && <span lang={text.lang}>{text.value}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}

function ImportPreview(props: {
  file: ProgrammeAdaptationFile;
  dirty: boolean;
  titleRef: { current: HTMLHeadingElement | null };
  onApply: () => void;
  onCancel: () => void;
}) {
  const { file, dirty, titleRef, onApply, onCancel } = props;
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const { adaptation } = file;

  const counts = MODULES.flatMap((m) => {
    const to = own(adaptation.sessionCounts, m.id);
    return to === undefined || to === m.sessions.length ? [] : [{ module: m, to }];
  });
  const templates = TEMPLATES.flatMap((tpl) => {
    const minutes = own(adaptation.templateMinutes, tpl.id);
    if (minutes === undefined) return [];
    const steps = tpl.steps.flatMap((s) => {
      const to = own(minutes, s.stepId);
      return to === undefined || to === s.minutes ? [] : [{ stepId: s.stepId, from: s.minutes, to }];
    });
    return steps.length === 0 ? [] : [{ template: tpl, steps, total: lengthWith(tpl, minutes) }];
  });

  return (
    <div class="card stack programme-preview" role="region" aria-labelledby="programme-preview-title">
      <h5 id="programme-preview-title" tabIndex={-1} ref={titleRef}>
        {t('programme.preview.title', { name: file.programmeName })}
      </h5>
      <p>{dirty ? t('programme.preview.replacesUnsaved') : t('programme.preview.replaces')}</p>
      {file.contentVersion !== CONTENT_VERSION && (
        <p class="notice warn">
          {t('programme.preview.contentVersion', { file: file.contentVersion, current: CONTENT_VERSION })}
        </p>
      )}

      {counts.length === 0 ? (
        <p>{t('programme.preview.countsNone')}</p>
      ) : (
        <div>
          <p id="programme-preview-counts" class="programme-list-title">
            {t('programme.counts.title')}
          </p>
          <ul aria-labelledby="programme-preview-counts">
            {counts.map(({ module, to }) => (
              <li key={module.id}>
                {t('programme.preview.count', {
                  n: module.number,
                  title: pick(module.title, locale),
                  to,
                  from: module.sessions.length,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}

      {templates.length === 0 ? (
        <p>{t('programme.preview.minutesNone')}</p>
      ) : (
        <div>
          <p id="programme-preview-minutes" class="programme-list-title">
            {t('programme.minutes.title')}
          </p>
          <ul aria-labelledby="programme-preview-minutes">
            {templates.map(({ template, steps, total }) => (
              <li key={template.id}>
                {pick(template.label, locale)}
                <ul>
                  {steps.map((s) => (
                    <li key={s.stepId}>
                      {t('programme.preview.step', {
                        step: stepTitle(s.stepId, locale),
                        to: minutesText(t, locale, s.to),
                        from: minutesText(t, locale, s.from),
                      })}
                    </li>
                  ))}
                  <li>
                    {total === template.lengthMinutes
                      ? t('programme.preview.totalSame', { total: minutesText(t, locale, total) })
                      : t('programme.preview.total', {
                          to: minutesText(t, locale, total),
                          from: minutesText(t, locale, template.lengthMinutes),
                        })}
                  </li>
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}

      <WordingAndPrompts adaptation={adaptation} idPrefix="programme-preview" showWas />

      <div class="row">
        <button type="button" class="primary" onClick={onApply}>
          {t('programme.apply')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
