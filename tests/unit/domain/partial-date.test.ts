import { describe, expect, it } from 'vitest';
import { endsBeforeStart, isValidOn, overlapsRange } from '../../../domain/intervals';
import { firstDayOf, isoDay, lastDayOf, normalizeWrittenDate, parsePartialDate } from '../../../domain/partial-date';

describe('partial dates', () => {
  it('reads the three precisions', () => {
    expect(parsePartialDate('2017')).toMatchObject({ year: 2017, month: null, day: null, precision: 'year' });
    expect(parsePartialDate('2017-05')).toMatchObject({ year: 2017, month: 5, precision: 'month' });
    expect(parsePartialDate('2017-07-20')).toMatchObject({ year: 2017, month: 7, day: 20, precision: 'day' });
  });

  it('refuses dates that do not exist or are not ISO', () => {
    for (const text of ['2017-02-29', '2017-13', '2017-00', '2017-04-31', '17-07-20', '2017/07/20', '2017-7-20', '', 'July 2017']) {
      expect(parsePartialDate(text), text).toBeNull();
    }
    expect(parsePartialDate('2016-02-29')).not.toBeNull();
  });

  it('reads dates as people and Japanese Excel write them, keeping their precision', () => {
    expect(normalizeWrittenDate('2017/7/20')).toBe('2017-07-20');
    expect(normalizeWrittenDate('2017年7月')).toBe('2017-07');
    expect(normalizeWrittenDate('２０１７年')).toBe('2017');
    expect(normalizeWrittenDate(' 2017-07-20 ')).toBe('2017-07-20');
    expect(normalizeWrittenDate('2017/2/30')).toBeNull();
    expect(normalizeWrittenDate('Jul-17')).toBeNull();
  });

  it('spans the whole year or month it names', () => {
    expect(isoDay(firstDayOf('2017'))).toBe('2017-01-01');
    expect(isoDay(lastDayOf('2017'))).toBe('2017-12-31');
    expect(isoDay(lastDayOf('2016-02'))).toBe('2016-02-29');
    expect(isoDay(lastDayOf('2017-02'))).toBe('2017-02-28');
    expect(isoDay(firstDayOf('2017-07-20'))).toBe('2017-07-20');
    expect(isoDay(lastDayOf('2017-07-20'))).toBe('2017-07-20');
  });
});

describe('validity intervals', () => {
  const nisc = { from: '2015-01-09', to: '2025-06-30' };

  it('covers every day between its bounds, inclusive', () => {
    expect(isValidOn(nisc, '2015-01-09')).toBe(true);
    expect(isValidOn(nisc, '2020-06-15')).toBe(true);
    expect(isValidOn(nisc, '2025-06-30')).toBe(true);
    expect(isValidOn(nisc, '2015-01-08')).toBe(false);
    expect(isValidOn(nisc, '2025-07-01')).toBe(false);
  });

  it('treats missing bounds as open', () => {
    expect(isValidOn({ from: null, to: null }, '1900-01-01')).toBe(true);
    expect(isValidOn({ from: '2022-04-04' }, '2099-12-31')).toBe(true);
    expect(isValidOn({ to: '2022-03-16' }, '1960-01-01')).toBe(true);
  });

  it('reads year and month bounds as the whole period', () => {
    const group = { from: '2014', to: '2022-03' };
    expect(isValidOn(group, '2014-01-01')).toBe(true);
    expect(isValidOn(group, '2013-12-31')).toBe(false);
    expect(isValidOn(group, '2022-03-31')).toBe(true);
    expect(isValidOn(group, '2022-04-01')).toBe(false);
  });

  it('overlaps a range when they share a day', () => {
    expect(overlapsRange(nisc, '2025-06-30', '2025-12-31')).toBe(true);
    expect(overlapsRange(nisc, '2025-07-01', '2025-12-31')).toBe(false);
    expect(overlapsRange(nisc, '2010', '2015')).toBe(true);
  });

  it('knows when an end precedes a start, leniently across precisions', () => {
    expect(endsBeforeStart('2017-07-21', '2017-07-20')).toBe(true);
    expect(endsBeforeStart('2017-07-20', '2017-07-20')).toBe(false);
    expect(endsBeforeStart('2017-05', '2017')).toBe(false);
    expect(endsBeforeStart('2018', '2017-12-31')).toBe(true);
  });
});
