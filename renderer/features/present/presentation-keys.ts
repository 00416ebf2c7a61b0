/** What the keys of a presentation clicker (and a keyboard) do. */
export type PresentationKeyAction = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'notes' | 'black';

export function presentationKeyAction(key: string): PresentationKeyAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    case 'n':
    case 'N':
      return 'notes';
    // Clickers send "." or B for their black-screen button, as PowerPoint and Keynote expect.
    case 'b':
    case 'B':
    case '.':
      return 'black';
    default:
      return null;
  }
}
