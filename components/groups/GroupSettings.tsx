/**
 * A group's settings: the fields the create form and the settings form share, and the folded
 * settings form of one group, which saves each choice at once and each text field on blur.
 */
import { useId, useState } from 'preact/hooks';
import { useApp, useT } from '../state/app-store';
import type { Group } from '../../lib/model';
import { ENROLMENT_LABEL, FORMAT_LABEL } from './labels';
import { useDraft, useLatest } from './hooks';
import {
  draftOf,
  lengthChange,
  MAX_MINUTES,
  MIN_MINUTES,
  PRESET_LENGTHS,
  readGroupDraft,
  sameSettings,
  type GroupDraft,
  type GroupErrors,
} from './group-draft';
import { SHORT_TEXT_MAX } from '../../lib/limits';

interface GroupFieldsProps {
  draft: GroupDraft;
  errors: GroupErrors;
  /** commit: save now (choices); text fields commit on blur instead, so typing never triggers a write. */
  onChange: (patch: Partial<GroupDraft>, commit: boolean) => void;
  onCommit: () => void;
}

export function GroupFields({ draft, errors, onChange, onCommit }: GroupFieldsProps) {
  const t = useT();
  const id = useId();
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  return (
    <>
      <label class="field">
        {t('groups.name')}
        <input
          type="text"
          autocomplete="off"
          required
          maxLength={SHORT_TEXT_MAX}
          value={draft.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
          onInput={(e) => onChange({ name: value(e) }, false)}
          onBlur={onCommit}
        />
      </label>
      {errors.name && (
        <p id={`${id}-name-error`} class="notice error">
          {t('groups.nameRequired')}
        </p>
      )}
      <fieldset class="groups-choices">
        <legend>{t('groups.format')}</legend>
        {(['group', 'individual'] as const).map((f) => (
          <label key={f} class="check">
            <input type="radio" name={`${id}-format`} value={f} checked={draft.format === f} onChange={() => onChange({ format: f }, true)} />
            {t(FORMAT_LABEL[f])}
          </label>
        ))}
      </fieldset>
      <fieldset class="groups-choices" aria-describedby={`${id}-enrolment-hint`}>
        <legend>{t('groups.enrolment')}</legend>
        {(['closed', 'rolling'] as const).map((en) => (
          <label key={en} class="check">
            <input type="radio" name={`${id}-enrolment`} value={en} checked={draft.enrolment === en} onChange={() => onChange({ enrolment: en }, true)} />
            {t(ENROLMENT_LABEL[en])}
          </label>
        ))}
        <p id={`${id}-enrolment-hint`} class="muted groups-hint">
          {t('groups.enrolmentHint')}
        </p>
      </fieldset>
      <div class="row groups-length">
        <label class="field">
          {t('groups.length')}
          <select
            value={draft.length}
            onChange={(e) => {
              const length = value(e);
              onChange(lengthChange(draft, length), length !== 'custom');
            }}
          >
            {PRESET_LENGTHS.map((m) => (
              <option key={m} value={String(m)}>
                {t('common.minutes', { n: m })}
              </option>
            ))}
            <option value="custom">{t('groups.length.custom')}</option>
          </select>
        </label>
        {draft.length === 'custom' && (
          <label class="field">
            {t('groups.customMinutes')}
            <input
              type="number"
              inputMode="numeric"
              min={MIN_MINUTES}
              max={MAX_MINUTES}
              step={5}
              value={draft.customMinutes}
              aria-invalid={errors.length ? true : undefined}
              aria-describedby={errors.length ? `${id}-length-error` : undefined}
              onInput={(e) => onChange({ customMinutes: value(e) }, false)}
              onBlur={onCommit}
            />
          </label>
        )}
      </div>
      {errors.length && (
        <p id={`${id}-length-error`} class="notice error">
          {t('groups.lengthInvalid')}
        </p>
      )}
      <label class="field">
        {t('groups.facilitators')}
        <input
          type="text"
          autocomplete="off"
          maxLength={SHORT_TEXT_MAX}
          value={draft.facilitators}
          aria-describedby={`${id}-facilitators-hint`}
          onInput={(e) => onChange({ facilitators: value(e) }, false)}
          onBlur={onCommit}
        />
      </label>
      <span id={`${id}-facilitators-hint`} class="muted groups-hint">
        {t('groups.facilitatorsHint')}
      </span>
    </>
  );
}

/** The settings of an existing group, folded away under its name and description. */
export function GroupSettings({ group }: { group: Group }) {
  const app = useApp();
  const t = useT();
  const [errors, setErrors] = useState<GroupErrors>({});
  const [status, setStatus] = useState('');
  const stored = useLatest(group);

  async function save(d: GroupDraft) {
    const read = readGroupDraft(d);
    if (!read.ok) {
      setErrors(read.errors);
      setStatus(t('groups.notSaved'));
      return;
    }
    setErrors({});
    const current = stored.current;
    if (sameSettings(current, read.value)) return;
    try {
      await app.repo.putGroup({ ...current, ...read.value, updatedAt: app.now() });
      setStatus(t('common.saved'));
    } catch (e) {
      app.report(e);
    }
  }

  const { draft, change, commit } = useDraft(() => draftOf(group), save);

  return (
    <details class="card groups-settings">
      <summary>{t('groups.settings')}</summary>
      <div class="stack">
        <GroupFields draft={draft} errors={errors} onChange={change} onCommit={commit} />
        <p role="status" aria-live="polite" class="muted">
          {status}
        </p>
      </div>
    </details>
  );
}
