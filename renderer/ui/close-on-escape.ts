import type { KeyboardEvent } from 'react';

/**
 * Escape closes a <details> popover and gives focus back to its summary, as Escape closes a
 * dialog. The event stops here so that the same Escape does not also close the details panel.
 */
export function closeDetailsOnEscape(event: KeyboardEvent<HTMLDetailsElement>): void {
  if (event.key !== 'Escape' || !event.currentTarget.open) return;
  event.preventDefault();
  event.stopPropagation();
  event.currentTarget.open = false;
  event.currentTarget.querySelector('summary')?.focus();
}
