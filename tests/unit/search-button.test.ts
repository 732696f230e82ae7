import { describe, expect, it } from 'vitest';
import { fixSearchButton } from '../../src/lib/search-button';

describe('fixSearchButton', () => {
  const button =
    '<button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K"><svg></svg><span aria-hidden="true">Search</span><kbd style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button><dialog aria-label="Search">';
  it('separates the visible words and names the button after them', () => {
    expect(fixSearchButton(button)).toBe(
      '<button data-open-modal disabled aria-label="Search Ctrl K" aria-keyshortcuts="Control+K"><svg></svg><span aria-hidden="true">Search</span> <kbd style="display: none;"><kbd>Ctrl</kbd> <kbd>K</kbd></kbd></button><dialog aria-label="Search">',
    );
  });
  it('leaves pages without the button alone', () => {
    expect(fixSearchButton('<p>x</p>')).toBe('<p>x</p>');
  });
});
