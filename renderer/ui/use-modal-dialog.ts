import { useEffect, useRef } from 'react';

/** Longer than the double-click interval of every desktop system's default settings. */
const DOUBLE_CLICK_MS = 500;
const POINTER_EVENTS = ['mousedown', 'mouseup', 'click', 'dblclick'] as const;

/**
 * The second click of a double click on Save would land on whatever lies under the dialog
 * (the as-of slider, a node): for a moment after a dialog closes, the rest of a double click
 * (the presses the browser counts as second) is ignored; a new single click goes through.
 */
function ignoreClicksThrough(): void {
  const swallow = (event: Event) => {
    if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
    if (event.type !== 'dblclick' && !(event instanceof MouseEvent && event.detail >= 2)) return;
    event.preventDefault();
    event.stopPropagation();
  };
  for (const type of POINTER_EVENTS) window.addEventListener(type, swallow, { capture: true });
  setTimeout(() => {
    for (const type of POINTER_EVENTS) window.removeEventListener(type, swallow, { capture: true });
  }, DOUBLE_CLICK_MS);
}

/** A <dialog> shown as a modal while `open` is true: focus is trapped and Escape closes it. */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) {
      element.close();
      ignoreClicksThrough();
    }
  }, [open]);
  // Dialogs that are unmounted rather than closed (most forms) go the same way.
  useEffect(() => {
    const element = dialog.current;
    return () => {
      if (element?.open) ignoreClicksThrough();
    };
  }, []);
  return dialog;
}
