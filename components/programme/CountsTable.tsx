/**
 * Sessions per module: one row per module with the built-in count, whether that default is
 * verified, and the programme's own count.
 */
import { useApp, useT } from '../state/app-store';
import { MODULES } from '../../lib/curriculum';
import { MAX_SESSIONS_PER_MODULE, MIN_SESSIONS_PER_MODULE } from '../../lib/curriculum/adaptation';
import { pick } from '../../lib/i18n';
import { countId, errorId } from './draft';
import type { FieldProblem } from './problems';
import { FieldError } from './feedback';

interface CountsTableProps {
  /** Input text per module id. */
  counts: Record<string, string>;
  problemFor: (id: string) => FieldProblem | undefined;
  onChange: (moduleId: string, value: string) => void;
  onBlur: (id: string) => void;
}

export function CountsTable({ counts, problemFor, onChange, onBlur }: CountsTableProps) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const anyUnverified = MODULES.some((m) => !m.defaultSessionCountVerified);

  return (
    <>
      <h4 id="programme-counts-title">{t('programme.counts.title')}</h4>
      <p class="muted programme-hint">
        {t('programme.counts.hint', { min: MIN_SESSIONS_PER_MODULE, max: MAX_SESSIONS_PER_MODULE })}
      </p>
      <table class="programme-counts" aria-labelledby="programme-counts-title">
        <thead>
          <tr>
            <th scope="col" class="programme-num">
              {t('programme.counts.number')}
            </th>
            <th scope="col">{t('programme.counts.module')}</th>
            <th scope="col">{t('programme.counts.builtIn')}</th>
            <th scope="col">{t('programme.counts.yours')}</th>
          </tr>
        </thead>
        <tbody>
          {MODULES.map((m) => {
            const id = countId(m.id);
            const problem = problemFor(id);
            return (
              <tr key={m.id}>
                <td class="programme-num">{m.number}</td>
                <th scope="row" class="programme-module">
                  {pick(m.title, locale)}
                </th>
                <td class="programme-builtin-count">
                  {m.sessions.length}
                  {!m.defaultSessionCountVerified && (
                    <span class="programme-unverified">
                      <span aria-hidden="true">* </span>
                      {t('programme.unverified')}
                    </span>
                  )}
                </td>
                <td>
                  <label class="visually-hidden" for={id}>
                    {t('programme.counts.label', { n: m.number, title: pick(m.title, locale) })}
                  </label>
                  <input
                    id={id}
                    class="programme-count-input"
                    type="number"
                    inputMode="numeric"
                    min={MIN_SESSIONS_PER_MODULE}
                    max={MAX_SESSIONS_PER_MODULE}
                    step={1}
                    value={counts[m.id] ?? ''}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? errorId(id) : undefined}
                    onInput={(e) => onChange(m.id, e.currentTarget.value)}
                    onBlur={() => onBlur(id)}
                  />
                  {problem && <FieldError id={id} message={problem.message} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {anyUnverified && (
        <p class="muted programme-hint">
          <span aria-hidden="true">* </span>
          {t('programme.unverifiedNote')}
        </p>
      )}
    </>
  );
}
