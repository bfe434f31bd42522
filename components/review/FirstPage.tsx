/**
 * What the review page shows while it reads every session: the newest ended sessions, so a
 * supervisor with thousands of sessions sees something useful at once. Estimates and the trend
 * need every session and follow when the full read lands.
 */
import { useApp, useT } from '../state/app-store';
import { SessionsTable } from './SessionsTable';
import type { ReviewData } from './useReviewData';

export function FirstPage({ data }: { data: ReviewData }) {
  const app = useApp();
  const t = useT();
  const names = new Map(data.groups.map((g) => [g.id, g.name]));
  return (
    <section aria-labelledby="review-sessions-heading" class="stack">
      <h2 id="review-sessions-heading">{t('review.sessions')}</h2>
      <p role="status">{t('review.readingAll')}</p>
      <SessionsTable
        sessions={data.sessions}
        prompts={app.curriculum.value.prompts}
        modules={app.curriculum.value.modules}
        groupLabel={(id) => names.get(id) ?? t('review.unknownGroup')}
        practitionerLabel={(p) => (p === '' ? t('review.noPractitioner') : p)}
      />
    </section>
  );
}
