import { useEffect } from 'react';
import { isDesktop } from '../../api/atlas-api';
import { isComposing } from '../../ui/ime';
import { useEditingStore } from './editing-store';

/**
 * Ctrl+Z / Ctrl+Shift+Z (⌘ on a Mac) and the Edit menu. While a text field has the focus they
 * belong to it, as in every editor: the browser undoes typing there. Elsewhere they undo and
 * redo the user's changes to the data, the map and the briefings.
 */

function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/** The Edit menu's Undo or Redo: the text field's when one has the focus, the app's otherwise. */
export function runUndoCommand(direction: 'undo' | 'redo'): void {
  if (isTextField(document.activeElement)) {
    // execCommand is deprecated but remains the only way to reach a field's own undo stack.
    document.execCommand(direction);
    return;
  }
  const store = useEditingStore.getState();
  void (direction === 'undo' ? store.undo() : store.redo());
}

/** Keyboard shortcuts in the browser preview; the desktop app's menu accelerators send the same commands. */
export function useUndoKeys(): void {
  useEffect(() => {
    if (isDesktop) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isComposing(event)) return;
      const key = event.key.toLowerCase();
      const direction = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && !event.shiftKey ? 'redo' : null;
      if (!direction || isTextField(document.activeElement)) return;
      event.preventDefault();
      runUndoCommand(direction);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
