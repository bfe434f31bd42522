import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { pick } from '../../lib/i18n/text';
import { groupsForHome, HOME_GROUP_LIMIT } from '../../lib/session/home-groups';
import { defaultChoice, startSession } from '../session/start';
import { BackupReminder } from '../privacy/BackupReminder';
import { requestPersistence } from '../privacy/storage';
import { lazyView } from '../common/lazy';

// Below the groups and loaded on demand (issue 12): the first screen's script is the groups and "Start".
const ExportForSupervision = lazyView('supervision export', () => import('../supervision/ExportForSupervision').then((m) => m.ExportForSupervision));
const ImportFeedback = lazyView('feedback import', () => import('../itis/ImportFeedback').then((m) => m.ImportFeedback));

/** Start page: the running session (if any), the groups, and demo data for a first look. */
export function Home() {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const groups = app.groups.value;
  const running = app.running.value[0];
  const [status, setStatus] = useState('');
  // Each group's last session date as far as known; `settled` lists the groups known to have none.
  const [latest, setLatest] = useState<{ dates: ReadonlyMap<string, string>; settled: ReadonlySet<string> | 'all' } | null>(() => {
    // Read with the start-up data when there are more groups than Home lists, so the first frame has them.
    const early = app.recentDates.peek();
    return early && { dates: early.dates, settled: early.complete ? 'all' : new Set() };
  });
  const [showAll, setShowAll] = useState(false);
  const runningGroupId = running?.groupId;
  // The start-up walk stands in for this page's first one, so opening the panel walks once.
  const startupWalk = useRef(app.recentDates.peek());

  // Ask once that the browser keep the records under storage pressure; the answer is logged and shown in Settings.
  useEffect(() => void requestPersistence(), []);

  useEffect(() => {
    let live = true;
    const ids = groups.map((g) => g.id);
    // A short walk of the newest sessions finds the groups run most recently; every group only on request.
    const enough = showAll ? ids.length : Math.min(ids.length, HOME_GROUP_LIMIT);
    (async () => {
      const early = startupWalk.current;
      startupWalk.current = null;
      const { dates, complete } =
        early && !showAll ? { dates: new Map(early.dates), complete: early.complete } : await app.repo.latestEndedDates(ids, showAll ? { maxScan: Infinity } : { enough });
      if (!live) return;
      if (complete) return setLatest({ dates, settled: 'all' });
      setLatest({ dates, settled: new Set() });
      // A listed group the walk did not reach (the running one, or one not run lately): read it alone.
      const missing = groupsForHome(groups, dates, runningGroupId, { showAll }).shown.filter((g) => !dates.has(g.id));
      const settled = new Set<string>();
      for (const g of missing) {
        const date = await app.repo.latestEndedDate(g.id);
        if (date) dates.set(g.id, date);
        else settled.add(g.id);
      }
      if (live && missing.length > 0) setLatest({ dates: new Map(dates), settled });
    })().catch(app.report);
    return () => {
      live = false;
    };
  }, [groups, app, showAll, runningGroupId]);

  async function loadDemo() {
    const { modules, templates, prompts } = app.curriculum.value;
    const module = modules[0];
    const template = templates.find((tp) => tp.id === 'group-90') ?? templates[0];
    if (!module || !template) return;
    try {
      // Loaded on the click: the first screen's script carries no demo data (issue 12).
      const { createDemoData } = await import('../../lib/demo');
      const data = createDemoData({ now: app.now(), locale, practitioner: app.settings.value.practitioner, module, template, prompts });
      await app.repo.writeBatch(data);
      setStatus(t('home.demoLoaded', { name: data.groups[0]?.name ?? '' }));
    } catch (e) {
      app.report(e);
    }
  }

  /** Demo data goes in one action: the demo group with its participants and sessions (issue 9). */
  async function removeDemo() {
    try {
      await app.repo.deleteGroup('demo-group');
      setStatus(t('home.demoRemoved'));
    } catch (e) {
      app.report(e);
    }
  }

  async function startWithDefaults(groupId: string) {
    try {
      const choice = await defaultChoice(app, groupId);
      if (choice) await startSession(app, groupId, choice);
    } catch (e) {
      app.report(e);
    }
  }

  const runningGroup = running && groups.find((g) => g.id === running.groupId);
  const listed = groupsForHome(groups, latest?.dates ?? null, runningGroupId, { showAll });
  const lastLine = (groupId: string) => {
    const date = latest?.dates.get(groupId);
    if (date) return t('home.lastSession', { date });
    if (latest && (latest.settled === 'all' || latest.settled.has(groupId))) return t('home.noSessions');
    return '\u00a0';
  };
  const runningModule = running && app.curriculum.value.modules.find((m) => m.id === running.moduleId);

  return (
    <section aria-labelledby="home-title" class="stack">
      <h2 id="home-title">{t('home.title')}</h2>
      {running && (
        <div class="notice warn row">
          <span>{t('home.running', { group: runningGroup?.name ?? '', module: runningModule ? pick(runningModule.title, locale) : '' })}</span>
          <button type="button" class="primary" onClick={() => app.navigate({ name: 'run', sessionId: running.id })}>
            {t('home.resume')}
          </button>
        </div>
      )}
      <BackupReminder />
      {groups.length === 0 && <p>{t('home.empty')}</p>}
      <ul class="plain stack" id="home-groups" aria-busy={!listed.ready}>
        {listed.shown.map((g) => {
          return (
            <li key={g.id} class="card">
              <h3>{g.name}</h3>
              <p class="muted">{lastLine(g.id)}</p>
              <div class="row">
                <button
                  type="button"
                  class="primary"
                  disabled={!!running}
                  onClick={() => void startWithDefaults(g.id)}
                >
                  {t('plan.start')}
                  <span class="visually-hidden"> {t('plan.startFor', { group: g.name })}</span>
                </button>
                <button type="button" onClick={() => app.navigate({ name: 'plan', groupId: g.id })}>
                  {t('plan.customise')}
                  <span class="visually-hidden"> ({g.name})</span>
                </button>
                <button type="button" onClick={() => app.navigate({ name: 'group', groupId: g.id })}>
                  {t('home.openGroup')}
                  <span class="visually-hidden"> ({g.name})</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {(listed.more > 0 || showAll) && (
        <button type="button" aria-controls="home-groups" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? t('home.showRecent') : t('home.showAll', { count: groups.length })}
        </button>
      )}
      <div class="row">
        <button type="button" onClick={() => app.navigate({ name: 'groups' })}>
          {t('home.newGroup')}
        </button>
        {!groups.some((g) => g.id === 'demo-group') && (
          <button type="button" onClick={() => void loadDemo()}>
            {t('home.loadDemo')}
          </button>
        )}
        {groups.some((g) => g.id === 'demo-group') && !app.running.value.some((s) => s.groupId === 'demo-group') && (
          <button type="button" onClick={() => void removeDemo()}>
            {t('home.removeDemo')}
          </button>
        )}
      </div>
      <p role="status" class="muted">
        {status}
      </p>
      {groups.length > 0 && <ExportForSupervision />}
      {groups.length > 0 && <ImportFeedback />}
      <p class="muted">{t('app.privacy')}</p>
    </section>
  );
}
