import { describe, expect, it } from 'vitest';
import { validateBundleText } from '../../../db/bundle/validate-bundle';
import { smallBundleWith } from '../../support/bundles';

/** Findings of a refused bundle are worded in the UI language, naming the record and field as written. */
describe('bundle findings in Japanese', () => {
  const problemsIn = (language: 'en' | 'ja', bundle: unknown) => {
    const result = validateBundleText(JSON.stringify(bundle), language);
    return result.ok ? [] : result.problems;
  };

  it('say what is wrong in Japanese and name the record and field', () => {
    const broken = smallBundleWith((b) => {
      (b.events[0]!['title'] as Record<string, string>)['ja'] = '';
      b.relations[0]!['from'] = '2013-02-30';
      b.actors[1]!['parent'] = 'nobody_here';
      b.actors[2]!['colour'] = 'red';
    });
    const ja = problemsIn('ja', broken);
    expect(ja).toContain('events[0]「e_2017_07_20_dialogue_5」の項目 title.ja：日本語のテキストが空です');
    expect(ja.some((p) => p.startsWith('relations[0]「r_nisc_dialogue」の項目 from：実在する日付ではありません'))).toBe(true);
    expect(ja.some((p) => p.includes('の項目 colour：このレコードにはない項目です'))).toBe(true);
    // Outside identifiers and quoted values, no English words are left.
    for (const problem of ja) expect(problem.replace(/[A-Za-z_][\w.[\]]*|"[^"]*"|「[^」]*」/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('name records that fail across the bundle, e.g. a parent nobody has', () => {
    const ja = problemsIn('ja', smallBundleWith((b) => (b.actors[1]!['parent'] = 'nobody_here')));
    expect(ja).toHaveLength(1);
    expect(ja[0]).toMatch(/^actors\[1\]「[a-z_]+」の項目 parent：ID が「nobody_here」の組織はありません$/);
  });

  it('keep the English wording for the English UI', () => {
    const en = problemsIn('en', smallBundleWith((b) => ((b.events[0]!['title'] as Record<string, string>)['ja'] = '')));
    expect(en).toEqual(['events[0] "e_2017_07_20_dialogue_5", field title.ja: Japanese text is empty']);
  });

  it('explain a file that is not JSON without the parser\'s English', () => {
    const result = validateBundleText('{\n  "format": "alliance-atlas",\n  oops\n}', 'ja');
    expect(!result.ok && result.problems[0]).toMatch(/^このファイルは正しい JSON ではありません。3 行 3 文字目/);
  });
});
