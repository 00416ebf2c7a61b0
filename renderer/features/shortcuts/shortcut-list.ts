/**
 * Every key the app answers, by where it works. The help dialog (?) lists this table in the UI
 * language; the README lists the same keys. Key names that are words are translated
 * (`shortcuts.key.*`); the keys themselves are kept as printed on a keyboard.
 */
export interface Shortcut {
  /** Alternatives (any one works); each is a sequence of key tokens, e.g. ['Shift', 'Tab']. */
  readonly keys: readonly (readonly string[])[];
  /** Key under `shortcuts.action` in locales/<lang>/app.json. */
  readonly action: string;
}

export interface ShortcutGroup {
  /** Key under `shortcuts.group`. */
  readonly group: string;
  readonly shortcuts: readonly Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    group: 'anywhere',
    shortcuts: [
      { keys: [['?']], action: 'help' },
      { keys: [['Tab'], ['Shift', 'Tab']], action: 'tab' },
      { keys: [['Esc']], action: 'escape' },
      { keys: [['F']], action: 'focus' },
    ],
  },
  {
    group: 'map',
    shortcuts: [
      { keys: [['←', '↑', '→', '↓']], action: 'mapMove' },
      { keys: [['Enter']], action: 'mapOpen' },
      { keys: [['Space']], action: 'mapExpand' },
      { keys: [['+'], ['−']], action: 'mapZoom' },
      { keys: [['0']], action: 'mapFit' },
    ],
  },
  {
    group: 'timeline',
    shortcuts: [
      { keys: [['←'], ['→']], action: 'timelineMove' },
      { keys: [['Home'], ['End']], action: 'timelineEnds' },
      { keys: [['Enter'], ['Space']], action: 'timelineOpen' },
    ],
  },
  {
    group: 'search',
    shortcuts: [
      { keys: [['↑'], ['↓']], action: 'searchMove' },
      { keys: [['Enter']], action: 'searchChoose' },
      { keys: [['Esc']], action: 'searchClose' },
    ],
  },
  {
    group: 'tabs',
    shortcuts: [
      { keys: [['←'], ['→']], action: 'tabsMove' },
      { keys: [['Home'], ['End']], action: 'tabsEnds' },
    ],
  },
  {
    group: 'presenting',
    shortcuts: [
      { keys: [['→'], ['Page Down'], ['Space']], action: 'presentNext' },
      { keys: [['←'], ['Page Up']], action: 'presentPrevious' },
      { keys: [['Home'], ['End']], action: 'presentEnds' },
      { keys: [['N']], action: 'presentNotes' },
      { keys: [['Esc']], action: 'presentExit' },
    ],
  },
];

/** Key tokens that are words and so are said in the UI language. */
export const TRANSLATED_KEYS: Readonly<Record<string, string>> = { Space: 'space', Shift: 'shift' };
