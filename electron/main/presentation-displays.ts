import type { Display } from 'electron';

/**
 * With a projector attached, the audience view goes full screen on it and the presenter's
 * notes stay on the laptop, which is normally the primary display (the one with the menu bar
 * or taskbar). With one display there is nothing to choose.
 */
export function presentationDisplays(
  displays: readonly Pick<Display, 'id' | 'bounds' | 'workArea'>[],
  primaryDisplayId: number,
): { readonly audience: Pick<Display, 'id' | 'bounds' | 'workArea'>; readonly presenter: Pick<Display, 'id' | 'bounds' | 'workArea'> } | null {
  if (displays.length < 2) return null;
  const presenter = displays.find((display) => display.id === primaryDisplayId) ?? displays[0];
  const audience = displays.find((display) => display !== presenter);
  return presenter && audience ? { audience, presenter } : null;
}
