/**
 * The group's sessions, newest first, each opening its summary and draft progress note: notes are
 * often written up after the call, when the panel has been closed in between.
 */
import { useApp, useT } from '../state/app-store';
import { pick } from '../../lib/i18n';
import { attended, type Session } from '../../lib/model';
import { FeedbackLine, useRatingsBySession } from '../itis/SessionFeedback';

export function SessionHistory({ sessions }: { sessions: readonly Session[] }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const modules = new Map(app.curriculum.value.modules.map((m) => [m.id, m]));
  const list = [...sessions].sort((a, b) => b.createdAt - a.createdAt);
  const ratings = useRatingsBySession();
  return (
    <section aria-labelledby="group-sessions-title" class="stack">
      <h3 id="group-sessions-title">{t('groups.sessions', { n: list.length })}</h3>
      {list.length === 0 ? (
        <p class="muted">{t('groups.noSessions')}</p>
      ) : (
        <ul class="plain groups-sessions">
          {list.map((s) => {
            const module = modules.get(s.moduleId);
            const title = module ? `${module.number}. ${pick(module.title, locale)} · ${s.sessionNumber}` : s.moduleId;
            const present = Object.values(s.participants).filter(attended).length;
            const running = s.status === 'running';
            return (
              <li key={s.id} class="row">
                <span>
                  <strong>{s.date}</strong> {title}
                  <span class="muted"> · {t('groups.sessionAttendance', { n: present, total: Object.keys(s.participants).length })}</span>
                  <FeedbackLine session={s} ratings={ratings.get(s.id)} />
                </span>
                <button
                  type="button"
                  onClick={() => app.navigate(running ? { name: 'run', sessionId: s.id } : { name: 'summary', sessionId: s.id })}
                >
                  {running ? t('home.resume') : t('groups.openSummary')}
                  <span class="visually-hidden"> ({s.date})</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
