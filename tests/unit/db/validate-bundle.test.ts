import { describe, expect, it } from 'vitest';
import { validateBundle, validateBundleText } from '../../../db/bundle/validate-bundle';
import { actorOf, readRawBundle, SMALL_BUNDLE_PATH, smallBundleWith, type RawBundle } from '../../support/bundles';

function problemsOf(bundle: RawBundle): readonly string[] {
  const result = validateBundle(bundle);
  if (result.ok) throw new Error('expected the bundle to be refused');
  return result.problems;
}

describe('bundle validation', () => {
  it('accepts a well-formed bundle without warnings', () => {
    const result = validateBundle(readRawBundle(SMALL_BUNDLE_PATH));
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('names the record and the field of a missing Japanese name', () => {
    const problems = problemsOf(smallBundleWith((b) => delete (actorOf(b, 'npa')['name'] as Record<string, string>)['ja']));
    expect(problems).toEqual(['actors[3] "npa", field name.ja: Japanese text is missing']);
  });

  it('refuses empty text', () => {
    const problems = problemsOf(smallBundleWith((b) => ((b.events[0]!['summary'] as Record<string, string>)['en'] = '   ')));
    expect(problems).toEqual(['events[0] "e_2017_07_20_dialogue_5", field summary.en: English text is empty']);
  });

  it('refuses references that do not resolve', () => {
    const problems = problemsOf(
      smallBundleWith((b) => {
        actorOf(b, 'nco')['parent'] = 'cabinet_secretary';
        b.relations[0]!['target'] = 'no_such_actor';
        (b.events[0]!['actors'] as string[]).push('ghost');
        b.events[1]!['sources'] = ['src_missing'];
      }),
    );
    expect(problems).toEqual([
      'actors[2] "nco", field parent: no actor has the id "cabinet_secretary"',
      'relations[0] "r_nisc_dialogue", field target: no actor has the id "no_such_actor"',
      'events[0] "e_2017_07_20_dialogue_5", field actors[3]: no actor has the id "ghost"',
      'events[1] "e_2025_07_01_nco", field sources[0]: no source has the id "src_missing"',
    ]);
  });

  it('refuses dates that do not exist and ends before starts', () => {
    const problems = problemsOf(
      smallBundleWith((b) => {
        b.events[2]!['date'] = '2018-02-30';
        actorOf(b, 'nisc')['to'] = '2004-12-31';
      }),
    );
    expect(problems).toEqual(['events[2] "e_2018_11_16_cisa", field date: is not a real date like "2017", "2017-05" or "2017-07-20"']);
    const orderProblems = problemsOf(smallBundleWith((b) => (actorOf(b, 'nisc')['to'] = '2004-12-31')));
    expect(orderProblems).toEqual(['actors[1] "nisc", field to: 2004-12-31 is before from 2005-04-25']);
  });

  it('refuses repeated ids', () => {
    const problems = problemsOf(smallBundleWith((b) => (b.relations[1]!['id'] = 'r_nisc_dialogue')));
    expect(problems).toEqual(['relations[1] "r_nisc_dialogue", field id: "r_nisc_dialogue" is already used by relations[0]']);
  });

  it('refuses cycles of parents and of successions', () => {
    const problems = problemsOf(
      smallBundleWith((b) => {
        actorOf(b, 'gov_japan')['parent'] = 'npa';
        actorOf(b, 'nco')['succeededBy'] = 'nisc';
        actorOf(b, 'nco')['to'] = '2030';
      }),
    );
    expect(problems).toEqual([
      'actors[0] "gov_japan", field parent: parents form a cycle: gov_japan → npa → gov_japan',
      'actors[1] "nisc", field succeededBy: successions form a cycle: nisc → nco → nisc',
    ]);
  });

  it('refuses misspelt fields and unknown types instead of ignoring them', () => {
    const problems = problemsOf(
      smallBundleWith((b) => {
        actorOf(b, 'cisa')['sucededBy'] = 'nco';
        actorOf(b, 'npa')['type'] = 'police';
      }),
    );
    expect(problems).toContain('actors[3] "npa", field type: must be one of: government, executive, ministry, agency, regulator, military, law_enforcement, cert, isac, company, association, think_tank, program, framework, dialogue, sector');
    expect(problems).toContain('actors[4] "cisa", field sucededBy: is not a field of this record (misspelt?)');
  });

  it('refuses hidden control and text-direction characters in names', () => {
    const problems = problemsOf(smallBundleWith((b) => ((actorOf(b, 'cisa')['name'] as Record<string, string>)['en'] = 'CISA\u202Egnp.exe')));
    expect(problems).toEqual(['actors[4] "cisa", field name.en: contains control or text-direction characters']);
  });

  it('keeps markup in names as plain text (the renderer never interprets it)', () => {
    const result = validateBundle(smallBundleWith((b) => ((actorOf(b, 'cisa')['name'] as Record<string, string>)['en'] = '<img src=x onerror=alert(1)>')));
    expect(result.ok).toBe(true);
  });

  it('says where a file is not JSON', () => {
    const result = validateBundleText('{\n  "format": "alliance-atlas",\n  "version": 1,\n  oops\n}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^The file is not valid JSON: .*\(line 4, column 3\)$/);
  });

  it('refuses a file of another format or version', () => {
    expect(problemsOf({ ...readRawBundle(SMALL_BUNDLE_PATH), version: 3 })).toEqual(['version: must be 1 or 2 (the format versions this app reads)']);
    expect(validateBundleText('[]')).toEqual({
      ok: false,
      problems: ['The file is not a dataset bundle: expected a JSON object with "format": "alliance-atlas".'],
    });
  });

  it('reports quality problems as warnings, not refusals', () => {
    const result = validateBundle(
      smallBundleWith((b) => {
        b.events[2]!['sources'] = [];
        b.relations[1]!['sources'] = ['src_a'];
        b.relations.splice(2, 1);
        b.events[0]!['actors'] = ['nisc', 'japan_us_cyber_dialogue'];
        actorOf(b, 'nco')['from'] = '2025-01-01';
      }),
    );
    expect(result.ok && result.warnings).toEqual([
      'relations[1] "r_cisa_nisc", field sources[0]: citation of "src_a" has no confidence level',
      'events[2] "e_2018_11_16_cisa", field sources: cites no source',
      'actors[1] "nisc", field succeededBy: successor "nco" starts 2025-01-01, more than a day before this actor ends (2025-06-30)',
      'actors[3] "npa": takes part in no relation and no event',
    ]);
  });
});
