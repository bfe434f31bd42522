/**
 * Read-only browser of the IMR curriculum: practitioners prepare a module, or look something up
 * mid-session, without starting or recording anything. It shows the curriculum as adapted by the
 * programme, so session counts here match what the planner and runner use.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useApp, useT, type AppStore } from '../state/app-store';
import { getModule, MODULES } from '../../lib/curriculum';
import { isProductAuthored } from '../../lib/curriculum/authorship';
import type { Module, TeachingMoveKind, TeachingStrategy } from '../../lib/curriculum/types';
import { pick, type Locale, type MessageKey, type Translate } from '../../lib/i18n';
import './modules.css';

const STRATEGY_LABEL = {
  educational: 'modules.strategy.educational',
  motivational: 'modules.strategy.motivational',
  'cognitive-behavioural': 'modules.strategy.cognitive-behavioural',
} as const satisfies Record<TeachingStrategy, MessageKey>;

const MOVE_LABEL = {
  explain: 'modules.move.explain',
  'check-understanding': 'modules.move.check-understanding',
  'review-handout': 'modules.move.review-handout',
  'elicit-experience': 'modules.move.elicit-experience',
  'connect-to-goals': 'modules.move.connect-to-goals',
  'explore-pros-cons': 'modules.move.explore-pros-cons',
  reinforcement: 'modules.move.reinforcement',
  shaping: 'modules.move.shaping',
  modelling: 'modules.move.modelling',
  'role-play': 'modules.move.role-play',
  'cognitive-restructuring': 'modules.move.cognitive-restructuring',
  relaxation: 'modules.move.relaxation',
  'behavioural-tailoring': 'modules.move.behavioural-tailoring',
  'problem-solving': 'modules.move.problem-solving',
} as const satisfies Record<TeachingMoveKind, MessageKey>;

/**
 * Which module the practitioner just left, so the list can return focus to its button. Keyed by
 * store rather than held in a plain variable so two stores (tests, review page) never share it.
 */
const lastOpened = new WeakMap<AppStore, string>();

function sessionCount(t: Translate, n: number): string {
  return n === 1 ? t('modules.sessionCount.one') : t('modules.sessionCount.other', { n });
}

type CountStatus = 'adapted' | 'unverified' | 'verified';

/** An adapted count is the programme's own choice, so the "unverified default" warning no longer applies. */
function countStatus(module: Module): CountStatus {
  const builtIn = getModule(module.id, MODULES);
  if (builtIn && builtIn.sessions.length !== module.sessions.length) return 'adapted';
  return module.defaultSessionCountVerified ? 'verified' : 'unverified';
}

/** Session count with its status spelled out in words, not only marked. */
function SessionCount({ module, id }: { module: Module; id?: string }) {
  const t = useT();
  const status = countStatus(module);
  return (
    <span class="module-count" id={id}>
      {sessionCount(t, module.sessions.length)}
      {status === 'unverified' && (
        <>
          {' '}
          <span class="badge badge-unverified">
            <span aria-hidden="true">* </span>
            {t('modules.unverified')}
          </span>
        </>
      )}
      {status === 'adapted' && (
        <>
          {' '}
          <span class="badge">{t('modules.adapted')}</span>
        </>
      )}
    </span>
  );
}

function UnverifiedNote({ id }: { id: string }) {
  const t = useT();
  return (
    <p id={id} class="muted module-note">
      <span aria-hidden="true">* </span>
      {t('modules.unverifiedNote')}
    </p>
  );
}

/** The list of all modules. */
export function ModulesView() {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const modules = app.curriculum.value.modules;
  const listRef = useRef<HTMLOListElement>(null);

  // Coming back from a module, keyboard users land on the button they used rather than at the top.
  useEffect(() => {
    const id = lastOpened.get(app);
    if (!id) return;
    lastOpened.delete(app);
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-module-id]') ?? [];
    [...buttons].find((b) => b.dataset.moduleId === id)?.focus();
  }, [app]);

  const anyUnverified = modules.some((m) => countStatus(m) === 'unverified');

  return (
    <section aria-labelledby="modules-title" class="stack modules">
      <h2 id="modules-title">{t('modules.title')}</h2>
      <p class="muted">{t('modules.intro')}</p>
      <ol class="plain module-list" ref={listRef}>
        {modules.map((m) => (
          <li key={m.id} class="card module-item">
            <button
              type="button"
              class="module-open"
              data-module-id={m.id}
              aria-describedby={`module-count-${m.id}`}
              onClick={() => app.navigate({ name: 'module', moduleId: m.id })}
            >
              {/* One hidden run of text, so the name reads "Module 7: title" however spans are joined. */}
              <span class="module-number" aria-hidden="true">
                {m.number}
              </span>
              <span class="visually-hidden">{t('modules.moduleNumber', { n: m.number })} </span>
              <span class="module-name">{pick(m.title, locale)}</span>
            </button>
            <SessionCount module={m} id={`module-count-${m.id}`} />
            {isProductAuthored(m) && <span class="badge module-authorship-badge">{t('modules.productAuthoredShort')}</span>}
          </li>
        ))}
      </ol>
      {anyUnverified && <UnverifiedNote id="modules-unverified-note" />}
    </section>
  );
}

/** One module in full: summary, goals, materials and every session's outline. */
export function ModuleView({ moduleId }: { moduleId: string }) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const module = getModule(moduleId, app.curriculum.value.modules);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The whole view changes under the keyboard user; start them (and screen readers) at its title.
  useEffect(() => {
    headingRef.current?.focus();
  }, [moduleId]);

  function back() {
    lastOpened.set(app, moduleId);
    app.navigate({ name: 'modules' });
  }

  const backButton = (
    <button type="button" class="module-back" onClick={back}>
      <span aria-hidden="true">← </span>
      {t('modules.back')}
    </button>
  );

  if (!module) {
    return (
      <section aria-labelledby="module-title" class="stack modules">
        {backButton}
        <h2 id="module-title" tabIndex={-1} ref={headingRef}>
          {t('modules.title')}
        </h2>
        <p class="notice warn">{t('modules.notFound')}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="module-title" class="stack modules">
      {backButton}
      <h2 id="module-title" tabIndex={-1} ref={headingRef}>
        {t('modules.moduleTitle', { n: module.number, title: pick(module.title, locale) })}
      </h2>
      <p>{pick(module.summary, locale)}</p>
      <p class="muted">
        <SessionCount module={module} />
      </p>
      {countStatus(module) === 'unverified' && <UnverifiedNote id="module-unverified-note" />}
      {isProductAuthored(module) && <p class="notice module-authorship">{t('modules.productAuthored')}</p>}

      <h3>{t('modules.goals')}</h3>
      <TextList items={module.goals.map((g) => pick(g, locale))} />

      <h3>{t('modules.handouts')}</h3>
      <HandoutList module={module} ids={module.handouts.map((h) => h.id)} locale={locale} />

      <h3>{t('modules.sessions')}</h3>
      <div class="stack">
        {module.sessions.map((s, i) => (
          // Keyed by module too, so the first session opens again when another module is shown.
          <details key={`${module.id}-${s.number}`} class="card module-session" open={i === 0}>
            <summary>{t('modules.sessionTitle', { n: s.number, title: pick(s.title, locale) })}</summary>
            <SessionOutline module={module} sessionNumber={s.number} showTitle={false} />
          </details>
        ))}
      </div>
      {backButton}
    </section>
  );
}

type HeadingLevel = 2 | 3 | 4 | 5;
type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export interface SessionOutlineProps {
  module: Module;
  sessionNumber: number;
  /** Level of the session title; the parts (topics, moves, home practice) sit one level below. */
  titleLevel?: HeadingLevel;
  /** Off where the title is already shown, e.g. in a <summary>. */
  showTitle?: boolean;
}

/**
 * One session's outline, handouts, teaching moves and home-practice options. Shared with the
 * session runner, which shows today's outline with it; the heading level is a prop so it fits
 * either page's heading order.
 */
export function SessionOutline({ module, sessionNumber, titleLevel = 3, showTitle = true }: SessionOutlineProps) {
  const app = useApp();
  const t = useT();
  const locale = app.locale.value;
  const session = module.sessions.find((s) => s.number === sessionNumber);
  const Title = `h${titleLevel}` as HeadingTag;
  const Part = `h${titleLevel + 1}` as HeadingTag;

  if (!session) {
    return <p class="muted">{t('modules.sessionNotFound', { n: sessionNumber })}</p>;
  }

  return (
    <div class="session-outline">
      {showTitle && <Title>{t('modules.sessionTitle', { n: session.number, title: pick(session.title, locale) })}</Title>}

      <Part>{t('modules.outline')}</Part>
      {session.outline.length ? (
        <ol class="outline-topics">
          {session.outline.map((topic, i) => (
            <li key={i}>{pick(topic, locale)}</li>
          ))}
        </ol>
      ) : (
        <p class="muted">{t('modules.none')}</p>
      )}

      <Part>{t('modules.handoutsUsed')}</Part>
      <HandoutList module={module} ids={session.handoutIds} locale={locale} />

      <Part>{t('modules.teachingMoves')}</Part>
      {session.teachingMoves.length ? (
        // Teaching order is kept (it is the order to run them in); the strategy is a text tag on each.
        <ul class="plain outline-moves">
          {session.teachingMoves.map((move, i) => (
            <li key={i} class={`outline-move strategy-${move.strategy}`}>
              <span class="outline-tags">
                <span class="badge badge-strategy">{t(STRATEGY_LABEL[move.strategy])}</span>
                <span class="outline-kind">{t(MOVE_LABEL[move.kind])}</span>
                <span class="visually-hidden">: </span>
              </span>
              <span>{pick(move.text, locale)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('modules.none')}</p>
      )}

      <Part>{t('modules.homePractice')}</Part>
      {session.homePractice.length ? (
        <ul class="plain outline-practice">
          {session.homePractice.map((option) => (
            <li key={option.id} class={option.withSupporter ? 'with-supporter' : undefined}>
              {option.withSupporter && (
                <>
                  <span class="badge badge-supporter">{t('modules.withSupporter')}</span>
                  <span class="visually-hidden">: </span>
                </>
              )}
              <span>{pick(option.text, locale)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('modules.none')}</p>
      )}
    </div>
  );
}

function TextList({ items }: { items: string[] }) {
  const t = useT();
  if (!items.length) return <p class="muted">{t('modules.none')}</p>;
  return (
    <ul>
      {items.map((text, i) => (
        <li key={i}>{text}</li>
      ))}
    </ul>
  );
}

function HandoutList({ module, ids, locale }: { module: Module; ids: string[]; locale: Locale }) {
  const t = useT();
  if (!ids.length) return <p class="muted">{t('modules.none')}</p>;
  return (
    <ul class="outline-handouts">
      {ids.map((id) => {
        const handout = module.handouts.find((h) => h.id === id);
        // An unknown id is a content slip (validate.ts catches it); showing the id beats hiding the gap.
        if (!handout) return <li key={id}>{id}</li>;
        return (
          <li key={id}>
            {pick(handout.title, locale)}{' '}
            <span class="muted">
              ({t(handout.kind === 'worksheet' ? 'modules.handoutKind.worksheet' : 'modules.handoutKind.handout')})
            </span>
          </li>
        );
      })}
    </ul>
  );
}
