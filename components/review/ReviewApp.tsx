import { useEffect, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { LanguageSelect } from '../common/LanguageSelect';
import { useThemeAndLanguage } from '../common/useThemeAndLanguage';
import { pick } from '../../lib/i18n';
import { promptsForSession } from '../../lib/session/prompts';
import type { Session } from '../../lib/model';
import './review.css';

/** Supervisor review: ended sessions with their prompted fidelity notes. */
export function ReviewApp() {
  const app = useApp();
  const t = useT();
  useThemeAndLanguage();
  const [sessions, setSessions] = useState<Session[] | null>(null);

  useEffect(() => {
    const load = () =>
      app.repo
        .listAllSessions()
        .then((all) => setSessions(all.filter((s) => s.status === 'ended').sort((a, b) => b.createdAt - a.createdAt)))
        .catch(app.report);
    void app.load().then(load);
    return app.repo.bus.subscribe((n) => {
      if (n.stores.includes('sessions')) void load();
    });
  }, [app]);

  const locale = app.locale.value;
  const groups = new Map(app.groups.value.map((g) => [g.id, g]));
  const modules = new Map(app.curriculum.value.modules.map((m) => [m.id, m]));

  return (
    <div class="review">
      <header class="row review-header">
        <h1>{t('review.title')}</h1>
        <LanguageSelect />
      </header>
      <main class="stack">
        <p class="notice">{t('review.selfReported')}</p>
        {app.error.value && <p role="alert" class="notice error">{t('app.error', { message: app.error.value })}</p>}
        <h2>{t('review.sessions')}</h2>
        {sessions === null ? (
          <p>{t('app.loading')}</p>
        ) : sessions.length === 0 ? (
          <p>{t('review.empty')}</p>
        ) : (
          <table>
            <caption class="visually-hidden">{t('review.sessions')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.date')}</th>
                <th scope="col">{t('review.group')}</th>
                <th scope="col">{t('review.module')}</th>
                <th scope="col">{t('review.practitioner')}</th>
                <th scope="col">{t('review.prompts')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => {
                const offered = promptsForSession(app.curriculum.value.prompts, s);
                const done = offered.filter((p) => s.prompts[p.id]?.status === 'done').length;
                const module = modules.get(s.moduleId);
                return (
                  <tr key={s.id}>
                    <td>{s.date}</td>
                    <td>{groups.get(s.groupId)?.name ?? '—'}</td>
                    <td>{module ? `${module.number}. ${pick(module.title, locale)} · ${s.sessionNumber}` : s.moduleId}</td>
                    <td>{s.practitioner || '—'}</td>
                    <td>{t('review.promptsDone', { done, offered: offered.length })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </main>
    </div>
  );
}
