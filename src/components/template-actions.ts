/** Copies a template's Markdown (fetched from its generated .md file) to the clipboard. */
for (const box of document.querySelectorAll<HTMLElement>('[data-template-actions]')) {
  const button = box.querySelector<HTMLButtonElement>('[data-copy-markdown]')!;
  const status = box.querySelector<HTMLElement>('[data-copy-status]')!;
  // Without a clipboard (an insecure origin, an old browser) the button stays disabled: "Download .md" still works.
  if (!navigator.clipboard) continue;
  button.disabled = false;
  button.addEventListener('click', async () => {
    try {
      const response = await fetch(box.dataset.markdownUrl!);
      if (!response.ok) throw new Error(String(response.status));
      await navigator.clipboard.writeText(await response.text());
      status.textContent = 'Copied.';
    } catch {
      status.textContent = 'Could not copy: use "Download .md" instead.';
    }
  });
}
