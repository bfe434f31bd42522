/**
 * Groups and their participants in the side panel: create and edit groups, record participants
 * by code or initials with their recovery goal and steps, and see per participant attendance,
 * outreach flags, a goal chart and (rolling groups) the modules they missed. The completion
 * figures come from lib/completion.ts; edits save on blur or submit.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { checkParticipantCode, type CodeCheck } from '../../lib/participants';
import { isoDate, newId } from '../../lib/ids';
import { pick, type Locale, type MessageKey, type Translate } from '../../lib/i18n';
import {
  attendancePercent,
  participantCompletion,
  type AttendanceRecord,
  type GoalMark,
  type ParticipantCompletion,
} from '../../lib/completion';
import type { Enrolment, GoalStep, GoalStepStatus, Group, Participant, ParticipantStatus, Session } from '../../lib/model';
import type { Module, SessionFormat } from '../../lib/curriculum/types';
import './groups.css';

const PRESET_LENGTHS = [45, 60, 90] as const;
const MIN_MINUTES = 15;
const MAX_MINUTES = 240;

const FORMAT_LABEL = { group: 'groups.format.group', individual: 'groups.format.individual' } as const satisfies Record<SessionFormat, MessageKey>;
const ENROLMENT_LABEL = { closed: 'groups.enrolment.closed', rolling: 'groups.enrolment.rolling' } as const satisfies Record<Enrolment, MessageKey>;
const ENROLMENT_SHORT = {
  closed: 'groups.enrolmentShort.closed',
  rolling: 'groups.enrolmentShort.rolling',
} as const satisfies Record<Enrolment, MessageKey>;
const STATUS_LABEL = {
  active: 'groups.status.active',
  completed: 'groups.status.completed',
  left: 'groups.status.left',
} as const satisfies Record<ParticipantStatus, MessageKey>;
const STEP_LABEL = {
  open: 'groups.step.open',
  'in-progress': 'groups.step.in-progress',
  done: 'groups.step.done',
} as const satisfies Record<GoalStepStatus, MessageKey>;
const RELAPSE_LABEL = {
  none: 'groups.relapsePlan.none',
  written: 'groups.relapsePlan.written',
  practised: 'groups.relapsePlan.practised',
} as const satisfies Record<Participant['relapsePlan'], MessageKey>;
const CODE_PROBLEM = {
  empty: 'groups.code.empty',
  'looks-like-name': 'groups.code.looksLikeName',
  'too-long': 'groups.code.tooLong',
  invalid: 'groups.code.invalid',
} as const satisfies Record<Extract<CodeCheck, { ok: false }>['reason'], MessageKey>;

// ---------------------------------------------------------------------------------------------
// Group settings: one draft shape for the create form and the edit form.

interface GroupDraft {
  name: string;
  format: SessionFormat;
  enrolment: Enrolment;
  /** A preset length in minutes, or 'custom' to use customMinutes. */
  length: string;
  customMinutes: string;
  /** Comma-separated, as typed. */
  facilitators: string;
}

type GroupSettingsValue = Pick<Group, 'name' | 'format' | 'enrolment' | 'defaultLengthMinutes' | 'facilitators'>;
interface GroupErrors {
  name?: boolean;
  length?: boolean;
}

function newGroupDraft(practitioner: string): GroupDraft {
  return { name: '', format: 'group', enrolment: 'closed', length: '90', customMinutes: '', facilitators: practitioner };
}

function draftOf(group: Group): GroupDraft {
  const preset = (PRESET_LENGTHS as readonly number[]).includes(group.defaultLengthMinutes);
  return {
    name: group.name,
    format: group.format,
    enrolment: group.enrolment,
    length: preset ? String(group.defaultLengthMinutes) : 'custom',
    customMinutes: String(group.defaultLengthMinutes),
    facilitators: group.facilitators.join(', '),
  };
}

function readGroupDraft(d: GroupDraft): { ok: true; value: GroupSettingsValue } | { ok: false; errors: GroupErrors } {
  const errors: GroupErrors = {};
  const name = d.name.trim();
  if (!name) errors.name = true;
  const minutes = Number(d.length === 'custom' ? d.customMinutes : d.length);
  if (!Number.isInteger(minutes) || minutes < MIN_MINUTES || minutes > MAX_MINUTES) errors.length = true;
  if (errors.name || errors.length) return { ok: false, errors };
  const facilitators = d.facilitators
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { ok: true, value: { name, format: d.format, enrolment: d.enrolment, defaultLengthMinutes: minutes, facilitators } };
}

function sameSettings(group: Group, value: GroupSettingsValue): boolean {
  return (
    group.name === value.name &&
    group.format === value.format &&
    group.enrolment === value.enrolment &&
    group.defaultLengthMinutes === value.defaultLengthMinutes &&
    group.facilitators.join('\n') === value.facilitators.join('\n')
  );
}

interface GroupFieldsProps {
  draft: GroupDraft;
  errors: GroupErrors;
  /** commit: save now (choices); text fields commit on blur instead, so typing never triggers a write. */
  onChange: (patch: Partial<GroupDraft>, commit: boolean) => void;
  onCommit: () => void;
}

function GroupFields({ draft, errors, onChange, onCommit }: GroupFieldsProps) {
  const t = useT();
  const id = useId();
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  return (
    <>
      <label class="field">
        {t('groups.name')}
        <input
          type="text"
          autocomplete="off"
          required
          value={draft.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
          onInput={(e) => onChange({ name: value(e) }, false)}
          onBlur={onCommit}
        />
      </label>
      {errors.name && (
        <p id={`${id}-name-error`} class="notice error">
          {t('groups.nameRequired')}
        </p>
      )}
      <fieldset class="groups-choices">
        <legend>{t('groups.format')}</legend>
        {(['group', 'individual'] as const).map((f) => (
          <label key={f} class="check">
            <input type="radio" name={`${id}-format`} value={f} checked={draft.format === f} onChange={() => onChange({ format: f }, true)} />
            {t(FORMAT_LABEL[f])}
          </label>
        ))}
      </fieldset>
      <fieldset class="groups-choices" aria-describedby={`${id}-enrolment-hint`}>
        <legend>{t('groups.enrolment')}</legend>
        {(['closed', 'rolling'] as const).map((en) => (
          <label key={en} class="check">
            <input type="radio" name={`${id}-enrolment`} value={en} checked={draft.enrolment === en} onChange={() => onChange({ enrolment: en }, true)} />
            {t(ENROLMENT_LABEL[en])}
          </label>
        ))}
        <p id={`${id}-enrolment-hint`} class="muted groups-hint">
          {t('groups.enrolmentHint')}
        </p>
      </fieldset>
      <div class="row groups-length">
        <label class="field">
          {t('groups.length')}
          <select
            value={draft.length}
            onChange={(e) => {
              const length = value(e);
              // Keep the chosen length as the starting point for a custom one.
              const patch: Partial<GroupDraft> = length === 'custom' && !draft.customMinutes ? { length, customMinutes: draft.length } : { length };
              onChange(patch, length !== 'custom');
            }}
          >
            {PRESET_LENGTHS.map((m) => (
              <option key={m} value={String(m)}>
                {t('common.minutes', { n: m })}
              </option>
            ))}
            <option value="custom">{t('groups.length.custom')}</option>
          </select>
        </label>
        {draft.length === 'custom' && (
          <label class="field">
            {t('groups.customMinutes')}
            <input
              type="number"
              inputMode="numeric"
              min={MIN_MINUTES}
              max={MAX_MINUTES}
              step={5}
              value={draft.customMinutes}
              aria-invalid={errors.length ? true : undefined}
              aria-describedby={errors.length ? `${id}-length-error` : undefined}
              onInput={(e) => onChange({ customMinutes: value(e) }, false)}
              onBlur={onCommit}
            />
          </label>
        )}
      </div>
      {errors.length && (
        <p id={`${id}-length-error`} class="notice error">
          {t('groups.lengthInvalid')}
        </p>
      )}
      <label class="field">
        {t('groups.facilitators')}
        <input
          type="text"
          autocomplete="off"
          value={draft.facilitators}
          aria-describedby={`${id}-facilitators-hint`}
          onInput={(e) => onChange({ facilitators: value(e) }, false)}
          onBlur={onCommit}
        />
      </label>
      <span id={`${id}-facilitators-hint`} class="muted groups-hint">
        {t('groups.facilitatorsHint')}
      </span>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// The list of groups and the create form.

/** All groups, each with a way in and a way to plan a session, and a form to create a group. */
export function GroupsView() {
  const app = useApp();
  const t = useT();
  const groups = app.groups.value;
  const [activeCounts, setActiveCounts] = useState<Record<string, number>>({});

  useEffect(() => {
    let live = true;
    const load = () =>
      Promise.all(groups.map(async (g) => [g.id, (await app.repo.listParticipants(g.id)).filter((p) => p.status === 'active').length] as const))
        .then((pairs) => live && setActiveCounts(Object.fromEntries(pairs)))
        .catch(app.report);
    void load();
    const off = app.repo.bus.subscribe((n) => {
      if (n.stores.includes('participants')) void load();
    });
    return () => {
      live = false;
      off();
    };
  }, [groups, app]);

  return (
    <section aria-labelledby="groups-title" class="stack groups">
      <h2 id="groups-title">{t('groups.title')}</h2>
      {groups.length === 0 ? (
        <p>{t('groups.empty')}</p>
      ) : (
        <ul class="plain stack">
          {groups.map((g) => (
            <li key={g.id} class="card">
              <h3>{g.name}</h3>
              <p class="muted groups-line">
                {t('groups.line', { format: t(FORMAT_LABEL[g.format]), enrolment: t(ENROLMENT_SHORT[g.enrolment]), minutes: g.defaultLengthMinutes })}
                {activeCounts[g.id] !== undefined && (
                  <>
                    <br />
                    {t('groups.activeCount', { n: activeCounts[g.id] ?? 0 })}
                  </>
                )}
              </p>
              <div class="row">
                <button type="button" onClick={() => app.navigate({ name: 'group', groupId: g.id })}>
                  {t('groups.open', { name: g.name })}
                </button>
                <button type="button" class="primary" onClick={() => app.navigate({ name: 'plan', groupId: g.id })}>
                  {t('groups.plan')}
                  <span class="visually-hidden"> ({g.name})</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <NewGroupForm />
    </section>
  );
}

function NewGroupForm() {
  const app = useApp();
  const t = useT();
  const [draft, setDraft] = useState(() => newGroupDraft(app.settings.value.practitioner));
  const [lengthTouched, setLengthTouched] = useState(false);
  const [errors, setErrors] = useState<GroupErrors>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  function change(patch: Partial<GroupDraft>) {
    if (patch.length !== undefined || patch.customMinutes !== undefined) setLengthTouched(true);
    setDraft((d) => {
      const next = { ...d, ...patch };
      // Until a length is chosen, follow the format's usual length (individual 45, group 90).
      if (patch.format && !lengthTouched) next.length = patch.format === 'individual' ? '45' : '90';
      return next;
    });
  }

  async function submit(e: Event) {
    e.preventDefault();
    const read = readGroupDraft(draft);
    if (!read.ok) {
      setErrors(read.errors);
      setStatus('');
      return;
    }
    setErrors({});
    setBusy(true);
    const now = app.now();
    const group: Group = { id: newId('group'), ...read.value, createdAt: now, updatedAt: now };
    try {
      await app.repo.putGroup(group);
      setDraft(newGroupDraft(app.settings.value.practitioner));
      setLengthTouched(false);
      setStatus(t('groups.created', { name: group.name }));
    } catch (err) {
      // The draft stays as typed, so nothing is lost when the write fails.
      app.report(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card stack" aria-labelledby="groups-new-title" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="groups-new-title">{t('groups.new')}</h3>
      <GroupFields draft={draft} errors={errors} onChange={(patch) => change(patch)} onCommit={() => undefined} />
      <button type="submit" class="primary" disabled={busy}>
        {t('groups.create')}
      </button>
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// One group.

/** Participants and sessions of a group, kept fresh from change notices. Null until loaded. */
function useGroupRecords(groupId: string) {
  const app = useApp();
  const [records, setRecords] = useState<{ participants: Participant[]; sessions: Session[] } | null>(null);
  useEffect(() => {
    let live = true;
    let latest = 0;
    const load = () => {
      // A slow earlier read must not overwrite a newer one.
      const ticket = ++latest;
      Promise.all([app.repo.listParticipants(groupId), app.repo.listSessions(groupId)])
        .then(([participants, sessions]) => {
          if (live && ticket === latest) setRecords({ participants, sessions });
        })
        .catch(app.report);
    };
    load();
    const off = app.repo.bus.subscribe((n) => {
      if (n.stores.includes('participants') || n.stores.includes('sessions')) load();
    });
    return () => {
      live = false;
      off();
    };
  }, [app, groupId]);
  return records;
}

/** One group: its settings, its participants with goals and completion support, and planning. */
export function GroupView({ groupId }: { groupId: string }) {
  const app = useApp();
  const t = useT();
  const group = app.groups.value.find((g) => g.id === groupId);
  const records = useGroupRecords(groupId);
  const modules = app.curriculum.value.modules;

  const completions = useMemo(() => {
    const map = new Map<string, ParticipantCompletion>();
    if (!group || !records) return map;
    for (const p of records.participants) map.set(p.id, participantCompletion(group, p, records.sessions, modules));
    return map;
  }, [group, records, modules]);

  if (!group) {
    return (
      <section class="stack groups" aria-labelledby="group-missing">
        <h2 id="group-missing">{t('groups.title')}</h2>
        <p>{t('groups.notFound')}</p>
        <button type="button" onClick={() => app.navigate({ name: 'groups' })}>
          {t('groups.all')}
        </button>
      </section>
    );
  }

  const participants = records?.participants ?? [];
  return (
    <section aria-labelledby="group-title" class="stack groups">
      <div class="row groups-top">
        <button type="button" onClick={() => app.navigate({ name: 'groups' })}>
          {t('groups.all')}
        </button>
        <button type="button" class="primary" onClick={() => app.navigate({ name: 'plan', groupId })}>
          {t('groups.plan')}
        </button>
      </div>
      <h2 id="group-title">{group.name}</h2>
      <p class="muted groups-line">
        {t('groups.line', { format: t(FORMAT_LABEL[group.format]), enrolment: t(ENROLMENT_SHORT[group.enrolment]), minutes: group.defaultLengthMinutes })}
        {group.facilitators.length > 0 && (
          <>
            <br />
            {t('groups.facilitatorsLine', { names: group.facilitators.join(', ') })}
          </>
        )}
      </p>
      <GroupSettings key={group.id} group={group} />

      <h3>{t('groups.participants', { n: participants.length })}</h3>
      {records && participants.length === 0 && <p>{t('groups.noParticipants')}</p>}
      <ul class="plain groups-participants">
        {participants.map((p) => (
          <ParticipantItem
            key={p.id}
            group={group}
            participant={p}
            completion={completions.get(p.id)}
            otherCodes={participants.filter((o) => o.id !== p.id).map((o) => o.code)}
            modules={modules}
          />
        ))}
      </ul>
      <AddParticipant group={group} codes={participants.map((p) => p.code)} />
    </section>
  );
}

function GroupSettings({ group }: { group: Group }) {
  const app = useApp();
  const t = useT();
  // The draft is seeded once: later updates to the record must not overwrite what is being typed.
  const [draft, setDraft] = useState(() => draftOf(group));
  const latest = useRef(draft);
  const [errors, setErrors] = useState<GroupErrors>({});
  const [status, setStatus] = useState('');
  const groupRef = useRef(group);
  groupRef.current = group;

  async function save(d: GroupDraft) {
    const read = readGroupDraft(d);
    if (!read.ok) {
      setErrors(read.errors);
      setStatus(t('groups.notSaved'));
      return;
    }
    setErrors({});
    const current = groupRef.current;
    if (sameSettings(current, read.value)) return;
    try {
      await app.repo.putGroup({ ...current, ...read.value, updatedAt: app.now() });
      setStatus(t('common.saved'));
    } catch (e) {
      app.report(e);
    }
  }

  function change(patch: Partial<GroupDraft>, commit: boolean) {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setDraft(next);
    if (commit) void save(next);
  }

  return (
    <details class="card groups-settings">
      <summary>{t('groups.settings')}</summary>
      <div class="stack">
        <GroupFields draft={draft} errors={errors} onChange={change} onCommit={() => void save(latest.current)} />
        <p role="status" aria-live="polite" class="muted">
          {status}
        </p>
      </div>
    </details>
  );
}

// ---------------------------------------------------------------------------------------------
// Participants.

/** Why a code cannot be saved, or the cleaned code. Duplicates compare case-insensitively ("p01" is "P01" when read aloud). */
function codeProblem(t: Translate, raw: string, otherCodes: readonly string[]): { message: string } | { code: string } {
  const check = checkParticipantCode(raw);
  if (!check.ok) return { message: t(CODE_PROBLEM[check.reason], { value: raw.trim() }) };
  const lower = check.code.toLocaleLowerCase();
  const taken = otherCodes.find((c) => c.toLocaleLowerCase() === lower);
  if (taken !== undefined) return { message: t('groups.code.duplicate', { code: taken }) };
  return { code: check.code };
}

interface CodeFieldProps {
  value: string;
  problem: string | null;
  onInput: (value: string) => void;
  onBlur?: () => void;
}

function CodeField({ value, problem, onInput, onBlur }: CodeFieldProps) {
  const t = useT();
  const id = useId();
  return (
    <>
      <label class="field">
        {t('groups.code')}
        <input
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem ${id}-hint` : `${id}-hint`}
          onInput={(e) => onInput((e.target as HTMLInputElement).value)}
          onBlur={onBlur}
        />
      </label>
      <span id={`${id}-hint`} class="muted groups-hint">
        {t('groups.codeHint')}
      </span>
      {problem && (
        <p id={`${id}-problem`} class="notice warn" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

function AddParticipant({ group, codes }: { group: Group; codes: string[] }) {
  const app = useApp();
  const t = useT();
  const [code, setCode] = useState('');
  const [joinedOn, setJoinedOn] = useState(() => isoDate(app.now()));
  // After a first attempt the check runs as the practitioner types, so the warning goes once fixed.
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState('');
  const checked = codeProblem(t, code, codes);
  const problem = tried && 'message' in checked ? checked.message : null;

  async function submit(e: Event) {
    e.preventDefault();
    setTried(true);
    if ('message' in checked) {
      setStatus('');
      return;
    }
    const now = app.now();
    const participant: Participant = {
      id: newId('participant'),
      groupId: group.id,
      code: checked.code,
      joinedOn: joinedOn || isoDate(now),
      leftOn: null,
      status: 'active',
      goal: '',
      goalSteps: [],
      takesMedication: false,
      relapsePlan: 'none',
      createdAt: now,
      updatedAt: now,
    };
    try {
      await app.repo.putParticipant(participant);
      setCode('');
      setTried(false);
      setStatus(t('groups.added', { code: participant.code }));
    } catch (err) {
      app.report(err);
    }
  }

  return (
    <form class="card stack" aria-labelledby="groups-add-title" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="groups-add-title">{t('groups.addParticipant')}</h3>
      <CodeField value={code} problem={problem} onInput={setCode} />
      <label class="field">
        {t('groups.joinedOn')}
        <input type="date" value={joinedOn} required onInput={(e) => setJoinedOn((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="primary">
        {t('groups.addButton')}
      </button>
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
    </form>
  );
}

interface ParticipantDraft {
  code: string;
  joinedOn: string;
  leftOn: string | null;
  status: ParticipantStatus;
  goal: string;
  goalSteps: GoalStep[];
  takesMedication: boolean;
  relapsePlan: Participant['relapsePlan'];
}

function participantDraft(p: Participant): ParticipantDraft {
  return {
    code: p.code,
    joinedOn: p.joinedOn,
    leftOn: p.leftOn,
    status: p.status,
    goal: p.goal,
    goalSteps: p.goalSteps,
    takesMedication: p.takesMedication,
    relapsePlan: p.relapsePlan,
  };
}

function sameParticipant(p: Participant, next: Participant): boolean {
  return JSON.stringify({ ...p, updatedAt: 0 }) === JSON.stringify({ ...next, updatedAt: 0 });
}

interface ParticipantItemProps {
  group: Group;
  participant: Participant;
  completion: ParticipantCompletion | undefined;
  otherCodes: string[];
  modules: readonly Module[];
}

/**
 * One participant: a one-line summary and any outreach flags always visible, the editing form and
 * the detail charts folded away, so eight participants fit a narrow panel.
 */
function ParticipantItem({ group, participant, completion, otherCodes, modules }: ParticipantItemProps) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const id = useId();
  // Seeded once; the form is the only writer of these fields, so later record updates are our own saves.
  const [draft, setDraft] = useState(() => participantDraft(participant));
  const latest = useRef(draft);
  const [codeIssue, setCodeIssue] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [newStep, setNewStep] = useState('');
  const stored = useRef(participant);
  stored.current = participant;

  async function save(d: ParticipantDraft) {
    const checked = codeProblem(t, d.code, otherCodes);
    if ('message' in checked) {
      setCodeIssue(checked.message);
      setStatus(t('groups.notSaved'));
      return;
    }
    setCodeIssue(null);
    const current = stored.current;
    const next: Participant = { ...current, ...d, code: checked.code, joinedOn: d.joinedOn || current.joinedOn, updatedAt: app.now() };
    if (sameParticipant(current, next)) return;
    try {
      await app.repo.putParticipant(next);
      setStatus(t('common.saved'));
    } catch (e) {
      app.report(e);
    }
  }

  function change(patch: Partial<ParticipantDraft>, commit: boolean) {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setDraft(next);
    if (commit) void save(next);
  }
  const commit = () => void save(latest.current);

  function setStatusValue(next: ParticipantStatus) {
    // A completed or left participant gets an end date (today unless given); back to active clears it.
    const leftOn = next === 'active' ? null : (latest.current.leftOn ?? isoDate(app.now()));
    change({ status: next, leftOn }, true);
  }

  function updateStep(stepId: string, patch: Partial<GoalStep>, commitNow: boolean) {
    change({ goalSteps: latest.current.goalSteps.map((s) => (s.id === stepId ? { ...s, ...patch } : s)) }, commitNow);
  }

  function addStep(e: Event) {
    e.preventDefault();
    const text = newStep.trim();
    if (!text) return;
    change({ goalSteps: [...latest.current.goalSteps, { id: newId('step'), text, status: 'open' }] }, true);
    setNewStep('');
  }

  const attendance = completion?.attendance;
  const percent = attendance ? attendancePercent(attendance) : null;
  const flags = completion?.flags ?? [];
  const summaryBits = [
    participant.status !== 'active' ? t(STATUS_LABEL[participant.status]) : null,
    attendance && attendance.held > 0 ? `${t('groups.attendanceShort', { attended: attendance.attended, held: attendance.held })} · ${percent ?? 0} %` : null,
  ].filter((b): b is string => b !== null);

  return (
    <li class="groups-participant">
      <details>
        <summary>
          <span class="groups-code">{participant.code}</span>
          {summaryBits.length > 0 && <span class="muted"> · {summaryBits.join(' · ')}</span>}
          {flags.length > 0 && (
            <span class="groups-tag">
              <span aria-hidden="true">⚠ </span>
              {t('groups.needsContact')}
            </span>
          )}
        </summary>
        <div class="stack groups-body">
          <CodeField value={draft.code} problem={codeIssue} onInput={(code) => change({ code }, false)} onBlur={commit} />
          <div class="row groups-dates">
            <label class="field">
              {t('groups.joinedOn')}
              <input type="date" value={draft.joinedOn} required onChange={(e) => change({ joinedOn: (e.target as HTMLInputElement).value }, true)} />
            </label>
            <label class="field">
              {t('groups.status')}
              <select value={draft.status} onChange={(e) => setStatusValue((e.target as HTMLSelectElement).value as ParticipantStatus)}>
                {(['active', 'completed', 'left'] as const).map((s) => (
                  <option key={s} value={s}>
                    {t(STATUS_LABEL[s])}
                  </option>
                ))}
              </select>
            </label>
            {draft.status !== 'active' && (
              <label class="field">
                {t('groups.leftOn')}
                <input
                  type="date"
                  value={draft.leftOn ?? ''}
                  onChange={(e) => change({ leftOn: (e.target as HTMLInputElement).value || null }, true)}
                />
              </label>
            )}
          </div>

          <h4>{t('groups.goalSection')}</h4>
          <label class="field">
            {t('groups.goal')}
            <textarea
              rows={2}
              value={draft.goal}
              aria-describedby={`${id}-goal-hint`}
              onInput={(e) => change({ goal: (e.target as HTMLTextAreaElement).value }, false)}
              onBlur={commit}
            />
          </label>
          <span id={`${id}-goal-hint`} class="muted groups-hint">
            {t('groups.goalHint')}
          </span>
          <fieldset class="groups-steps">
            <legend>{t('groups.steps')}</legend>
            {draft.goalSteps.length === 0 ? (
              <p class="muted">{t('groups.noSteps')}</p>
            ) : (
              <ol class="plain stack">
                {draft.goalSteps.map((step, i) => (
                  <li key={step.id} class="groups-step">
                    <label class="field groups-step-text">
                      {t('groups.stepText', { n: i + 1 })}
                      <input
                        type="text"
                        autocomplete="off"
                        value={step.text}
                        onInput={(e) => updateStep(step.id, { text: (e.target as HTMLInputElement).value }, false)}
                        onBlur={commit}
                      />
                    </label>
                    <div class="row">
                      <label class="visually-hidden" for={`${id}-step-${step.id}`}>
                        {t('groups.stepStatus', { n: i + 1 })}
                      </label>
                      <select
                        id={`${id}-step-${step.id}`}
                        value={step.status}
                        onChange={(e) => updateStep(step.id, { status: (e.target as HTMLSelectElement).value as GoalStepStatus }, true)}
                      >
                        {(['open', 'in-progress', 'done'] as const).map((s) => (
                          <option key={s} value={s}>
                            {t(STEP_LABEL[s])}
                          </option>
                        ))}
                      </select>
                      <button
                        type="button"
                        onClick={() => change({ goalSteps: latest.current.goalSteps.filter((s) => s.id !== step.id) }, true)}
                      >
                        {t('groups.stepRemove', { n: i + 1 })}
                      </button>
                    </div>
                  </li>
                ))}
              </ol>
            )}
            <form class="row groups-add-step" onSubmit={addStep}>
              <label class="field">
                {t('groups.newStep')}
                <input type="text" autocomplete="off" value={newStep} onInput={(e) => setNewStep((e.target as HTMLInputElement).value)} />
              </label>
              <button type="submit">{t('groups.addStep')}</button>
            </form>
          </fieldset>
          <GoalChart marks={completion?.goalChart ?? []} locale={locale} t={t} />

          <h4>{t('groups.support')}</h4>
          <label class="check">
            <input type="checkbox" checked={draft.takesMedication} onChange={(e) => change({ takesMedication: (e.target as HTMLInputElement).checked }, true)} />
            {t('groups.medication')}
          </label>
          <label class="field">
            {t('groups.relapsePlan')}
            <select
              value={draft.relapsePlan}
              onChange={(e) => change({ relapsePlan: (e.target as HTMLSelectElement).value as Participant['relapsePlan'] }, true)}
            >
              {(['none', 'written', 'practised'] as const).map((r) => (
                <option key={r} value={r}>
                  {t(RELAPSE_LABEL[r])}
                </option>
              ))}
            </select>
          </label>

          {attendance && <AttendanceDetails records={attendance.history} summary={{ ...attendance, percent }} locale={locale} t={t} />}
          {group.enrolment === 'rolling' && <MissedModules ids={completion?.missedModules ?? []} modules={modules} locale={locale} t={t} />}
          <p role="status" aria-live="polite" class="muted">
            {status}
          </p>
        </div>
      </details>
      {flags.length > 0 && (
        <ul class="plain groups-flags">
          {flags.map((f) => (
            <li key={f.kind} class="notice warn">
              <span aria-hidden="true">⚠ </span>
              <strong>
                {participant.code} – {t(f.labelKey)}:
              </strong>{' '}
              {t(f.outreachKey)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

// ---------------------------------------------------------------------------------------------
// Read-only completion details. Every mark is a shape plus a text alternative, never colour alone.

function formatDate(iso: string, locale: Locale): string {
  const date = new Date(`${iso}T12:00:00`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

const ATTENDANCE_SYMBOL = { attended: '✓', absent: '✗', 'not-recorded': '?' } as const;

interface AttendanceDetailsProps {
  records: AttendanceRecord[];
  summary: { held: number; attended: number; notRecorded: number; percent: number | null };
  locale: Locale;
  t: Translate;
}

function AttendanceDetails({ records, summary, locale, t }: AttendanceDetailsProps) {
  return (
    <>
      <h4>{t('groups.attendance')}</h4>
      {summary.held === 0 ? (
        <p class="muted">{t('groups.attendanceNone')}</p>
      ) : (
        <>
          <p>
            {t('groups.attendanceSummary', { attended: summary.attended, held: summary.held, percent: summary.percent ?? 0 })}
            {summary.notRecorded > 0 && ` ${t('groups.notRecorded', { n: summary.notRecorded })}`}
          </p>
          <ol class="plain groups-marks" aria-label={t('groups.historyLabel')}>
            {records.map((r) => {
              const state = t(r.attendance === null ? 'groups.mark.not-recorded' : (`groups.mark.${r.attendance}` as const));
              const line = t('groups.markLine', { date: formatDate(r.date, locale), state });
              return (
                <li key={r.sessionId} class={`groups-mark groups-mark-${r.mark}`} title={line}>
                  <span aria-hidden="true">{ATTENDANCE_SYMBOL[r.mark]}</span>
                  <span class="visually-hidden">{line}</span>
                </li>
              );
            })}
          </ol>
          <p class="muted groups-legend" aria-hidden="true">
            {t('groups.historyLegend')}
          </p>
        </>
      )}
    </>
  );
}

/** Progress recorded implies the goal was discussed, even if the "reviewed" box was left unticked. */
function goalMarkView(mark: GoalMark): { symbol: string; key: MessageKey } {
  if (mark.progress === 'step-done') return { symbol: '●', key: 'groups.goal.step-done' };
  if (mark.progress === 'some') return { symbol: '◐', key: 'groups.goal.some' };
  if (mark.progress === 'none') return { symbol: '○', key: 'groups.goal.none' };
  return mark.reviewed ? { symbol: '○', key: 'groups.goal.reviewed' } : { symbol: '–', key: 'groups.goal.notReviewed' };
}

function GoalChart({ marks, locale, t }: { marks: GoalMark[]; locale: Locale; t: Translate }) {
  return (
    <>
      <h4>{t('groups.goalChart')}</h4>
      {marks.length === 0 ? (
        <p class="muted">{t('groups.goalChartEmpty')}</p>
      ) : (
        <>
          <ol class="plain groups-marks" aria-label={t('groups.goalChartLabel')}>
            {marks.map((m) => {
              const view = goalMarkView(m);
              const line = t('groups.markLine', { date: formatDate(m.date, locale), state: t(view.key) });
              return (
                <li key={m.sessionId} class="groups-mark groups-goal-mark" title={line}>
                  <span aria-hidden="true">{view.symbol}</span>
                  <span class="visually-hidden">{line}</span>
                </li>
              );
            })}
          </ol>
          <p class="muted groups-legend" aria-hidden="true">
            {t('groups.goalChartLegend')}
          </p>
        </>
      )}
    </>
  );
}

function MissedModules({ ids, modules, locale, t }: { ids: string[]; modules: readonly Module[]; locale: Locale; t: Translate }) {
  return (
    <>
      <h4>{t('groups.missed')}</h4>
      {ids.length === 0 ? (
        <p class="muted">{t('groups.missedNone')}</p>
      ) : (
        <>
          <p class="muted groups-hint">{t('groups.missedHint')}</p>
          <ul class="groups-missed">
            {ids.map((mid) => {
              const m = modules.find((x) => x.id === mid);
              return <li key={mid}>{m ? `${m.number}. ${pick(m.title, locale)}` : mid}</li>;
            })}
          </ul>
        </>
      )}
    </>
  );
}
