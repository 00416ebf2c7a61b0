import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataset } from '../../../db/bundle/check-dataset';
import { actorOf, SHIPPED_BUNDLE_PATH, smallBundleV2, smallBundleWith, type RawBundle } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';

/** The small v2 bundle with everything the shipped dataset must have: every organization's functions and every reading. */
function shippableSmallBundle(change: (bundle: RawBundle) => void = () => undefined): RawBundle {
  return smallBundleV2((b) => {
    change(b);
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
    const records = report?.records ?? { total: 0, withOfficialCitation: 0, singleSource: 0 };
    expect(records.withOfficialCitation / records.total).toBeGreaterThanOrEqual(0.6);
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
    ['an organization without a creation date', (b) => delete actorOf(b, 'npa')['from'], 'actors[3] "npa", field from: is missing: every organization other than a critical-infrastructure sector'],
    ['a source on a forum host', (b) => (b.sources[0]!['url'] = 'https://asahi.5ch.net/test/read.cgi/newsplus/1/1'), 'sources[0] "src_a", field url: is on asahi.5ch.net, a forum listed in db/bundle/disallowed-source-hosts.json'],
    ['a source on a mirror host written with a trailing dot', (b) => (b.sources[0]!['url'] = 'https://www.wikizero.com./ja/x'), 'sources[0] "src_a", field url: is on www.wikizero.com, a mirror listed'],
    ['a source without a publisher', (b) => (b.sources[1]!['publisher'] = null), 'sources[1] "src_article", field publisher: is missing: every source needs its publisher'],
    ['a source without a date', (b) => delete b.sources[1]!['date'], 'sources[1] "src_article", field date: is missing: every source needs its date'],
    ['a file name in a source title', (b) => ((b.sources[1]!['title'] as Record<string, string>)['en'] = 'Article (000_6637aa84b14ff6c0.txt)'), 'sources[1] "src_article", field title.en: mentions the file name "000_6637aa84b14ff6c0.txt"'],
    ['a file name in a Japanese note', (b) => ((b.events[0]!['note'] as Record<string, string>)['ja'] = '会議資料.pdfによる。'), 'events[0] "e_2017_07_20_dialogue_5", field note.ja: mentions the file name "会議資料.pdf"'],
    ['a file name in an alias', (b) => (actorOf(b, 'nisc')['aliases'] = ['nisc-logo.PNG', 'notes.md']), 'actors[1] "nisc", field aliases[1]: mentions the file name "notes.md"'],
    ['a mention of a seed document', (b) => ((b.events[0]!['note'] as Record<string, string>)['en'] = 'Seed 000 dates it July 24.'), 'events[0] "e_2017_07_20_dialogue_5", field note.en: mentions "Seed"'],
  ];

  for (const [kind, breakIt, expected] of cases) {
    it(`fails on ${kind}`, () => {
      const problems = problemsOf(smallBundleWith(breakIt));
      expect(problems.some((p) => p.includes(expected)), `${problems.join('\n')}\nshould include: ${expected}`).toBe(true);
    });
  }

  it('warns about records resting on one reported or analyst source, without failing', () => {
    const result = checkDataset(JSON.stringify(shippableSmallBundle()));
    expect(result.ok).toBe(true);
    expect(result.report?.weaklySourced).toEqual([
      'actors[4] "cisa" (reported)',
      'actors[5] "japan_us_cyber_dialogue" (reported)',
      'relations[1] "r_cisa_nisc" (analyst)',
      'events[2] "e_2018_11_16_cisa" (reported)',
    ]);
    const corroborated = checkDataset(JSON.stringify(shippableSmallBundle((b) => (actorOf(b, 'cisa')['sources'] as unknown[]).push({ id: 'src_article', confidence: 'reported' }))));
    expect(corroborated.report?.weaklySourced).not.toContain('actors[4] "cisa" (reported)');
    expect(result.report?.records).toEqual({ total: 12, withOfficialCitation: 8, singleSource: 11 });
  });

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
    expect(good).toContain('Records (actors, relations, events): 12; with an official citation: 8 (66.7 %); citing a single source: 11 (91.7 %)');
    expect(good).toContain('Warning: 4 records rest on one reported or analyst source');
    expect(good).toContain('  - relations[1] "r_cisa_nisc" (analyst)');
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
