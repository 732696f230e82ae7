import type { CheckSpec } from './check';
import type { RunnerControls } from './runner-actions';
import { savedQueryNotice, type SavedQuery } from './saved-query';

/**
 * SQL runners on a page (exercises and runnable examples). Only this loads with the page: the
 * reader's saved query comes back into the textarea and the buttons are ready. What the buttons
 * do (runner-actions.ts), the highlighting editor and PostgreSQL load on the first touch of a
 * runner, so a page with runners weighs little more than one without until the reader uses one.
 */

export interface ExerciseCheck {
  exercise: string;
  solution: string;
  verify?: string;
  compare: CheckSpec['compare'];
  solvedKey: string;
  /** Changes when what the answer is checked against changes (see exercise-version.ts). */
  version: string;
  title: string;
  url: string;
}

/** One runner's elements and state, shared with runner-actions.ts once it has loaded. */
export interface RunnerPage {
  root: HTMLElement;
  textarea: HTMLTextAreaElement;
  check: ExerciseCheck | undefined;
  busy: boolean;
  setBusy: (on: boolean) => void;
  say: (text: string, tone?: 'info' | 'pass' | 'fail') => void;
  /** Keeps `sql` as the reader's query for this exercise (nothing for an example). */
  save: (sql: string) => void;
}

const ACTIONS = ['run', 'check', 'reset', 'stop', 'later'] as const;

function setUp(root: HTMLElement) {
  const textarea = root.querySelector<HTMLTextAreaElement>('[data-editor]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const buttons = ACTIONS.map((action) =>
    root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`),
  );
  const check = root.dataset.check ? (JSON.parse(root.dataset.check) as ExerciseCheck) : undefined;
  const dataset = root.dataset.dataset!;
  const savedKey = check ? `atlas:practice:query:${check.exercise}` : undefined;

  const page: RunnerPage = {
    root,
    textarea,
    check,
    busy: false,
    setBusy(on) {
      page.busy = on;
      buttons.forEach((b, i) => {
        if (b) b.disabled = ACTIONS[i] === 'stop' ? !on : on;
      });
      root.setAttribute('aria-busy', String(on));
    },
    say(text, tone = 'info') {
      status.textContent = text;
      status.dataset.tone = tone;
    },
    save(sql) {
      if (!savedKey || !check) return;
      try {
        const saved: SavedQuery = { sql, dataset, version: check.version };
        localStorage.setItem(savedKey, JSON.stringify(saved));
      } catch {
        // Storage blocked: the query lives only in the page.
      }
    },
  };

  // The reader's last query for this exercise comes back after a reload, even when the exercise
  // has changed since: then it is kept and the reader is told.
  if (savedKey && check) {
    try {
      const saved = JSON.parse(localStorage.getItem(savedKey) ?? 'null') as SavedQuery | null;
      if (saved?.sql) {
        textarea.value = saved.sql;
        const notice = savedQueryNotice(saved, { dataset, version: check.version });
        if (notice) page.say(notice);
      }
    } catch {
      // An unreadable saved query is ignored; the starter text stays.
    }
    textarea.addEventListener('input', () => page.save(textarea.value));
  }

  let controls: Promise<RunnerControls> | undefined;
  const load = () =>
    (controls ??= import('./runner-actions').then(
      ({ attach }) => attach(page),
      (error: unknown) => {
        controls = undefined;
        throw error;
      },
    ));

  // The first touch of the runner (focus, click or key) loads the rest, so it is usually there
  // by the time the reader presses Run.
  const touched = () => {
    for (const type of ['focusin', 'pointerdown', 'keydown'] as const)
      root.removeEventListener(type, touched, true);
    load().catch(() => {});
  };
  for (const type of ['focusin', 'pointerdown', 'keydown'] as const)
    root.addEventListener(type, touched, true);

  /** Does `action` once the rest has loaded; busy until then, so a second press waits too. */
  const act = (action: (typeof ACTIONS)[number]) => {
    // Stop ends what is running, which only the loaded part can have started.
    if (action === 'stop') return void controls?.then((loaded) => loaded.act('stop'));
    if (page.busy) return;
    page.setBusy(true);
    load().then(
      (loaded) => {
        page.setBusy(false);
        loaded.act(action);
      },
      () => {
        page.setBusy(false);
        page.say(
          'The SQL runner could not load (are you offline without a saved copy?). Your query is kept; try again.',
          'fail',
        );
      },
    );
  };
  buttons.forEach((b, i) => b?.addEventListener('click', () => act(ACTIONS[i])));
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      act('run');
    }
  });

  page.setBusy(false);
}

/** Sets up every runner under `scope` that is not set up yet (examples.ts adds some later). */
export function setUpRunners(scope: ParentNode = document) {
  for (const root of scope.querySelectorAll<HTMLElement>('[data-sql-runner]:not([data-ready])')) {
    root.dataset.ready = '';
    setUp(root);
  }
}

setUpRunners();
