/**
 * Groups and their participants in the side panel, the two routed views: the list of groups with
 * the form to create one, and one group with its settings, participants and the form to add one.
 * Participants are recorded by code or initials with their recovery goal and steps, and show
 * attendance, outreach flags, a goal chart and (rolling groups) the modules they missed; the
 * completion figures come from lib/completion.ts. Edits save on blur or submit.
 */
import { useMemo, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { newId } from '../../lib/ids';
import { participantCompletion, type ParticipantCompletion } from '../../lib/completion';
import type { Group } from '../../lib/model';
import { groupLine } from './labels';
import { useLiveRead } from '../common/useLiveRead';
import { SessionHistory } from './SessionHistory';
import { DeleteGroup } from './DeleteGroup';
import { newGroupDraft, readGroupDraft, usualLength, type GroupDraft, type GroupErrors } from './group-draft';
import { GroupFields, GroupSettings } from './GroupSettings';
import { ParticipantItem } from './ParticipantItem';
import { AddParticipant } from './AddParticipant';
import './groups.css';

/** All groups, each with a way in and a way to plan a session, and a form to create a group. */
export function GroupsView() {
  const app = useApp();
  const t = useT();
  const groups = app.groups.value;
  const activeCounts = useLiveRead(
    () =>
      Promise.all(groups.map(async (g) => [g.id, (await app.repo.listParticipants(g.id)).filter((p) => p.status === 'active').length] as const)).then(
        (pairs) => new Map(pairs),
      ),
    ['participants'],
    [groups],
  );

  return (
    <section aria-labelledby="groups-title" class="stack groups">
      <h2 id="groups-title">{t('groups.title')}</h2>
      {groups.length === 0 ? (
        <p>{t('groups.empty')}</p>
      ) : (
        <ul class="plain stack">
          {groups.map((g) => {
            const active = activeCounts?.get(g.id);
            return (
              <li key={g.id} class="card">
                <h3>{g.name}</h3>
                <p class="muted groups-line">
                  {groupLine(t, g)}
                  {active !== undefined && (
                    <>
                      <br />
                      {t('groups.activeCount', { n: active })}
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
            );
          })}
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
      if (patch.format && !lengthTouched) next.length = usualLength(patch.format);
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
      {/* Nothing is saved before "Create group", so there is nothing to commit on blur. */}
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

/** One group: its settings, its participants with goals and completion support, and planning. */
export function GroupView({ groupId }: { groupId: string }) {
  const app = useApp();
  const t = useT();
  const group = app.groups.value.find((g) => g.id === groupId);
  const modules = app.curriculum.value.modules;
  // Null until loaded, so "no participants yet" is not claimed before the read lands.
  const records = useLiveRead(
    () => Promise.all([app.repo.listParticipants(groupId), app.repo.listSessions(groupId)]).then(([participants, sessions]) => ({ participants, sessions })),
    ['participants', 'sessions'],
    [groupId],
  );

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
        {groupLine(t, group)}
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
      {records && <SessionHistory sessions={records.sessions} />}
      {records && <DeleteGroup group={group} participants={participants.length} sessions={records.sessions.length} />}
    </section>
  );
}
