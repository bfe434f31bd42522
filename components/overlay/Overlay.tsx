import { useEffect, useState } from 'preact/hooks';
import { cuePhase, deriveClock, formatDuration } from '../../lib/session/clock';
import { translator } from '../../lib/i18n';
import type { OverlaySnapshot } from '../../lib/messaging/contract';
import type { ClockEvent, PlannedStep } from '../../lib/model';
import type { OverlayConnection } from './connection';
import { OVERLAY_CSS } from './overlay-css';

/** A small floating card on the call page: current step, time left, pause and next. */
export function Overlay({ connection }: { connection: OverlayConnection }) {
  const [snap, setSnap] = useState<(OverlaySnapshot & { skew: number }) | null>(null);
  const [now, setNow] = useState(Date.now());
  const [collapsed, setCollapsed] = useState(false);

  useEffect(() => {
    const load = () =>
      connection
        .snapshot()
        .then((s) => setSnap({ ...s, skew: s.now - Date.now() }))
        .catch(() => setSnap(null));
    void load();
    const off = connection.onChange(() => void load());
    const tick = setInterval(() => setNow(Date.now()), 500);
    return () => {
      off();
      clearInterval(tick);
    };
  }, [connection]);

  if (!snap?.running) return null;
  const t = translator(snap.locale);
  const clock = deriveClock(snap.plan as PlannedStep[], snap.events as ClockEvent[], now + snap.skew);
  const current = clock.current;
  const phase = cuePhase(current, snap.warnSeconds);
  return (
    <div class={`imr-overlay phase-${phase}`} role="region" aria-label={t('app.title')}>
      <style>{OVERLAY_CSS}</style>
      <button type="button" class="toggle" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)}>
        {formatDuration(current?.remainingSec ?? 0)}
      </button>
      {!collapsed && (
        <div class="body">
          <p class="step">{t('run.step', { n: snap.stepNumber, total: snap.stepCount, title: snap.stepTitle })}</p>
          <div class="row">
            <button type="button" onClick={() => void connection.command('toggle-pause')}>
              {clock.status === 'paused' ? t('run.resume') : t('run.pause')}
            </button>
            <button type="button" onClick={() => void connection.command('next-step')}>
              {t('run.next')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
