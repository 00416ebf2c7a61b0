import type { KeyboardEvent } from 'react';

/** True while an input method (Japanese kana–kanji conversion) is composing: Enter then confirms the conversion. */
export function isComposing(event: KeyboardEvent | globalThis.KeyboardEvent): boolean {
  const native = 'nativeEvent' in event ? event.nativeEvent : event;
  return native.isComposing || native.keyCode === 229;
}
