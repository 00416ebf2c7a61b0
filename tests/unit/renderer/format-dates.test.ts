import { describe, expect, it } from 'vitest';
import { pickUiLanguage } from '../../../domain/languages';
import { formatDateSpan, formatPartialDate } from '../../../renderer/i18n/format-date';

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

describe('first-run language', () => {
  it('follows the system’s preferred languages, else English', () => {
    expect(pickUiLanguage(['ja-JP', 'en-US'])).toBe('ja');
    expect(pickUiLanguage(['fr-FR', 'ja'])).toBe('ja');
    expect(pickUiLanguage(['de-DE'])).toBe('en');
    expect(pickUiLanguage([])).toBe('en');
  });
});
