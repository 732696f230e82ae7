import { planStartKey } from './settings-keys';

/**
 * Week pages and print views show a plan's dates as the reader set them on the plan page. Most
 * readers set none: this only looks for a stored start day, and loads what re-dates the page
 * (./apply-reader-dates.ts) when there is one.
 */
const storedStart = (plan: string) => {
  try {
    return localStorage.getItem(planStartKey(plan));
  } catch {
    return null;
  }
};

const dated = [...document.querySelectorAll<HTMLScriptElement>('[data-reader-dates]')].filter(
  (data) => storedStart(data.dataset.readerDates ?? ''),
);
if (dated.length > 0)
  void import('./apply-reader-dates').then(({ applyReaderDates }) => applyReaderDates(dated));
