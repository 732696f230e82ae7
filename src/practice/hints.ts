/** Reveals an exercise's hints one at a time; the button says how many are left. */
for (const box of document.querySelectorAll<HTMLElement>('[data-hints]')) {
  const items = [...box.querySelectorAll<HTMLElement>('li')];
  const next = box.querySelector<HTMLButtonElement>('[data-next-hint]')!;
  next.disabled = false;
  next.addEventListener('click', () => {
    const hidden = items.filter((li) => li.hidden);
    hidden[0].hidden = false;
    const left = hidden.length - 1;
    if (left === 0) next.hidden = true;
    else next.textContent = `Show another hint (${left} left)`;
    next.focus();
  });
}
