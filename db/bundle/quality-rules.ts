import { firstDayOf, lastDayOf } from '../../domain/partial-date';
import { audienceTexts } from './audience-texts';
import type { Bundle, BundleCitation, RecordList } from './bundle-schema';
import disallowedSourceHosts from './disallowed-source-hosts.json';
import { said } from './problem-catalogue';
import { recordPath, type BundleProblem, type ProblemPath } from './problem-location';

/**
 * Rules the shipped dataset must meet but a user's draft bundle may break: loading reports
 * these as warnings, `npm run check:data` fails on them. Each message says what to fix.
 */

function unratedCitations(citations: readonly BundleCitation[], path: ProblemPath): BundleProblem[] {
  return citations.flatMap((citation, i) =>
    typeof citation === 'string' ? [{ path: [...path, i], ...said('quality.noConfidence', { id: citation }) }] : [],
  );
}

function uncitedRecords(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const check = (list: RecordList, records: readonly { sources: readonly BundleCitation[] }[]) =>
    records.forEach((record, index) => {
      if (record.sources.length === 0) {
        problems.push({ path: recordPath(list, index, 'sources'), ...said('quality.citesNoSource') });
      }
      problems.push(...unratedCitations(record.sources, recordPath(list, index, 'sources')));
    });
  check('actors', bundle.actors);
  check('relations', bundle.relations);
  check('events', bundle.events);
  bundle.actors.forEach((actor, index) =>
    actor.roles.forEach((role, r) => problems.push(...unratedCitations(role.sources, recordPath('actors', index, 'roles', r, 'sources')))),
  );
  return problems;
}

function normalizedName(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

function repeatedNames(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const firstIndex = new Map<string, number>();
  bundle.actors.forEach((actor, index) => {
    for (const [lang, name] of Object.entries(actor.name)) {
      const key = `${actor.country ?? '-'}\u0000${lang}\u0000${normalizedName(name)}`;
      const earlier = firstIndex.get(key);
      if (earlier === undefined) firstIndex.set(key, index);
      else {
        problems.push({
          path: recordPath('actors', index, 'name', lang),
          ...said('quality.sameName', { name, earlier, id: bundle.actors[earlier]?.id ?? '' }),
        });
      }
    }
  });
  return problems;
}

function inconsistentSuccessions(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const byId = new Map(bundle.actors.map((a) => [a.id, a]));
  bundle.actors.forEach((actor, index) => {
    const successor = actor.succeededBy ? byId.get(actor.succeededBy) : undefined;
    if (!successor) return;
    if (!actor.to) {
      problems.push({ path: recordPath('actors', index, 'to'), ...said('quality.toMissingThoughSucceeded', { id: successor.id }) });
    } else if (successor.from && firstDayOf(successor.from) < lastDayOf(actor.to) - 1) {
      problems.push({
        path: recordPath('actors', index, 'succeededBy'),
        ...said('quality.successorTooEarly', { id: successor.id, from: successor.from, to: actor.to }),
      });
    }
  });
  return problems;
}

function unconnectedActors(bundle: Bundle): BundleProblem[] {
  const connected = new Set<string>();
  for (const relation of bundle.relations) {
    connected.add(relation.source);
    connected.add(relation.target);
  }
  for (const event of bundle.events) event.actors.forEach((id) => connected.add(id));
  return bundle.actors.flatMap((actor, index) =>
    connected.has(actor.id) ? [] : [{ path: recordPath('actors', index), ...said('quality.unconnected') }],
  );
}

// Without a creation date an organization is drawn as existing since the start of the timeline.
function undatedOrganizations(bundle: Bundle): BundleProblem[] {
  return bundle.actors.flatMap((actor, index) =>
    actor.type === 'sector' || actor.from
      ? []
      : [{ path: recordPath('actors', index, 'from'), ...said('quality.fromMissing') }],
  );
}

function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
}

function sourcesOnDisallowedHosts(bundle: Bundle): BundleProblem[] {
  return bundle.sources.flatMap((source, index) => {
    if (!source.url) return [];
    const host = hostOf(source.url);
    const listed = disallowedSourceHosts.hosts.find((entry) => host === entry.host || host.endsWith(`.${entry.host}`));
    return listed
      ? [{
          path: recordPath('sources', index, 'url'),
          ...said('quality.disallowedHost', { host, kind: listed.kind }),
        }]
      : [];
  });
}

function sourcesWithoutPublisherOrDate(bundle: Bundle): BundleProblem[] {
  return bundle.sources.flatMap((source, index) => [
    ...(source.publisher?.trim() ? [] : [{ path: recordPath('sources', index, 'publisher'), ...said('quality.publisherMissing') }]),
    ...(source.date ? [] : [{ path: recordPath('sources', index, 'date'), ...said('quality.dateMissing') }]),
  ]);
}

// Readers see a document's title and publisher, never the name of a file on our disk.
const FILE_NAME = /[^\s.()（）「」『』]+\.(?:txt|json|pdf|csv|tsv|md|docx?|xlsx?|pptx?|zip)(?![A-Za-z0-9])/iu;
const SEED_WORD = /\bseeds?\b|シード/iu;

function fileNamesInAudienceTexts(bundle: Bundle): BundleProblem[] {
  return audienceTexts(bundle).flatMap(({ path, text }) => {
    const fileName = FILE_NAME.exec(text);
    if (fileName) return [{ path, ...said('quality.mentionsFileName', { name: fileName[0] }) }];
    const seed = SEED_WORD.exec(text);
    return seed ? [{ path, ...said('quality.mentionsSeed', { name: seed[0] }) }] : [];
  });
}

export function qualityProblems(bundle: Bundle): BundleProblem[] {
  return [
    ...uncitedRecords(bundle),
    ...repeatedNames(bundle),
    ...inconsistentSuccessions(bundle),
    ...unconnectedActors(bundle),
    ...undatedOrganizations(bundle),
    ...sourcesOnDisallowedHosts(bundle),
    ...sourcesWithoutPublisherOrDate(bundle),
    ...fileNamesInAudienceTexts(bundle),
  ];
}
