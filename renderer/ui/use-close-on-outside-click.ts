import { useEffect, type RefObject } from 'react';

/** A <details> popover closes when the user clicks anywhere outside it, as a menu does. */
export function useCloseOnOutsideClick(popover: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const close = (event: PointerEvent) => {
      const element = popover.current;
      if (element?.open && event.target instanceof Node && !element.contains(event.target)) element.open = false;
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [popover]);
}
