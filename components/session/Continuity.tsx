/**
 * What a running session picks up from the group's earlier sessions (issue 9): last time's agreed
 * home practice on each participant's row at action plan review, and at review of last session
 * what was taught and what is left to pick up, or an introduction for a group's first session and
 * for newcomers. The rules are in lib/session/continuity.ts.
 */
import { useApp, useT } from '../state/app-store';
import { useLiveRead } from '../common/useLiveRead';
import { pick, formatIsoDate } from '../../lib/i18n';
import { formatList } from '../../lib/i18n/numbers';
import { isNewcomer, lastAgreement, lastSessionRecap, priorSessions } from '../../lib/session/continuity';
import type { Participant, Session } from '../../lib/model';

/** The group's ended sessions before `session`, oldest first; re-read when another session of the group changes. */
export function usePriorSessions(session: Session | null | undefined): Session[] | null {
  const app = useApp();
  const id = session?.id;
  const groupId = session?.groupId;
  const sessions = useLiveRead(
    () => (groupId ? app.repo.listSessions(groupId) : Promise.resolve([])),
    // Writes to the running session itself (every keystroke) change nothing here.
    (n) => n.stores.includes('sessions') && (!n.ids || n.ids.some((x) => x !== id)),
    [groupId, id],
  );
  if (!session || !sessions) return null;
  return priorSessions(session, sessions);
}

/** On a participant's row at action plan review: what they agreed last time they came. */
export function AgreedLastTime({ participantId, prior }: { participantId: string; prior: readonly Session[] }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const agreement = lastAgreement(participantId, prior);
  let text: string;
  if (!agreement || isNewcomer(participantId, prior)) text = t('run.firstTime');
  else {
    const date = formatIsoDate(agreement.date, locale);
    if (!agreement.text) text = t('run.agreedNothing', { date });
    else text = t(agreement.withSupporter ? 'run.agreedLastSupporter' : 'run.agreedLast', { date, text: agreement.text });
  }
  return <p class="muted participant-agreed">{text}</p>;
}

/**
 * At review of last session: what the group was taught last time and the key prompts to pick up;
 * for a group's first session an introduction instead, and for newcomers a welcome.
 */
export function LastSessionCard({ prior, participants, session }: { prior: readonly Session[]; participants: readonly Participant[]; session: Session }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const { modules, prompts } = app.curriculum.value;
  const recap = lastSessionRecap(prior, prompts);
  const newcomers = participants.filter((p) => p.id in session.participants && isNewcomer(p.id, prior)).map((p) => p.code);

  if (!recap) {
    return (
      <section aria-labelledby="continuity-title" class="card stack continuity">
        <h3 id="continuity-title">{t('run.introTitle')}</h3>
        <p>{t('run.introGroup')}</p>
      </section>
    );
  }
  const module = modules.find((m) => m.id === recap.moduleId);
  const taught = module?.sessions.find((s) => s.number === recap.sessionNumber);
  return (
    <section aria-labelledby="continuity-title" class="card stack continuity">
      <h3 id="continuity-title">{t('run.lastSession')}</h3>
      <p>
        {t('run.lastTaught', {
          date: formatIsoDate(recap.date, locale),
          module: module ? `${module.number}. ${pick(module.title, locale)}` : recap.moduleId,
          n: recap.sessionNumber,
          title: taught ? pick(taught.title, locale) : '',
        })}
      </p>
      {taught && taught.outline.length > 0 && (
        <>
          <h4>{t('run.lastTopics')}</h4>
          <ul>
            {taught.outline.map((topic, i) => (
              <li key={i}>{pick(topic, locale)}</li>
            ))}
          </ul>
        </>
      )}
      {recap.pickUp.length > 0 && (
        <>
          <h4>{t('run.pickUp')}</h4>
          <ul>
            {recap.pickUp.map((p) => (
              <li key={p.id}>{pick(p.text, locale)}</li>
            ))}
          </ul>
        </>
      )}
      {newcomers.length > 0 && (
        <p class="notice">
          <strong>{t('run.introTitle')}</strong> {t('run.introNewcomers', { codes: formatList(newcomers, locale) })}
        </p>
      )}
    </section>
  );
}

/** On the plan view: the key prompts the last session left for this one. */
export function PickUpList({ sessions }: { sessions: readonly Session[] }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const prior = sessions.filter((s) => s.status === 'ended');
  const last = [...prior].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt - b.createdAt));
  const recap = lastSessionRecap(last, app.curriculum.value.prompts);
  if (!recap || recap.pickUp.length === 0) return null;
  return (
    <div class="notice stack">
      <p>{t('plan.pickUp', { date: formatIsoDate(recap.date, locale) })}</p>
      <ul>
        {recap.pickUp.map((p) => (
          <li key={p.id}>{pick(p.text, locale)}</li>
        ))}
      </ul>
    </div>
  );
}
