import { describe, expect, it } from 'vitest';
import type { ActorSummary } from '../../../api/types';
import { pickUiLanguage } from '../../../domain/languages';
import { formatDateSpan, formatPartialDate } from '../../../renderer/i18n/format-date';
import { containsCjk, mapLabel } from '../../../renderer/features/map/labels';

describe('dates in each language’s form', () => {
  it('writes days, months and years the English and the Japanese way', () => {
    expect(formatPartialDate('2017-07-20', 'en')).toBe('July 20, 2017');
    expect(formatPartialDate('2017-07-20', 'ja')).toBe('2017年7月20日');
    expect(formatPartialDate('2017-05', 'en')).toBe('May 2017');
    expect(formatPartialDate('2017-05', 'ja')).toBe('2017年5月');
    expect(formatPartialDate('2014', 'en')).toBe('2014');
    expect(formatPartialDate('2014', 'ja')).toBe('2014年');
  });

  it('writes spans compactly', () => {
    expect(formatDateSpan('2017-07-20', '2017-07-21', 'en')).toBe('July 20–21, 2017');
    expect(formatDateSpan('2021-07-23', '2021-09-05', 'en')).toBe('July 23 – September 5, 2021');
    expect(formatDateSpan('2021-07-23', '2021-09-05', 'ja')).toBe('2021年7月23日～9月5日');
    expect(formatDateSpan('2014', '2022-03-16', 'en')).toBe('2014 – March 16, 2022');
    expect(formatDateSpan('2014', '2022-03-16', 'ja')).toBe('2014年～2022年3月16日');
    expect(formatDateSpan('2024-05', '2024-07', 'en')).toBe('May – July 2024');
    expect(formatDateSpan('2017-07-20', '2017-07-21', 'ja')).toBe('2017年7月20日～21日');
    expect(formatDateSpan('2021-07-23', null, 'ja')).toBe('2021年7月23日');
  });
});

describe('map labels', () => {
  const actor = (short: Record<string, string> | null): ActorSummary => ({
    id: 'x',
    type: 'ministry',
    country: 'JP',
    name: { en: 'Ministry of Foreign Affairs', ja: '外務省' },
    short,
    unofficialName: [],
    reading: 'がいむしょう',
    parent: null,
    from: null,
    to: null,
    succeededBy: null,
    roles: [{ function: 'diplomacy', lead: true }],
  });

  it('uses the short form in the UI language, else the name', () => {
    expect(mapLabel(actor({ en: 'MOFA', ja: '外務省' }), 'en', 'ui')).toBe('MOFA');
    expect(mapLabel(actor({ en: 'MOFA', ja: '外務省' }), 'ja', 'ui')).toBe('外務省');
    expect(mapLabel(actor(null), 'en', 'ui')).toBe('Ministry of Foreign Affairs');
  });

  it('shows English over Japanese in bilingual mode, once when they are the same', () => {
    expect(mapLabel(actor({ en: 'MOFA', ja: '外務省' }), 'en', 'both')).toBe('MOFA\n外務省');
    expect(mapLabel(actor({ en: 'CISA', ja: 'CISA' }), 'ja', 'both')).toBe('CISA');
  });

  it('knows which labels need Japanese line breaking', () => {
    expect(containsCjk('外務省')).toBe(true);
    expect(containsCjk('ｻｲﾊﾞｰ')).toBe(true);
    expect(containsCjk('Cyber Command')).toBe(false);
  });
});

describe('first-run language', () => {
  it('follows the system’s preferred languages, else English', () => {
    expect(pickUiLanguage(['ja-JP', 'en-US'])).toBe('ja');
    expect(pickUiLanguage(['fr-FR', 'ja'])).toBe('ja');
    expect(pickUiLanguage(['de-DE'])).toBe('en');
    expect(pickUiLanguage([])).toBe('en');
  });
});
