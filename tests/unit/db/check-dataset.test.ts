import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataset } from '../../../db/bundle/check-dataset';
import { actorOf, SHIPPED_BUNDLE_PATH, smallBundleV2, smallBundleWith, type RawBundle } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';

/** The small v2 bundle with everything the shipped dataset must have: every organization's functions and every reading. */
function shippableSmallBundle(): RawBundle {
  return smallBundleV2((b) => {
    const cite = [{ id: 'src_a', confidence: 'official' }];
    Object.assign(actorOf(b, 'gov_japan'), { reading: 'にほんこくせいふ', roles: [{ function: 'strategy_coordination', sources: cite }] });
    Object.assign(actorOf(b, 'nisc'), { reading: 'ないかくさいばーせきゅりてぃせんたー', roles: [{ function: 'incident_response', lead: true, sources: cite }] });
    actorOf(b, 'cisa')['reading'] = 'さいばーせきゅりてぃ・いんふらすとらくちゃーせきゅりてぃちょう';
    actorOf(b, 'japan_us_cyber_dialogue')['reading'] = 'にちべいさいばーたいわ';
  });
}

function problemsOf(bundle: RawBundle | string): readonly string[] {
  const result = checkDataset(typeof bundle === 'string' ? bundle : JSON.stringify(bundle));
  if (result.ok) throw new Error('expected the check to fail');
  return result.problems;
}

describe('the dataset check', () => {
  it('passes the shipped dataset, which meets the coverage the product promises', () => {
    const result = checkDataset(readFileSync(SHIPPED_BUNDLE_PATH, 'utf8'));
    expect(result.ok).toBe(true);
    const report = result.report;
    const count = (counts: Readonly<Record<string, number>>) => Object.values(counts).reduce((a, b) => a + b, 0);
    const actors = Object.values(report?.actorsByCountryAndType ?? {}).reduce((sum, types) => sum + count(types), 0);
    expect(actors).toBeGreaterThanOrEqual(65);
    expect(count(report?.relationsByType ?? {})).toBeGreaterThanOrEqual(80);
    expect(count(report?.eventsByCategory ?? {})).toBeGreaterThanOrEqual(70);
    expect(report?.actorsByCountryAndType['JP']?.['sector']).toBe(15);
    expect(report?.actorsByCountryAndType['US']?.['sector']).toBe(16);
    const coverage = report?.languageCoverage ?? {};
    expect(coverage['en']?.present).toBe(coverage['en']?.total);
    expect(coverage['ja']?.present).toBe(coverage['ja']?.total);
    expect(report?.citationsByConfidence['unstated']).toBeUndefined();
  });

  // One small broken bundle per kind of mistake; each message names the record and the field.
  const cases: [string, (b: RawBundle) => void, string][] = [
    ['a schema mismatch', (b) => (b.actors[0]!['type'] = 'embassy'), 'actors[0] "gov_japan", field type: must be one of:'],
    ['a missing language', (b) => delete (b.events[1]!['title'] as Record<string, string>)['ja'], 'events[1] "e_2025_07_01_nco", field title.ja: Japanese text is missing'],
    ['an empty text', (b) => ((actorOf(b, 'nco')['description'] as Record<string, string>)['en'] = ''), 'actors[2] "nco", field description.en: English text is empty'],
    ['an empty short name', (b) => ((actorOf(b, 'nco')['short'] as Record<string, string>)['ja'] = ' '), 'actors[2] "nco", field short.ja: Japanese text is empty'],
    ['an unknown parent', (b) => (actorOf(b, 'nco')['parent'] = 'cabinet'), 'actors[2] "nco", field parent: no actor has the id "cabinet"'],
    ['an unknown relation end', (b) => (b.relations[1]!['source'] = 'cisa_'), 'relations[1] "r_cisa_nisc", field source: no actor has the id "cisa_"'],
    ['an unknown event actor', (b) => ((b.events[2]!['actors'] as string[])[0] = 'dhs'), 'events[2] "e_2018_11_16_cisa", field actors[0]: no actor has the id "dhs"'],
    ['an unknown successor', (b) => (actorOf(b, 'nisc')['succeededBy'] = 'nco2'), 'actors[1] "nisc", field succeededBy: no actor has the id "nco2"'],
    ['an unknown source', (b) => (b.relations[0]!['sources'] = [{ id: 'src_b', confidence: 'official' }]), 'relations[0] "r_nisc_dialogue", field sources[0].id: no source has the id "src_b"'],
    ['a record citing nothing', (b) => (actorOf(b, 'npa')['sources'] = []), 'actors[3] "npa", field sources: cites no source'],
    ['a citation without confidence', (b) => (b.events[2]!['sources'] = ['src_a']), 'events[2] "e_2018_11_16_cisa", field sources[0]: citation of "src_a" has no confidence level'],
    ['an invalid date', (b) => (actorOf(b, 'cisa')['from'] = '2018-11-31'), 'actors[4] "cisa", field from: is not a real date'],
    ['an end before its start', (b) => (b.events[0]!['endDate'] = '2017-07-19'), 'events[0] "e_2017_07_20_dialogue_5", field endDate: 2017-07-19 is before date 2017-07-20'],
    ['a repeated id', (b) => (actorOf(b, 'npa')['id'] = 'nisc'), 'actors[3] "nisc", field id: "nisc" is already used by actors[1]'],
    ['a repeated (country, name) pair', (b) => ((actorOf(b, 'nco')['name'] as Record<string, string>)['ja'] = '警察庁'), 'actors[3] "npa", field name.ja: "警察庁" is also the name of actors[2] "nco" in the same country'],
    ['a successor starting before its predecessor ends', (b) => (actorOf(b, 'nco')['from'] = '2025-06-01'), 'actors[1] "nisc", field succeededBy: successor "nco" starts 2025-06-01, more than a day before this actor ends (2025-06-30)'],
    ['a succeeded actor without an end', (b) => delete actorOf(b, 'nisc')['to'], 'actors[1] "nisc", field to: is missing although the actor is succeeded by "nco"'],
    ['a succession cycle', (b) => Object.assign(actorOf(b, 'nco'), { succeededBy: 'nisc', to: '2030' }), 'successions form a cycle: nisc → nco → nisc'],
    ['an actor with no relation and no event', (b) => b.events.splice(2, 1) && b.relations.splice(1, 1), 'actors[4] "cisa": takes part in no relation and no event'],
  ];

  for (const [kind, breakIt, expected] of cases) {
    it(`fails on ${kind}`, () => {
      const problems = problemsOf(smallBundleWith(breakIt));
      expect(problems.some((p) => p.includes(expected)), `${problems.join('\n')}\nshould include: ${expected}`).toBe(true);
    });
  }

  it('fails a bundle not fit to ship: no release, an organization without functions, a Japanese name without reading', () => {
    const problems = problemsOf(smallBundleWith(() => {}));
    expect(problems).toContain('release: is missing: the shipped dataset says when it was released and what changed (format version 2)');
    expect(problems).toContain('actors[0] "gov_japan", field roles: lists no function: every organization carries its functions, each cited');
    expect(problems).toContain('actors[0] "gov_japan", field reading: is missing: give the hiragana reading of "日本国政府"');
    expect(problems.filter((p) => p.includes('"japan_us_cyber_dialogue", field roles'))).toEqual([]);
  });

  it('fails on a file that is not JSON', () => {
    expect(problemsOf('{"format": "alliance-atlas",')[0]).toMatch(/^The file is not valid JSON/);
  });

  const dir = makeTempDir();
  afterAll(() => dir.remove());

  it('runs as `npm run check:data -- <bundle>`: exit 0 with counts, exit 1 with each problem', () => {
    const script = join(__dirname, '../../../scripts/check-data.ts');
    const tsx = join(__dirname, '../../../node_modules/.bin/tsx');
    const shippable = join(dir.path, 'shippable.json');
    writeFileSync(shippable, JSON.stringify(shippableSmallBundle()));
    const good = execFileSync(tsx, [script, shippable], { encoding: 'utf8' });
    expect(good).toContain('Actors: 6');
    expect(good).toContain('Language coverage: en 33/33 texts, ja 33/33 texts');
    expect(good).toContain('Functions held (leads): incident_response 3, strategy_coordination 1, law_enforcement 1, information_sharing 1 (incident_response 3, law_enforcement 1)');
    expect(good).toContain('Japanese readings: 6; release: 2026-12-02');
    expect(good).toContain('OK: every rule passes.');

    const broken = join(dir.path, 'broken.json');
    const brokenBundle = shippableSmallBundle();
    actorOf(brokenBundle, 'npa')['sources'] = [];
    writeFileSync(broken, JSON.stringify(brokenBundle));
    let failure: { status?: number; stderr?: string } = {};
    try {
      execFileSync(tsx, [script, broken], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(1);
    expect(failure.stderr).toContain('FAILED: 1 problem');
    expect(failure.stderr).toContain('actors[3] "npa", field sources: cites no source');
  });
});
