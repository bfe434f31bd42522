/**
 * The group view and the practitioner view: for one chosen group or practitioner, what the
 * selected sessions add up to (length, attendance, key prompts missed, modules), and for a
 * practitioner the elements the evidence says are missed most (lib/fidelity/weak-elements.ts),
 * each with how often it was done in their sessions. Each view works on the sessions already
 * selected by the page's filters, so it costs one pass over them per choice.
 */
import { useMemo, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import { formatIsoDate, pick } from '../../lib/i18n';
import { formatMean, formatNumber } from '../../lib/i18n/numbers';
import { message, renderMessage } from '../../lib/i18n/render';
import type { Module, Prompt } from '../../lib/curriculum/types';
import { ITIS_ITEMS, fidelityItem } from '../../lib/fidelity/instruments';
import { roleIn, summariseSessions, type SessionsSummary } from '../../lib/fidelity/views';
import { weakElementCoverage } from '../../lib/fidelity/weak-elements';
import type { Group, Participant, Session } from '../../lib/model';

interface Common {
  /** Sessions that count in the estimates, as the filters select them. */
  selected: readonly Session[];
  /** Sessions the filters select that are excluded. */
  excluded: readonly Session[];
  prompts: readonly Prompt[];
  modules: readonly Module[];
}

function Summary({ summary, excluded, modules }: { summary: SessionsSummary; excluded: number; modules: readonly Module[] }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const n = (v: number) => formatNumber(v, locale);
  const hours = (sec: number) => formatNumber(Math.round(sec / 360) / 10, locale);
  const moduleName = (id: string) => {
    const m = modules.find((x) => x.id === id);
    return m ? `${m.number}. ${pick(m.title, locale)}` : id;
  };
  return (
    <dl class="review-summary">
      <dt>{t('views.sum.sessions')}</dt>
      <dd>{n(summary.sessions)}</dd>
      <dt>{t('views.sum.excluded')}</dt>
      <dd>{n(excluded)}</dd>
      <dt>{t('views.sum.time')}</dt>
      <dd>{t('views.sum.timeValue', { actual: hours(summary.actualSec), planned: hours(summary.plannedSec) })}</dd>
      <dt>{t('views.sum.lengths')}</dt>
      <dd class={summary.lengths.short + summary.lengths.aborted + summary.lengths['not-timed'] > 0 ? 'review-flag' : undefined}>
        {t('views.sum.lengthsValue', { short: n(summary.lengths.short), aborted: n(summary.lengths.aborted), notTimed: n(summary.lengths['not-timed']) })}
      </dd>
      <dt>{t('views.sum.meanPresent')}</dt>
      <dd>{summary.meanPresent === null ? t('views.sum.none') : n(summary.meanPresent)}</dd>
      <dt>{t('views.sum.unrecorded')}</dt>
      <dd>{n(summary.unrecorded)}</dd>
      <dt>{t('views.sum.missedKey')}</dt>
      <dd>{n(summary.withMissedKey)}</dd>
      <dt>{t('views.sum.prompts')}</dt>
      <dd>{t('review.promptsDone', { done: n(summary.promptsDone), offered: n(summary.promptsOffered) })}</dd>
      <dt>{t('views.sum.modules')}</dt>
      <dd>{summary.modules.length === 0 ? t('views.sum.none') : summary.modules.map(moduleName).join(' · ')}</dd>
      <dt>{t('views.sum.latest')}</dt>
      <dd>{summary.latest === null ? t('views.sum.none') : formatIsoDate(summary.latest, locale)}</dd>
    </dl>
  );
}

export function GroupView({ groups, participants, selected, excluded, prompts, modules, initial }: Common & { groups: readonly Group[]; participants: readonly Participant[]; initial: string | null }) {
  const t = useT();
  const [chosen, setChosen] = useState<string | null>(null);
  const groupId = chosen ?? initial ?? groups[0]?.id ?? null;
  const group = groups.find((g) => g.id === groupId) ?? null;
  const summary = useMemo(() => summariseSessions(selected.filter((s) => s.groupId === groupId), prompts), [selected, groupId, prompts]);
  const excludedHere = useMemo(() => excluded.filter((s) => s.groupId === groupId).length, [excluded, groupId]);
  const active = useMemo(() => participants.filter((p) => p.groupId === groupId && p.status === 'active').length, [participants, groupId]);
  if (groups.length === 0) return <p>{t('views.group.none')}</p>;
  return (
    <div class="stack">
      <label class="field review-view-choice">
        <span>{t('views.group.choose')}</span>
        <select value={groupId ?? ''} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      {group && (
        <dl class="review-summary">
          <dt>{t('views.group.facilitators')}</dt>
          <dd>{group.facilitators.filter((f) => f !== '').join(' · ') || t('views.sum.none')}</dd>
          <dt>{t('views.group.participants')}</dt>
          <dd>{active}</dd>
        </dl>
      )}
      <Summary summary={summary} excluded={excludedHere} modules={modules} />
    </div>
  );
}

export function PractitionerView({
  practitioners,
  practitionerLabel,
  facilitators,
  groupLabel,
  selected,
  excluded,
  prompts,
  modules,
  initial,
}: Common & {
  practitioners: readonly string[];
  practitionerLabel: (p: string) => string;
  facilitators: ReadonlyMap<string, ReadonlySet<string>>;
  groupLabel: (id: string) => string;
  initial: string | null;
}) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const [chosen, setChosen] = useState<string | null>(null);
  const name = chosen ?? initial ?? practitioners[0] ?? null;
  const theirs = useMemo(() => (name === null ? [] : selected.filter((s) => roleIn(s, name, facilitators) !== null)), [selected, name, facilitators]);
  const lead = useMemo(() => theirs.filter((s) => s.practitioner === name).length, [theirs, name]);
  const excludedHere = useMemo(() => (name === null ? 0 : excluded.filter((s) => roleIn(s, name, facilitators) !== null).length), [excluded, name, facilitators]);
  const summary = useMemo(() => summariseSessions(theirs, prompts), [theirs, prompts]);
  const weak = useMemo(() => weakElementCoverage(theirs, prompts), [theirs, prompts]);
  const groups = useMemo(() => [...new Set(theirs.map((s) => s.groupId))].map(groupLabel).sort((a, b) => a.localeCompare(b)), [theirs, groupLabel]);
  if (name === null) return <p>{t('views.prac.none')}</p>;
  const label = practitionerLabel(name);
  return (
    <div class="stack">
      <label class="field review-view-choice">
        <span>{t('views.prac.choose')}</span>
        <select value={`p:${name}`} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value.slice(2))}>
          {practitioners.map((p) => (
            <option key={p} value={`p:${p}`}>
              {practitionerLabel(p)}
            </option>
          ))}
        </select>
      </label>
      <dl class="review-summary">
        <dt>{t('views.prac.sessions')}</dt>
        <dd>{t('views.prac.roles', { lead: formatNumber(lead, locale), co: formatNumber(theirs.length - lead, locale) })}</dd>
        <dt>{t('views.prac.groups')}</dt>
        <dd>{groups.length === 0 ? t('views.sum.none') : groups.join(' · ')}</dd>
      </dl>
      <Summary summary={summary} excluded={excludedHere} modules={modules} />
      <h3>{t('views.weak.heading')}</h3>
      <p>{t('views.weak.intro')}</p>
      <div class="review-scroll" role="region" aria-label={t('views.weak.caption', { name: label })} tabIndex={0}>
        <table class="review-weak">
          <caption>{t('views.weak.caption', { name: label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.weak.element')}</th>
              <th scope="col">{t('views.weak.trialMean')}</th>
              <th scope="col">{t('views.weak.scaleItem')}</th>
              <th scope="col">{t('views.weak.done')}</th>
            </tr>
          </thead>
          <tbody>
            {weak.map((row) => {
              const itis = ITIS_ITEMS.find((i) => i.id === row.element.itisItem);
              const scale = row.element.fidelityItem ? fidelityItem(row.element.fidelityItem) : null;
              return (
                <tr key={row.element.id} class={row.needsAttention ? 'review-attention' : undefined}>
                  <th scope="row">
                    {itis ? pick(itis.title, locale) : row.element.itisItem}
                    {row.element.optional && <span class="muted"> ({t('views.weak.optional')})</span>}
                  </th>
                  <td class="review-num">{t('views.weak.mean', { mean: formatMean(row.element.itisMean, locale) })}</td>
                  <td>{scale ? `${scale.number}. ${pick(scale.title, locale)}` : <span class="muted">{t('views.weak.noScaleItem')}</span>}</td>
                  <td>
                    {row.percent === null ? (
                      <span class="muted">{t('views.weak.notOffered')}</span>
                    ) : (
                      <div class="review-covered">
                        <span class="review-num">
                          {renderMessage(message('views.weak.value', { done: row.done, offered: row.offered, percent: { percent: row.percent } }, row.offered), locale)}
                        </span>
                        <span class="review-bar" aria-hidden="true">
                          <span style={{ width: `${Math.min(100, Math.max(0, row.percent))}%` }} />
                        </span>
                        {row.needsAttention && (
                          <strong class="review-flag">
                            <span aria-hidden="true">⚠ </span>
                            {t('views.weak.attention')}
                          </strong>
                        )}
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
