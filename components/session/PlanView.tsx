import { useEffect, useMemo, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { pick } from '../../lib/i18n';
import { planFromTemplate, suggestNext, type NextSession } from '../../lib/session/plan';
import { moduleCoverage } from '../../lib/session/coverage';
import { message, renderMessage } from '../../lib/i18n/render';
import type { Group, Participant, PlannedStep, Session } from '../../lib/model';
import { stepTitle } from '../../lib/curriculum/step-title';
import { defaultTemplateId, startSession } from './start';
import { attendanceHistory, completionFlags } from '../../lib/completion';
import { PickUpList } from './Continuity';
import './session.css';

/** Choose module, session and template (with editable minutes), then "Start session". */
export function PlanView({ groupId }: { groupId: string }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const { modules, templates } = app.curriculum.value;
  const [group, setGroup] = useState<Group | null>(null);
  const [participants, setParticipants] = useState<Participant[]>([]);
  const [sessions, setSessions] = useState<Session[]>([]);
  const [choice, setChoice] = useState<NextSession | null>(null);
  const [templateId, setTemplateId] = useState('');
  const [plan, setPlan] = useState<PlannedStep[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const g = (await app.repo.getGroup(groupId)) ?? null;
      const list = await app.repo.listSessions(groupId);
      setGroup(g);
      setSessions(list);
      setParticipants(await app.repo.listParticipants(groupId));
      setChoice(suggestNext(list, modules));
      if (g) {
        const id = defaultTemplateId(app, g.format, g.defaultLengthMinutes) ?? '';
        setTemplateId(id);
        const tpl = templates.find((x) => x.id === id);
        if (tpl) setPlan(planFromTemplate(tpl));
      }
    })().catch(app.report);
  }, [groupId]);

  const suggested = useMemo(() => suggestNext(sessions, modules), [sessions, modules]);
  const covered = useMemo(() => moduleCoverage(sessions, modules, participants), [sessions, modules, participants]);
  // Completion is where IMR loses people: surface who needs outreach before the session starts.
  const needOutreach = useMemo(
    () =>
      participants
        .filter((p) => p.status === 'active')
        .map((p) => ({ participant: p, flags: completionFlags(p, attendanceHistory(p, sessions)) }))
        .filter((x) => x.flags.length > 0),
    [participants, sessions],
  );
  if (!group || !choice) return <p>{t('app.loading')}</p>;

  const module = modules.find((m) => m.id === choice.moduleId) ?? modules[0]!;
  // "3 of 4 sessions held", never "covered" after a module has only started (issue 9).
  const heldText = (moduleId: string) => {
    const h = covered.held.get(moduleId);
    return h ? ` (${renderMessage(message('plan.held', { held: h.held, total: h.total }, h.total), locale)})` : '';
  };
  const suggestedModule = modules.find((m) => m.id === suggested.moduleId);
  const totalMinutes = Math.round(plan.reduce((a, s) => a + s.seconds, 0) / 6) / 10;
  const running = app.running.value.length > 0;
  const formatTemplates = templates.filter((x) => x.format === group.format);

  function chooseTemplate(id: string) {
    setTemplateId(id);
    const tpl = templates.find((x) => x.id === id);
    if (tpl) setPlan(planFromTemplate(tpl));
  }

  async function start() {
    if (!choice) return;
    setBusy(true);
    try {
      await startSession(app, groupId, { ...choice, templateId, plan });
    } catch (e) {
      app.report(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="plan-title" class="stack plan">
      <h2 id="plan-title">
        {t('plan.title')}: {group.name}
      </h2>
      {suggestedModule && (
        <p class="notice">
          {t('plan.suggested', { module: `${suggestedModule.number}. ${pick(suggestedModule.title, locale)}`, session: suggested.sessionNumber })}
        </p>
      )}
      <PickUpList sessions={sessions} />
      {needOutreach.length > 0 && (
        <div class="notice warn">
          <p>{t('plan.outreach')}</p>
          <ul>
            {needOutreach.map(({ participant, flags }) => (
              <li key={participant.id}>
                <strong>{participant.code}</strong>: {flags.map((f) => `${t(f.labelKey)}. ${t(f.outreachKey)}`).join(' ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <label class="field">
        {t('plan.module')}
        <select
          value={choice.moduleId}
          onChange={(e) => setChoice({ moduleId: (e.target as HTMLSelectElement).value, sessionNumber: 1 })}
        >
          {modules.map((m) => (
            <option key={m.id} value={m.id}>
              {m.number}. {pick(m.title, locale)}
              {heldText(m.id)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        {t('plan.session')}
        <select
          value={String(choice.sessionNumber)}
          onChange={(e) => setChoice({ ...choice, sessionNumber: Number((e.target as HTMLSelectElement).value) })}
        >
          {module.sessions.map((s) => (
            <option key={s.number} value={String(s.number)}>
              {t('plan.sessionOption', { n: s.number, title: pick(s.title, locale) })}
            </option>
          ))}
        </select>
      </label>
      <details>
        <summary>{t('plan.coveredSummary', { n: covered.complete.size, total: modules.length })}</summary>
        <ul>
          {participants
            .filter((p) => p.status === 'active')
            .map((p) => (
              <li key={p.id}>
                {(() => {
                  const n = covered.byParticipant.get(p.id)?.size ?? 0;
                  return renderMessage(message('plan.participantCoverage', { code: p.code, n }, n), locale);
                })()}
              </li>
            ))}
        </ul>
      </details>
      <label class="field">
        {t('plan.template')}
        <select value={templateId} onChange={(e) => chooseTemplate((e.target as HTMLSelectElement).value)}>
          {formatTemplates.map((x) => (
            <option key={x.id} value={x.id}>
              {pick(x.label, locale)}
            </option>
          ))}
        </select>
      </label>
      <details>
        <summary>{t('plan.steps')}</summary>
        <ol class="plan-steps">
          {plan.map((step, i) => {
            const title = stepTitle(step.stepId, locale);
            return (
              <li key={step.stepId}>
                <label class="row">
                  <span class="plan-step-title">{title}</span>
                  <input
                    type="number"
                    min={0.05}
                    step="any"
                    inputMode="decimal"
                    aria-label={t('plan.stepMinutes', { step: title })}
                    value={Math.round((step.seconds / 60) * 100) / 100}
                    onInput={(e) => {
                      const minutes = Number((e.target as HTMLInputElement).value);
                      if (!Number.isFinite(minutes) || minutes <= 0) return;
                      setPlan(plan.map((p, j) => (j === i ? { ...p, seconds: Math.max(1, Math.round(minutes * 60)) } : p)));
                    }}
                  />
                </label>
              </li>
            );
          })}
        </ol>
      </details>
      <p>{t('plan.total', { minutes: totalMinutes })}</p>
      {participants.filter((p) => p.status === 'active').length === 0 && <p class="notice">{t('plan.noParticipants')}</p>}
      {running && <p class="notice warn">{t('plan.alreadyRunning')}</p>}
      <button type="button" class="primary" disabled={busy || running} onClick={() => void start()}>
        {t('plan.start')}
      </button>
    </section>
  );
}
