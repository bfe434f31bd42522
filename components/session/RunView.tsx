import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { createSessionModel, type SessionModel } from '../state/session-model';
import { createJournal } from '../../lib/db/journal';
import { cuePhase, formatDuration } from '../../lib/session/clock';
import { openKeyPrompts, promptsForSession, promptsForStep } from '../../lib/session/prompts';
import { formatIsoDate, pick, type Locale } from '../../lib/i18n';
import { formatList } from '../../lib/i18n/numbers';
import { formatSpan } from '../../lib/i18n/durations';
import { stepTitle } from '../../lib/curriculum/step-title';
import type { Participant } from '../../lib/model';
import type { StepId } from '../../lib/curriculum/types';
import type { Ref } from 'preact';
import { PromptList } from './PromptList';
import { ParticipantList } from './ParticipantList';
import { LastSessionCard, usePriorSessions } from './Continuity';
import { SavedTextarea } from './SavedText';
import { SaveStatus } from './SaveStatus';
import { useCues } from './useCues';
import { SessionOutline } from '../modules/ModuleBrowser';
import './session.css';

/** The running session: step, timer with cues, prompts, participants and notes. */
export function RunView({ sessionId }: { sessionId: string }) {
  const app = useApp();
  const t = useT();
  const model = useMemo(
    () => createSessionModel(app, sessionId, app.env.journal ?? (typeof localStorage === 'undefined' ? null : createJournal(localStorage))),
    [app, sessionId],
  );
  useEffect(() => {
    void model.reload().catch(app.report);
    return () => model.dispose();
  }, [model]);

  const [participants, setParticipants] = useState<Participant[]>([]);
  const session = model.session.value;
  useEffect(() => {
    if (session?.groupId) void app.repo.listParticipants(session.groupId).then(setParticipants).catch(app.report);
  }, [session?.groupId]);

  if (session === undefined) return <p>{t('app.loading')}</p>;
  if (session === null) return <p class="notice error">{t('run.notFound')}</p>;
  if (session.status === 'ended') return <Amending model={model} participants={participants} />;
  return <Running model={model} participants={participants} />;
}

function Running({ model, participants }: { model: SessionModel; participants: Participant[] }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const session = model.session.value!;
  const stepIndex = model.stepIndex.value;
  const visitedSteps = model.visitedKey.value.split(',').filter(Boolean) as StepId[];
  const module = app.curriculum.value.modules.find((m) => m.id === session.moduleId);
  const prompts = app.curriculum.value.prompts;
  const [confirming, setConfirming] = useState<'next' | 'end' | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const prior = usePriorSessions(session);

  const stepId = stepIndex === null ? undefined : session.plan[stepIndex]?.stepId;
  const teaching = stepId === 'teach';
  const outline = module && (
    <details key={teaching ? 'teach' : 'other'} open={teaching} class="card run-outline">
      <summary>{t('run.outline')}</summary>
      <SessionOutline module={module} sessionNumber={session.sessionNumber} />
    </details>
  );
  const stepPrompts = stepId ? promptsForStep(prompts, stepId, session) : [];
  const openInStep = stepId ? openKeyPrompts(prompts, session, [stepId]) : [];
  const openInSession = openKeyPrompts(prompts, session, visitedSteps);
  // Attendance nobody recorded is not absence; ending says so, so it can be completed first (issue 9).
  const unrecorded = participants.filter((p) => p.id in session.participants && !session.participants[p.id]?.attendance).map((p) => p.code);

  // The panel's own keys while it has focus (issue 9): N for the next step, P to pause or resume.
  // Never while typing, so notes can hold the letters; the browser-wide shortcuts stay as they are.
  const goRef = useRef(go);
  goRef.current = go;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.repeat || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      const index = model.stepIndex.value;
      if (key === 'n') {
        e.preventDefault();
        // As the button: no "next" from the last step.
        if (index === null || index >= (model.session.value?.plan.length ?? 0) - 1) return;
        void goRef.current('next');
      } else if (key === 'p') {
        e.preventDefault();
        void model.act(model.status.value === 'paused' ? 'resume' : 'pause');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [model]);

  async function go(action: 'next' | 'end', force = false) {
    const open = action === 'next' ? openInStep : openInSession;
    if (!force && (open.length > 0 || (action === 'end' && unrecorded.length > 0))) {
      setConfirming(action);
      return;
    }
    setConfirming(null);
    await model.act(action);
    if (action === 'end') app.navigate({ name: 'summary', sessionId: session.id });
    else stepHeading.current?.focus();
  }

  return (
    <section class="run stack" aria-labelledby="run-step-title">
      <p class="muted">
        {module ? t('run.title', { module: `${module.number}. ${pick(module.title, locale)}`, n: session.sessionNumber }) : ''}
      </p>
      <ClockCard model={model} headingRef={stepHeading} onGo={(action) => void go(action)} />
      <SaveStatus model={model} />
      {confirming && (
        <div role="alert" class="notice warn stack">
          {(confirming === 'next' ? openInStep : openInSession).length > 0 && (
            <>
              <p>{confirming === 'next' ? t('run.openKey') : t('run.openKeyEnd')}</p>
              <ul>
                {(confirming === 'next' ? openInStep : openInSession).map((p) => (
                  <li key={p.id}>{pick(p.text, locale)}</li>
                ))}
              </ul>
            </>
          )}
          {confirming === 'end' && unrecorded.length > 0 && <p>{t('run.unrecordedEnd', { codes: formatList(unrecorded, locale) })}</p>}
          <div class="row">
            <button type="button" onClick={() => setConfirming(null)}>
              {confirming === 'next' ? t('run.stay') : t('run.keepGoing')}
            </button>
            <button type="button" class="primary" onClick={() => void go(confirming, true)}>
              {confirming === 'next' ? t('run.nextAnyway') : t('run.endAnyway')}
            </button>
          </div>
        </div>
      )}
      {stepId === 'review-previous' && prior && <LastSessionCard prior={prior} participants={participants} session={session} />}
      {/* During New material today's outline comes first, open (issue 9); elsewhere it waits below. */}
      {teaching && outline}
      <PromptList model={model} prompts={stepPrompts} />
      <ParticipantList model={model} participants={participants} stepId={stepId ?? null} prior={prior} />
      <SavedTextarea model={model} field={{ kind: 'notes' }} label={t('run.notes')} hint={t('run.notesHint')} rows={5} />
      {!teaching && outline}
      <StepList model={model} />
      {app.env.openShare && (
        <div class="row">
          <button type="button" aria-describedby="run-share-hint" onClick={() => app.env.openShare?.()}>
            {t('run.share')}
          </button>
          <p id="run-share-hint" class="muted">
            {t('run.shareHint')}
          </p>
        </div>
      )}
      <p class="muted">{t('run.keys')}</p>
    </section>
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/**
 * An ended session, open for correction (issue 9): attendance and entries, every prompt mark and
 * the notes. Each change is stamped as an amendment (lib/session/amend.ts).
 */
function Amending({ model, participants }: { model: SessionModel; participants: Participant[] }) {
  const app = useApp();
  const t = useT();
  const session = model.session.value!;
  const prompts = promptsForSession(app.curriculum.value.prompts, session);
  return (
    <section class="run stack" aria-labelledby="amend-title">
      <h2 id="amend-title" tabIndex={-1}>
        {t('run.amendTitle', { date: formatIsoDate(session.date, app.locale.value) })}
      </h2>
      <p class="notice">{t('run.amendHint')}</p>
      <button type="button" class="primary" onClick={() => app.navigate({ name: 'summary', sessionId: session.id })}>
        {t('run.amendDone')}
      </button>
      <SaveStatus model={model} />
      <ParticipantList model={model} participants={participants} stepId={null} />
      <PromptList model={model} prompts={prompts} />
      <SavedTextarea model={model} field={{ kind: 'notes' }} label={t('run.notes')} hint={t('run.notesHint')} rows={5} />
    </section>
  );
}

/** The part that changes every tick: step, timer, pacing, controls and the cue announcer. */
function ClockCard({ model, headingRef, onGo }: { model: SessionModel; headingRef: Ref<HTMLHeadingElement>; onGo: (action: 'next' | 'end') => void }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const session = model.session.value!;
  const clock = model.clock.value!;
  const current = clock.current;
  const currentTitle = current ? stepTitle(current.stepId, locale) : '';
  const phase = cuePhase(current, session.warnSeconds);
  const announcement = useCues({ clock, phase, stepTitle: currentTitle, warnSeconds: session.warnSeconds, chime: app.settings.value.chime });

  const pacingText =
    Math.abs(clock.pacing.behindSec) < 60
      ? t('run.onTime')
      : clock.pacing.behindSec > 0
        ? t('run.behind', { time: formatSpan(clock.pacing.behindSec, locale) })
        : t('run.ahead', { time: formatSpan(-clock.pacing.behindSec, locale) });
  const shorten = clock.pacing.shortenStep ? stepTitle(clock.pacing.shortenStep, locale) : null;

  return (
    <>
      <div class={`run-clock phase-${phase}${clock.status === 'paused' ? ' is-paused' : ''}`}>
        <h2 id="run-step-title" tabIndex={-1} ref={headingRef}>
          {current ? t('run.step', { n: current.index + 1, total: clock.steps.length, title: currentTitle }) : ''}
        </h2>
        <div class="run-timer-row">
          <div role="timer" aria-label={t('run.timerLabel')} class="run-timer">
            {formatDuration(current?.remainingSec ?? 0)}
          </div>
          <span class="run-phase">
            {clock.status === 'paused' ? t('run.paused') : phase === 'overrun' ? t('run.overrun') : ''}
          </span>
        </div>
        <progress
          max={current?.plannedSec ?? 1}
          value={Math.min(current?.actualSec ?? 0, current?.plannedSec ?? 1)}
          aria-label={t('run.timerLabel')}
        />
        <p class="run-pacing">
          {t('run.elapsed', { elapsed: formatSpan(clock.elapsedSec, locale), planned: formatSpan(clock.plannedTotalSec, locale) })}{' '}
          {pacingText} {shorten && t('run.shorten', { step: shorten })}
        </p>
        <div class="row run-controls">
          {clock.status === 'paused' ? (
            <button type="button" class="primary" onClick={() => void model.act('resume')}>
              {t('run.resume')}
            </button>
          ) : (
            <button type="button" onClick={() => void model.act('pause')}>
              {t('run.pause')}
            </button>
          )}
          <button type="button" disabled={!current || current.index === 0} onClick={() => void model.act('back')}>
            {t('run.back')}
          </button>
          <button type="button" class="primary" disabled={!current || current.index >= clock.steps.length - 1} onClick={() => onGo('next')}>
            {t('run.next')}
          </button>
          <button type="button" onClick={() => void model.act('extend')}>
            {t('run.extend')}
          </button>
          <button type="button" onClick={() => onGo('end')}>
            {t('run.end')}
          </button>
        </div>
      </div>
      <div aria-live="polite" class="visually-hidden">
        {announcement}
      </div>
    </>
  );
}

/** All steps with planned and spent time; ticks too, but only while it is open. */
function StepList({ model }: { model: SessionModel }) {
  const app = useApp();
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details class="card" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('run.steps')}</summary>
      {open && <StepListBody model={model} locale={app.locale.value} />}
    </details>
  );
}

function StepListBody({ model, locale }: { model: SessionModel; locale: Locale }) {
  const t = useT();
  const clock = model.clock.value!;
  const currentIndex = clock.current?.index;
  return (
    <ol class="run-steps">
      {clock.steps.map((s) => (
        <li key={s.index} aria-current={currentIndex === s.index ? 'step' : undefined}>
          {stepTitle(s.stepId, locale)} — {t('run.stepPlanned', { minutes: Math.round(s.plannedSec / 6) / 10 })}
          {s.visited ? ` · ${formatSpan(s.actualSec, locale)}` : ''}
        </li>
      ))}
    </ol>
  );
}
