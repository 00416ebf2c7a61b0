import { describe, expect, it } from 'vitest';
import type { RecordChange } from '../../../api/exchange-types';
import { compareBundles } from '../../../db/exchange/compare-bundles';
import type { LooseRecord } from '../../../db/exchange/record-labels';
import { actorOf, readRawBundle, SHIPPED_BUNDLE_PATH, type RawBundle } from '../../support/bundles';

function recordOf(bundle: RawBundle, list: 'relations' | 'events' | 'sources', index: number): Record<string, unknown> {
  const record = bundle[list][index];
  if (!record) throw new Error(`no ${list}[${index}]`);
  return record;
}

describe('comparing two bundles', () => {
  const shipped = readRawBundle(SHIPPED_BUNDLE_PATH);

  it('lists exactly the edits made to a copy of the shipped bundle, field by field, in a stable order', () => {
    const edited = structuredClone(shipped);
    // 1. A Japanese name corrected.
    (actorOf(edited, 'npa')['name'] as Record<string, string>)['ja'] = '警察庁（改）';
    // 2. An alias removed and one added; the remaining aliases reordered (not a change).
    const nisc = actorOf(edited, 'nisc');
    const aliases = nisc['aliases'] as string[];
    nisc['aliases'] = ['NISC (old)', ...aliases.slice(1).reverse()];
    // 3. A citation's confidence lowered, 4. a date set, on the same relation.
    const relation = recordOf(edited, 'relations', 0);
    const citation = (relation['sources'] as { id: string; confidence: string }[])[0]!;
    const oldConfidence = citation.confidence;
    citation.confidence = oldConfidence === 'analyst' ? 'reported' : 'analyst';
    relation['to'] = '2030-01';
    // 5. An organization added to an event, its existing ones reordered (not a change).
    const event = recordOf(edited, 'events', 3);
    const eventActors = event['actors'] as string[];
    event['actors'] = [...eventActors].reverse().concat(eventActors.includes('npa') ? 'nisc' : 'npa');
    // 6. A relation removed, 7. an event added, 8. a source's address changed.
    const removed = edited.relations.splice(5, 1)[0]!;
    edited.events.push({ ...structuredClone(recordOf(shipped, 'events', 0)), id: 'e_2030_01_01_new', title: { en: 'New event', ja: '新しい出来事' } });
    const source = recordOf(edited, 'sources', 2);
    const oldUrl = source['url'];
    source['url'] = 'https://example.org/moved';
    // Not changes: a field left out instead of null and the reverse, a colour's case.
    const unaddressed = edited.sources.find((s) => (s['url'] ?? null) === null)!;
    if ('url' in unaddressed) delete unaddressed['url'];
    else unaddressed['url'] = null;
    actorOf(edited, 'fbi')['note'] = null;
    (edited.countries[0]!['color'] as string) = String(edited.countries[0]!['color']).toUpperCase();

    const { changes, counts } = compareBundles(shipped as LooseRecord, edited as LooseRecord);
    const summary = (c: RecordChange) => [c.list, c.change, c.id, c.fields];
    expect(changes.map(summary)).toEqual([
      ['actors', 'changed', 'nisc', [{ kind: 'items', field: 'aliases', added: ['NISC (old)'], removed: [aliases[0]] }]],
      ['actors', 'changed', 'npa', [{ kind: 'value', field: 'name', lang: 'ja', item: null, before: '警察庁', after: '警察庁（改）' }]],
      ['relations', 'removed', removed['id'], []],
      [
        'relations',
        'changed',
        relation['id'],
        [
          { kind: 'value', field: 'to', lang: null, item: null, before: (shipped.relations[0]!['to'] as string | undefined) ?? null, after: '2030-01' },
          { kind: 'value', field: 'sources', lang: null, item: citation.id, before: oldConfidence, after: citation.confidence },
        ],
      ],
      ['events', 'added', 'e_2030_01_01_new', []],
      ['events', 'changed', event['id'], [{ kind: 'items', field: 'actors', added: [eventActors.includes('npa') ? 'nisc' : 'npa'], removed: [] }]],
      ['sources', 'changed', source['id'], [{ kind: 'value', field: 'url', lang: null, item: null, before: oldUrl, after: 'https://example.org/moved' }]],
    ]);
    expect(counts).toEqual({
      actors: { added: 0, removed: 0, changed: 2 },
      relations: { added: 0, removed: 1, changed: 1 },
      events: { added: 1, removed: 0, changed: 1 },
      sources: { added: 0, removed: 0, changed: 1 },
      countries: { added: 0, removed: 0, changed: 0 },
      dataset: { added: 0, removed: 0, changed: 0 },
    });
    expect(changes.find((c) => c.id === 'npa')?.label).toEqual({ en: 'National Police Agency', ja: '警察庁（改）' });
    expect(changes.find((c) => c.id === removed['id'])?.label['en']).toMatch(/ → .+ → /);
  });

  it('reports nothing between a bundle and itself, and everything in reverse when swapped', () => {
    expect(compareBundles(shipped as LooseRecord, structuredClone(shipped) as LooseRecord).changes).toEqual([]);
    const smaller = { ...structuredClone(shipped), events: shipped.events.slice(1) };
    expect(compareBundles(shipped as LooseRecord, smaller as LooseRecord).changes.map((c) => [c.change, c.id])).toEqual([['removed', shipped.events[0]!['id']]]);
    expect(compareBundles(smaller as LooseRecord, shipped as LooseRecord).changes.map((c) => [c.change, c.id])).toEqual([['added', shipped.events[0]!['id']]]);
  });
});
