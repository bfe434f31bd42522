/**
 * The participant view (issue 9): an extension page the practitioner opens with "Share with the
 * group" and shares as a tab in the call. Large, readable print: today's agenda, the current step
 * and today's teaching points. It follows the panel live (the running session's clock events are
 * re-read on every change notice), and shows no participant codes and no notes: only the
 * curriculum, the plan and the clock, which stay readable even while the guide is locked.
 */
import { useEffect } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { useThemeAndLanguage } from '../common/useThemeAndLanguage';
import { StringsPending } from '../common/StringsPending';
import { deriveClock } from '../../lib/session/clock';
import { builtInStep as getStep } from '../../lib/curriculum/step-title';
import { pick } from '../../lib/i18n/text';
import './share.css';

export function ShareView() {
  const app = useApp();
  const t = useT();
  useThemeAndLanguage();
  useEffect(() => {
    void app.load();
  }, [app]);
  const locale = app.locale.value;
  const session = app.running.value[0];

  if (!app.messages.value) return <StringsPending />;
  if (!app.ready.value) return <p class="share-wait">{t('app.loading')}</p>;
  if (!session) {
    return (
      <main class="share">
        <h1>{t('share.title')}</h1>
        <p class="share-wait">{t('share.none')}</p>
      </main>
    );
  }
  const { modules } = app.curriculum.value;
  const module = modules.find((m) => m.id === session.moduleId);
  const today = module?.sessions.find((s) => s.number === session.sessionNumber);
  // Only the step matters here, and it changes with clock events, not with time passing.
  const clock = deriveClock(session.plan, session.events, app.now());
  const current = clock.current;
  const step = current ? getStep(current.stepId) : undefined;

  return (
    <main class="share" aria-labelledby="share-title">
      <h1 id="share-title">{module ? `${module.number}. ${pick(module.title, locale)}` : t('share.title')}</h1>
      {today && <p class="share-subtitle">{pick(today.title, locale)}</p>}
      <section aria-labelledby="share-now" class="share-now" aria-live="polite">
        <h2 id="share-now">{t('share.now')}</h2>
        <p class="share-step">{step ? pick(step.title, locale) : ''}</p>
        {step && <p>{pick(step.purpose, locale)}</p>}
      </section>
      <div class="share-columns">
        <section aria-labelledby="share-agenda">
          <h2 id="share-agenda">{t('share.agenda')}</h2>
          <ol class="share-agenda">
            {clock.steps.map((s) => {
              const title = getStep(s.stepId);
              return (
                <li key={s.index} aria-current={current?.index === s.index ? 'step' : undefined}>
                  {title ? pick(title.title, locale) : s.stepId}
                </li>
              );
            })}
          </ol>
        </section>
        {today && today.outline.length > 0 && (
          <section aria-labelledby="share-points">
            <h2 id="share-points">{t('share.points')}</h2>
            <ul>
              {today.outline.map((topic, i) => (
                <li key={i}>{pick(topic, locale)}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </main>
  );
}
