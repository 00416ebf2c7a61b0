import type { z } from 'zod';
import type { LocalizedText } from '../../domain/languages';
import type { Bundle, BundleCitation, bundleSchema } from '../bundle/bundle-schema';
import { citationSourceId } from '../bundle/integrity-rules';

/**
 * The one way this app writes a bundle: fields in the key order of the bundle format, empty
 * optional fields left out (the database does not tell null from absent), lists without
 * repeats. A bundle read from the database, from a spreadsheet or from another file
 * comes out the same when it holds the same data, so tools that diff the JSON see only real
 * changes. A field added to the format is one line here.
 */

/** A bundle as written in a file: optional fields may be absent (the parsed Bundle has its defaults filled in). */
export type BundleFile = z.input<typeof bundleSchema>;

function present(text: LocalizedText | null | undefined): LocalizedText | undefined {
  return text && Object.keys(text).length > 0 ? text : undefined;
}

function distinct<T>(list: readonly T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? [...new Set(list)] : undefined;
}

/** A source cited twice counts once, as the import stores it: the first citation wins. */
function distinctCitations(citations: readonly BundleCitation[]): BundleCitation[] {
  const seen = new Set<string>();
  return citations.filter((citation) => {
    const id = citationSourceId(citation);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export function canonicalBundle(bundle: Bundle): BundleFile {
  return {
    format: bundle.format,
    version: bundle.version,
    title: bundle.title,
    release: bundle.release ? { date: bundle.release.date, changes: bundle.release.changes } : undefined,
    countries: bundle.countries.map((c) => ({ code: c.code, name: c.name, color: c.color.toLowerCase() })),
    sources: bundle.sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher ?? undefined, date: s.date ?? undefined, url: s.url ?? undefined })),
    actors: bundle.actors.map((a) => ({
      id: a.id,
      type: a.type,
      country: a.country,
      name: a.name,
      short: present(a.short),
      reading: a.reading ?? undefined,
      description: a.description,
      aliases: distinct(a.aliases),
      unofficialName: distinct(a.unofficialName),
      parent: a.parent ?? undefined,
      from: a.from ?? undefined,
      to: a.to ?? undefined,
      succeededBy: a.succeededBy ?? undefined,
      roles: a.roles.length > 0 ? a.roles.map((r) => ({ function: r.function, lead: r.lead || undefined, sources: distinctCitations(r.sources) })) : undefined,
      note: present(a.note),
      sources: distinctCitations(a.sources),
    })),
    relations: bundle.relations.map((r) => ({
      id: r.id,
      type: r.type,
      source: r.source,
      target: r.target,
      from: r.from ?? undefined,
      to: r.to ?? undefined,
      description: r.description,
      note: present(r.note),
      sources: distinctCitations(r.sources),
    })),
    events: bundle.events.map((e) => ({
      id: e.id,
      date: e.date,
      endDate: e.endDate ?? undefined,
      category: e.category,
      title: e.title,
      summary: e.summary,
      actors: [...new Set(e.actors)],
      note: present(e.note),
      sources: distinctCitations(e.sources),
    })),
  };
}

/** The bundle file's text: JSON with two-space indents and a final newline. */
export function bundleJson(bundle: BundleFile): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
