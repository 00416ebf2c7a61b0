import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS, message } from '../../../api/messages';
import { messageText } from '../../../backend/messages';

/** Values for every placeholder any message uses. */
const PARAMS = { file: 'atlas.sqlite', backup: 'atlas-backup.sqlite', time: Date.UTC(2026, 11, 1, 9), count: 3, reason: 'why', size: 25, limit: 20, folder: '/data', databaseVersion: 9, appVersion: 2 };

describe('messages the main process sends as keys', () => {
  for (const language of ['en', 'ja'] as const) {
    it(`all exist in ${language} and fill every placeholder`, () => {
      for (const key of MESSAGE_KEYS) {
        const text = messageText([message(key, PARAMS)], language);
        expect(text, key).not.toContain(`messages.${key}`);
        expect(text, key).not.toMatch(/\{\{|\}\}/);
      }
    });
  }

  it('format times and numbers in the language they are said in', () => {
    expect(messageText([message('restoredFromBackup', PARAMS)], 'ja')).toContain('2026年12月1日');
    expect(messageText([message('datasetRefused', { file: 'x.json', count: 300_000 })], 'en')).toBe('The dataset file "x.json" was refused (300,000 problems); nothing was changed.');
  });
});
