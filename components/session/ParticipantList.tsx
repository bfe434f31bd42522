import { useApp, useT } from '../state/app-store';
import type { SessionModel } from '../state/session-model';
import type { StepId } from '../../lib/curriculum/types';
import {
  emptyParticipantEntry,
  type Attendance,
  type GoalProgress,
  type HomePracticeReview,
  type Participant,
  type ParticipantEntry,
} from '../../lib/model';
import { SavedTextarea } from './SavedText';
import { AgreedLastTime } from './Continuity';
import type { Session } from '../../lib/model';

const ATTENDANCE: Attendance[] = ['present', 'absent', 'late', 'left-early'];
const HOME_PRACTICE: HomePracticeReview[] = ['done', 'partly', 'not-done'];
const GOAL_PROGRESS: GoalProgress[] = ['none', 'some', 'step-done'];

/**
 * One compact row per participant: attendance plus the one field the current step is about
 * (home practice in action-plan review, the goal in goal follow-up, next week's practice in
 * action planning); everything else one click away. Eight rows fit a narrow panel.
 */
export function ParticipantList({
  model,
  participants,
  stepId,
  prior = null,
}: {
  model: SessionModel;
  participants: Participant[];
  stepId: StepId | null;
  /** The group's earlier sessions, for last time's agreements at action plan review. */
  prior?: readonly Session[] | null;
}) {
  const t = useT();
  const session = model.session.value!;
  const rows = participants.filter((p) => p.id in session.participants);
  if (rows.length === 0) return null;
  const unrecorded = rows.filter((p) => !session.participants[p.id]?.attendance).length;
  const list = (
    <ul class="plain participants">
      {rows.map((p) => (
        <ParticipantRow key={p.id} model={model} participant={p} entry={session.participants[p.id] ?? emptyParticipantEntry()} stepId={stepId} prior={prior} />
      ))}
    </ul>
  );
  // One action for the usual case; the exceptions are then changed on their rows (issue 9).
  const markAllPresent = () =>
    void model.update((s) => ({
      ...s,
      participants: Object.fromEntries(
        Object.entries(s.participants).map(([id, entry]) => [id, entry.attendance ? entry : { ...entry, attendance: 'present' as const }]),
      ),
    }));
  return (
    <section aria-labelledby="participants-title" class="card">
      <div class="row participants-head">
        <h3 id="participants-title">{t('run.participants')}</h3>
        {unrecorded > 0 && (
          <>
            <span class="muted">{t('run.attendanceUnrecorded', { n: unrecorded })}</span>
            <button type="button" onClick={markAllPresent}>
              {unrecorded === rows.length ? t('run.allPresent') : t('run.restPresent')}
            </button>
          </>
        )}
      </div>
      {stepId === 'teach' ? (
        // While teaching, the rows can fold away under the outline (issue 9).
        <details>
          <summary>{t('run.participantRows')}</summary>
          {list}
        </details>
      ) : (
        list
      )}
    </section>
  );
}

function ParticipantRow({
  model,
  participant,
  entry,
  stepId,
  prior,
}: {
  model: SessionModel;
  participant: Participant;
  entry: ParticipantEntry;
  stepId: StepId | null;
  prior: readonly Session[] | null;
}) {
  const app = useApp();
  const t = useT();
  const code = participant.code;
  const patch = (change: Partial<ParticipantEntry>) =>
    void model.update((s) => ({
      ...s,
      participants: { ...s.participants, [participant.id]: { ...(s.participants[participant.id] ?? emptyParticipantEntry()), ...change } },
    }));
  const currentGoalStep = participant.goalSteps.find((g) => g.status !== 'done');

  const attendance = (
    <select
      aria-label={t('run.attendanceFor', { code })}
      value={entry.attendance ?? ''}
      onChange={(e) => patch({ attendance: ((e.target as HTMLSelectElement).value || null) as Attendance | null })}
    >
      <option value="">{t('run.attendance.unset')}</option>
      {ATTENDANCE.map((a) => (
        <option key={a} value={a}>
          {t(`run.attendance.${a}`)}
        </option>
      ))}
    </select>
  );
  const homePractice = (
    <select
      aria-label={t('run.homePracticeFor', { code })}
      value={entry.homePractice ?? ''}
      onChange={(e) => patch({ homePractice: ((e.target as HTMLSelectElement).value || null) as HomePracticeReview | null })}
    >
      <option value="">{t('run.homePractice.unset')}</option>
      {HOME_PRACTICE.map((h) => (
        <option key={h} value={h}>
          {t(`run.homePractice.${h}`)}
        </option>
      ))}
    </select>
  );
  const goal = (
    <>
      <label class="check">
        <input type="checkbox" checked={entry.goalReviewed} onChange={(e) => patch({ goalReviewed: (e.target as HTMLInputElement).checked })} />
        {t('run.goalReviewed')}
        <span class="visually-hidden"> ({code})</span>
      </label>
      <select
        aria-label={t('run.goalProgressFor', { code })}
        value={entry.goalProgress ?? ''}
        onChange={(e) => {
          const value = ((e.target as HTMLSelectElement).value || null) as GoalProgress | null;
          // Recording progress means the goal was looked at.
          patch(value ? { goalProgress: value, goalReviewed: true } : { goalProgress: null });
        }}
      >
        <option value="">{t('run.goalProgress.unset')}</option>
        {GOAL_PROGRESS.map((g) => (
          <option key={g} value={g}>
            {t(`run.goalProgress.${g}`)}
          </option>
        ))}
      </select>
    </>
  );
  const nextPractice = (
    <SavedTextarea
      model={model}
      field={{ kind: 'next-practice', participantId: participant.id }}
      label={t('run.nextPracticeFor', { code })}
      single
    />
  );
  // What the participant said, in their own words, for the note (issue 9); in view while summarising.
  const response = (
    <SavedTextarea model={model} field={{ kind: 'participant-response', participantId: participant.id }} label={t('run.responseFor', { code })} single />
  );
  const check = (key: 'supporterInvolved' | 'handoutGiven' | 'copingSkillPractised' | 'behaviouralTailoring' | 'nextHomePracticeWithSupporter', label: string) => (
    <label class="check">
      <input type="checkbox" checked={entry[key]} onChange={(e) => patch({ [key]: (e.target as HTMLInputElement).checked })} />
      {label}
      <span class="visually-hidden"> ({code})</span>
    </label>
  );

  return (
    <li class="participant">
      <div class="row participant-main">
        <strong class="participant-code">{code}</strong>
        {attendance}
        {stepId === 'action-plan-review' && homePractice}
        {stepId === 'goal-follow-up' && goal}
      </div>
      {stepId === 'action-plan-review' && prior && <AgreedLastTime participantId={participant.id} prior={prior} />}
      {stepId === 'goal-follow-up' && (
        <p class="muted participant-goal">
          {participant.goal ? app.t.value('run.goal', { goal: participant.goal }) : t('run.noGoal')}
          {currentGoalStep && ` · ${t('run.goalStep', { step: currentGoalStep.text })}`}
        </p>
      )}
      {stepId === 'summary' && <div class="row">{response}</div>}
      {stepId === 'action-planning' && (
        <div class="row">
          {nextPractice}
          {check('nextHomePracticeWithSupporter', t('run.nextPracticeSupporter'))}
        </div>
      )}
      <details>
        <summary>{t('run.moreFor', { code })}</summary>
        <div class="stack participant-more">
          {stepId !== 'action-plan-review' && <label class="field">{t('run.homePracticeFor', { code })}{homePractice}</label>}
          {stepId !== 'goal-follow-up' && (
            <div class="row">
              {goal}
            </div>
          )}
          {check('supporterInvolved', t('run.supporter'))}
          {check('handoutGiven', t('run.handout'))}
          {check('copingSkillPractised', t('run.coping'))}
          {participant.takesMedication && check('behaviouralTailoring', t('run.tailoring'))}
          {stepId !== 'action-planning' && (
            <>
              {nextPractice}
              {check('nextHomePracticeWithSupporter', t('run.nextPracticeSupporter'))}
            </>
          )}
          {stepId !== 'summary' && response}
          <SavedTextarea model={model} field={{ kind: 'participant-note', participantId: participant.id }} label={t('run.participantNote', { code })} rows={2} />
        </div>
      </details>
    </li>
  );
}
