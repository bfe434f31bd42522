/**
 * Making the draft note ready for the record (issue 9): how the session was held (the note's
 * modality line), and a flag on every free-text field that holds what looks like a person's
 * name, checked by the same rule as participant codes (lib/participants.ts), before it is copied.
 */
import { useApp, useT } from '../state/app-store';
import { namesIn } from '../../lib/participants';
import { formatList } from '../../lib/i18n/numbers';
import type { Modality, Participant, Session } from '../../lib/model';

const MODALITIES: Modality[] = ['in-person', 'video', 'phone'];

export function ModalityChoice({ session }: { session: Session }) {
  const app = useApp();
  const t = useT();
  return (
    <label class="field">
      {t('summary.modality')}
      <select
        value={session.modality ?? ''}
        onChange={(e) => {
          const value = ((e.target as HTMLSelectElement).value || undefined) as Modality | undefined;
          void app.repo
            .updateSession(session.id, (s) => {
              const { modality: _old, ...rest } = s;
              return value ? { ...rest, modality: value } : rest;
            })
            .catch(app.report);
        }}
      >
        <option value="">{t('summary.modality.unset')}</option>
        {MODALITIES.map((m) => (
          <option key={m} value={m}>
            {t(`summary.modality.${m}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Each free-text field of the session that holds what looks like a full name, with the names. */
export function NameFlags({ session, participants }: { session: Session; participants: readonly Participant[] }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const code = (id: string) => participants.find((p) => p.id === id)?.code ?? id;
  const fields: { label: string; text: string }[] = [{ label: t('run.notes'), text: session.notes }];
  for (const [id, entry] of Object.entries(session.participants)) {
    fields.push({ label: t('run.participantNote', { code: code(id) }), text: entry.note });
    fields.push({ label: t('run.nextPracticeFor', { code: code(id) }), text: entry.nextHomePractice });
    fields.push({ label: t('run.responseFor', { code: code(id) }), text: entry.response ?? '' });
  }
  for (const record of Object.values(session.prompts)) fields.push({ label: t('run.promptNote'), text: record.note });
  const flagged = fields.map((f) => ({ ...f, names: namesIn(f.text) })).filter((f) => f.names.length > 0);
  if (flagged.length === 0) return null;
  return (
    <div role="alert" class="notice warn stack">
      <p>{t('summary.namesFound')}</p>
      <ul>
        {flagged.map((f, i) => (
          <li key={i}>{t('summary.nameIn', { field: f.label, names: formatList(f.names.map((n) => `“${n}”`), locale) })}</li>
        ))}
      </ul>
    </div>
  );
}
