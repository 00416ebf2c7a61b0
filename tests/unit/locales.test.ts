import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../domain/languages';
import { ACTOR_TYPES, CONFIDENCE_LEVELS, EVENT_CATEGORIES, LINK_TYPES } from '../../domain/vocabulary';

const LOCALES = fileURLToPath(new URL('../../locales', import.meta.url));
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

function read(language: string, namespace: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(LOCALES, language, namespace), 'utf8')) as Tree);
}

/** Keys without plural suffixes: Japanese has only _other where English has _one and _other. */
function baseKeys(entries: Map<string, string>): string[] {
  return [...new Set([...entries.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
}

describe('locale files', () => {
  const namespaces = readdirSync(join(LOCALES, 'en')).sort();

  it('exist for every UI language with the same files', () => {
    for (const language of UI_LANGUAGES) expect(readdirSync(join(LOCALES, language)).sort()).toEqual(namespaces);
  });

  for (const namespace of namespaces) {
    it(`${namespace}: English and Japanese have the same keys, none empty`, () => {
      const en = read('en', namespace);
      const ja = read('ja', namespace);
      expect(baseKeys(ja)).toEqual(baseKeys(en));
      for (const [language, entries] of [['en', en], ['ja', ja]] as const) {
        for (const [key, value] of entries) expect(value.trim(), `${language}/${namespace}: ${key}`).not.toBe('');
        for (const key of entries.keys()) {
          if (PLURAL_SUFFIX.test(key)) expect(entries.has(key.replace(PLURAL_SUFFIX, '_other')), `${language}: ${key} needs _other`).toBe(true);
        }
      }
    });
  }

  it('name every actor type, link type, event category and confidence level', () => {
    for (const language of UI_LANGUAGES) {
      const vocabulary = read(language, 'vocabulary.json');
      const expected = [
        ...ACTOR_TYPES.map((t) => `actorType.${t}`),
        ...LINK_TYPES.map((t) => `linkType.${t}`),
        ...EVENT_CATEGORIES.map((c) => `eventCategory.${c}`),
        ...CONFIDENCE_LEVELS.map((c) => `confidence.${c}`),
      ];
      for (const key of expected) expect(vocabulary.has(key), `${language}: ${key}`).toBe(true);
    }
  });
});
