/**
 * "Where am I, and what is next" for a plan a reader follows: the first week that still has
 * unticked objectives or project tasks, how much of the plan is done, and the next few items.
 */

interface PlanItem {
  key: string;
  text: string;
  /** The page where the item can be ticked. */
  url: string;
}

interface PlanWeekItems {
  number: number;
  title: string;
  /** How the step is named where it is not a week ("Phase 1: Foundation"); else "Week n: title". */
  label?: string | undefined;
  url: string;
  /** The week's objectives, then the tasks of its projects. */
  items: PlanItem[];
}

export interface PlanProgressData {
  id: string;
  title: string;
  url: string;
  weeks: PlanWeekItems[];
}

interface PlanPosition {
  done: number;
  total: number;
  /** The first week with something left to tick; undefined when every item is ticked. */
  current?: {
    number: number;
    title: string;
    label?: string | undefined;
    url: string;
    left: number;
  };
  next: PlanItem[];
}

/** Where the reader is in a plan, from what they have ticked. */
export function planPosition(
  plan: PlanProgressData,
  ticked: Readonly<Record<string, unknown>>,
  howMany = 3,
): PlanPosition {
  // A project can belong to two weeks; count each item once.
  const unique = new Map(plan.weeks.flatMap((w) => w.items.map((i) => [i.key, i] as const)));
  const done = [...unique.keys()].filter((k) => k in ticked).length;
  const week = plan.weeks.find((w) => w.items.some((i) => !(i.key in ticked)));
  if (!week) return { done, total: unique.size, next: [] };
  const left = week.items.filter((i) => !(i.key in ticked));
  return {
    done,
    total: unique.size,
    current: {
      number: week.number,
      title: week.title,
      ...(week.label ? { label: week.label } : {}),
      url: week.url,
      left: left.length,
    },
    next: left.slice(0, howMany),
  };
}
