/**
 * Dates a printout: the footer says the day it was printed, so a sheet of ticks kept on a desk
 * shows how current it is. Set when the page loads and again just before printing.
 */
const stamp = () => {
  const today = new Date().toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  for (const el of document.querySelectorAll<HTMLElement>('[data-printed-on]'))
    el.textContent = ` · printed ${today}`;
};
stamp();
window.addEventListener('beforeprint', stamp);
