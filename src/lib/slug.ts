/**
 * Turns free text into a URL- and storage-safe id: lower case ASCII letters, digits and single
 * hyphens. Used for checklist item ids, so it must stay stable across releases — changing it
 * would orphan readers' stored progress.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}
