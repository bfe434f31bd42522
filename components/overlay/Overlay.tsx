import { useEffect, useState } from 'preact/hooks';
import { cuePhase, deriveClock, formatDuration } from '../../lib/session/clock';
import { partialTranslator } from '../../lib/i18n/partial';
import { common } from '../../lib/i18n/messages/common';
import { session } from '../../lib/i18n/messages/session';
import { createLogger } from '../../lib/log';
import type { OverlaySnapshot } from '../../lib/messaging/contract';
import type { ClockEvent, PlannedStep } from '../../lib/model';
import type { OverlayConnection } from './connection';

const log = createLogger('overlay');

/**
 * Runs a handler only for events the browser made from real input (a click, Enter or Space).
 * The shadow root is closed, so page scripts cannot reach the buttons; this is the second line:
 * a synthetic event, however it got here, never pauses or moves the session.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

/** A small floating card on the call page: current step, time left, pause and next. */
export function Overlay({ connection }: { connection: OverlayConnection }) {
  const [snap, setSnap] = useState<(OverlaySnapshot & { skew: number }) | null>(null);
  const [now, setNow] = useState(Date.now());
  const [collapsed, setCollapsed] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const load = () =>
      connection
        .snapshot()
        .then((s) => setSnap({ ...s, skew: s.now - Date.now() }))
        .catch((error: unknown) => {
          // Nothing to show without a snapshot (the extension was updated or the worker is
          // starting); the next change notice or reload tries again.
          log.warn('reading the session snapshot', error);
          setSnap(null);
        });
    void load();
    const off = connection.onChange(() => void load());
    const tick = setInterval(() => setNow(Date.now()), 500);
    return () => {
      off();
      clearInterval(tick);
    };
  }, [connection]);

  function send(command: 'next-step' | 'toggle-pause') {
    setFailed(false);
    connection.command(command).catch((error: unknown) => {
      // Refused (too many at once, a full clock log) or the extension is gone: the practitioner
      // must know the session did not follow the click.
      log.warn(`sending ${command}`, error);
      setFailed(true);
    });
  }

  if (!snap?.running) return null;
  // Only the bundles the card needs: it loads into every granted call page.
  const t = partialTranslator([common, session], snap.locale);
  const clock = deriveClock(snap.plan as PlannedStep[], snap.events as ClockEvent[], now + snap.skew);
  const current = clock.current;
  const phase = cuePhase(current, snap.warnSeconds);
  return (
    <div class={`imr-overlay phase-${phase}`} role="region" aria-label={t('app.title')}>
      <button type="button" class="toggle" aria-expanded={!collapsed} onClick={trusted(() => setCollapsed(!collapsed))}>
        {formatDuration(current?.remainingSec ?? 0)}
      </button>
      {!collapsed && (
        <div class="body">
          <p class="step">{t('run.step', { n: snap.stepNumber, total: snap.stepCount, title: snap.stepTitle })}</p>
          <div class="row">
            <button type="button" onClick={trusted(() => send('toggle-pause'))}>
              {clock.status === 'paused' ? t('run.resume') : t('run.pause')}
            </button>
            <button type="button" onClick={trusted(() => send('next-step'))}>
              {t('run.next')}
            </button>
          </div>
          <p role="status" class="failed">
            {failed ? t('overlay.commandFailed') : ''}
          </p>
        </div>
      )}
    </div>
  );
}
