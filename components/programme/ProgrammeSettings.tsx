/**
 * The programme adaptation editor in Settings. Session counts and minutes are edited here; changed
 * wording and a programme's own prompts arrive by file, since a team lead usually prepares them.
 *
 * Everything that is saved, imported or exported goes through parseAdaptationFile, the file
 * format's one validator: an adaptation saved here is exactly one a colleague can import, and the
 * rules live in one place. The editor only splits the candidate into parts to point at a field.
 *
 * This file holds the editor's state, loading and saving; the parts are in this folder: the
 * draft and its checks (draft.ts, problems.ts), the counts table, the minutes per template, the
 * file export and import with its preview, and the reset confirmation. What an adaptation changes
 * against the built-in content is computed in lib/curriculum/adaptation-diff.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import type { ProgrammeAdaptation } from '../../lib/curriculum/adaptation';
import type { StoredAdaptation } from '../../lib/curriculum/stored-adaptation';
import { candidateFrom, draftFrom, errorId, NAME_ID, type Draft } from './draft';
import { problemsOf, type FieldProblem } from './problems';
import { validate } from './adaptation-file';
import type { Message } from './text';
import { ErrorAlert, FieldError } from './feedback';
import { CountsTable } from './CountsTable';
import { MinutesEditor } from './TemplateMinutes';
import { WordingAndPrompts } from './WordingAndPrompts';
import { RESET_CONFIRM_ID, ResetConfirmation } from './ResetConfirmation';
import { AdaptationFile } from './AdaptationFile';
import './programme.css';
import { SHORT_TEXT_MAX } from '../../lib/limits';

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
  const resetRef = useRef<HTMLButtonElement>(null);

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

  // Not useLiveRead: the record seeds an editable draft (both set together), and another page's
  // change is read only while nothing unsaved is typed here.
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

  if (!draft || !candidate) {
    return (
      <section aria-labelledby="programme-title" class="stack programme">
        <h3 id="programme-title">{t('programme.title')}</h3>
        <p class="muted">{t('app.loading')}</p>
      </section>
    );
  }

  /** A field's problem is shown once the field was left, or after a save attempt. */
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

  const attemptFields = attempt ? attempt.ids.map((id) => problemById.get(id)).filter((p) => p !== undefined) : [];
  const attemptItems = attemptFields.map((p) => `${p.label}: ${p.message}`);
  // Problems in the part that came by file are worded by the validator, in English.
  const attemptOther = attempt?.other ?? [];
  const nameProblem = fieldProblem(NAME_ID);

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
              maxLength={SHORT_TEXT_MAX}
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

        <CountsTable
          counts={draft.counts}
          problemFor={fieldProblem}
          onChange={(moduleId, value) => setDraft({ ...draft, counts: { ...draft.counts, [moduleId]: value } })}
          onBlur={touch}
        />

        <MinutesEditor
          minutes={draft.minutes}
          invalid={(id) => problemById.has(id)}
          problemFor={fieldProblem}
          onChange={(templateId, stepId, value) =>
            setDraft({ ...draft, minutes: { ...draft.minutes, [templateId]: { ...draft.minutes[templateId], [stepId]: value } } })
          }
          onBlur={touch}
        />

        <h4>{t('programme.layer.title')}</h4>
        <p class="muted programme-hint">{t('programme.layer.hint')}</p>
        <WordingAndPrompts adaptation={carried} idPrefix="programme-current" showWas={false} />

        {attempt !== null && attemptItems.length + attemptOther.length > 0 && (
          <ErrorAlert lead={t('programme.saveInvalid')} items={attemptItems} validatorItems={attemptOther} />
        )}

        <div class="row programme-actions">
          <button type="submit" class="primary">
            {t('programme.save')}
          </button>
          <button
            type="button"
            ref={resetRef}
            aria-expanded={confirmingReset}
            aria-controls={confirmingReset ? RESET_CONFIRM_ID : undefined}
            onClick={() => setConfirmingReset(true)}
          >
            {t('programme.reset')}
          </button>
        </div>
        {dirty && <p class="muted programme-hint">{t('programme.unsaved')}</p>}
        {confirmingReset && <ResetConfirmation onReset={() => void reset()} onCancel={cancelReset} />}
        <p role="status" class="programme-status">
          {status ? t(status.key, status.params) : ''}
        </p>
      </form>

      <AdaptationFile saved={saved} dirty={dirty} onApply={(file) => write(file.programmeName, file.adaptation)} />
    </section>
  );
}
