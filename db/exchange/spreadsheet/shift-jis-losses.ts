import iconv from 'iconv-lite';
import { recordsOf, stringOf, type LooseRecord } from '../record-labels';

/**
 * Shift_JIS (CP932) cannot hold every character the data uses: Excel saves an en dash, "é" or
 * a Korean name as "?" (or a look-alike) in a Japanese CSV. A text that differs from the
 * current one only where the current text has such characters is not an edit but a loss, so
 * the current text is kept and the user is told how many fields that saved.
 */

const encodable = new Map<string, boolean>();

function fitsCp932(character: string): boolean {
  let fits = encodable.get(character);
  if (fits === undefined) {
    fits = iconv.decode(iconv.encode(character, 'cp932'), 'cp932') === character;
    encodable.set(character, fits);
  }
  return fits;
}

/** True when `read` is `current` with some characters CP932 lacks replaced one for one. */
function lostInShiftJis(current: string, read: string): boolean {
  const was = [...current];
  const is = [...read];
  if (was.length !== is.length || current === read) return false;
  return was.every((character, i) => character === is[i] || !fitsCp932(character));
}

interface Repair {
  readonly value: unknown;
  readonly kept: number;
}

function repair(current: unknown, read: unknown): Repair {
  if (typeof current === 'string' && typeof read === 'string') {
    return lostInShiftJis(current, read) ? { value: current, kept: 1 } : { value: read, kept: 0 };
  }
  if (Array.isArray(current) && Array.isArray(read) && current.length === read.length) {
    const items = read.map((item, i) => repair(current[i], item));
    return { value: items.map((r) => r.value), kept: items.reduce((sum, r) => sum + r.kept, 0) };
  }
  if (typeof current === 'object' && current !== null && typeof read === 'object' && read !== null && !Array.isArray(read)) {
    const entries = Object.entries(read).map(([key, value]) => [key, repair((current as LooseRecord)[key], value)] as const);
    return { value: Object.fromEntries(entries.map(([key, r]) => [key, r.value])), kept: entries.reduce((sum, [, r]) => sum + r.kept, 0) };
  }
  return { value: read, kept: 0 };
}

const LISTS = { countries: 'code', sources: 'id', actors: 'id', relations: 'id', events: 'id' } as const;

/** The bundle read from a Shift_JIS file with the current text restored where the file lost characters. */
export function restoreShiftJisLosses(current: LooseRecord, read: LooseRecord): { bundle: LooseRecord; kept: number } {
  let kept = 0;
  const bundle: Record<string, unknown> = { ...read };
  const title = repair(current['title'], read['title']);
  bundle['title'] = title.value;
  kept += title.kept;
  for (const [list, key] of Object.entries(LISTS)) {
    const before = new Map(recordsOf(current, list).map((record) => [stringOf(record[key]), record]));
    bundle[list] = recordsOf(read, list).map((record) => {
      const restored = repair(before.get(stringOf(record[key])), record);
      kept += restored.kept;
      return restored.value;
    });
  }
  return { bundle, kept };
}
