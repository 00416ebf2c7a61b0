import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { validateBundle } from '../../../db/bundle/validate-bundle';
import { bundleJson, canonicalBundle } from '../../../db/exchange/canonical-bundle';
import { compareBundles } from '../../../db/exchange/compare-bundles';
import { readBundle } from '../../../db/exchange/export-bundle';
import type { LooseRecord } from '../../../db/exchange/record-labels';
import { readRawBundle, SHIPPED_BUNDLE_PATH, SMALL_BUNDLE_PATH } from '../../support/bundles';
import { databaseWith } from '../../support/exchange-db';
import { makeTempDir } from '../../support/temp-dir';

const cleanups: (() => void)[] = [];

/** A bundle's records without their optional fields that are null (`country` is required and may be null). */
function withoutOptionalNulls(bundle: Record<string, unknown>): unknown {
  const strip = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).filter(([key, value]) => value !== null || key === 'country'));
  return Object.fromEntries(
    Object.entries(bundle).map(([key, value]) => [key, Array.isArray(value) ? value.map((r) => strip(r as Record<string, unknown>)) : value]),
  );
}
afterEach(() => cleanups.splice(0).forEach((close) => close()));

function open(path: string) {
  const opened = databaseWith(path);
  cleanups.push(opened.close);
  return opened.db;
}

describe('exporting the data as a bundle', () => {
  it('writes the shipped bundle back as it is, and the export re-imports to the same export byte for byte', () => {
    const shipped = readFileSync(SHIPPED_BUNDLE_PATH, 'utf8');
    const exported = bundleJson(readBundle(open(SHIPPED_BUNDLE_PATH)));
    // The same text but for optional fields written as null, which the export leaves out.
    expect(JSON.parse(exported)).toEqual(withoutOptionalNulls(JSON.parse(shipped)));
    expect(compareBundles(JSON.parse(shipped) as LooseRecord, JSON.parse(exported) as LooseRecord).changes).toEqual([]);

    const dir = makeTempDir();
    const file = `${dir.path}/exported.json`;
    writeFileSync(file, exported);
    const again = bundleJson(readBundle(open(file)));
    dir.remove();
    expect(again).toBe(exported);
  });

  it('gives a bundle written with nulls, defaults and repeats the same data, without them', () => {
    const raw = readRawBundle(SMALL_BUNDLE_PATH);
    const validation = validateBundle(raw);
    if (!validation.ok) throw new Error(validation.problems.join('\n'));
    const exported = readBundle(open(SMALL_BUNDLE_PATH));

    expect(exported).toEqual(canonicalBundle(validation.bundle));
    expect(compareBundles(raw as LooseRecord, exported as unknown as LooseRecord).changes).toEqual([]);
    const nisc = exported.actors.find((a) => a.id === 'nisc');
    expect(Object.keys(JSON.parse(JSON.stringify(nisc)) as object)).toEqual(['id', 'type', 'country', 'name', 'short', 'description', 'aliases', 'parent', 'from', 'to', 'succeededBy', 'sources']);
    // Written with "url": null, read back without it.
    expect(Object.keys(JSON.parse(JSON.stringify(exported.sources[1])) as object)).toEqual(['id', 'title', 'publisher', 'date']);
  });
});
