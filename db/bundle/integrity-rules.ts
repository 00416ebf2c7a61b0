import { endsBeforeStart } from '../../domain/intervals';
import type { Bundle, BundleCitation, RecordList } from './bundle-schema';
import { said } from './problem-catalogue';
import { recordPath, type BundleProblem } from './problem-location';

/**
 * Rules a bundle must pass before it may replace the database: ids are unique, every
 * reference resolves (role citations included), an actor lists each function once, intervals
 * do not end before they start, hierarchies have no cycles.
 * The schema has already checked each record on its own; these look across records.
 */

export function citationSourceId(citation: BundleCitation): string {
  return typeof citation === 'string' ? citation : citation.id;
}

function duplicateIds(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const lists: [RecordList, readonly { id?: string; code?: string }[]][] = [
    ['countries', bundle.countries],
    ['sources', bundle.sources],
    ['actors', bundle.actors],
    ['relations', bundle.relations],
    ['events', bundle.events],
  ];
  for (const [list, records] of lists) {
    const firstIndex = new Map<string, number>();
    records.forEach((record, index) => {
      const key = list === 'countries' ? 'code' : 'id';
      const id = record[key] as string;
      const earlier = firstIndex.get(id);
      if (earlier === undefined) firstIndex.set(id, index);
      else problems.push({ path: recordPath(list, index, key), ...said('integrity.idTaken', { id, other: `${list}[${earlier}]` }) });
    });
  }
  return problems;
}

function unresolvedReferences(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const countryCodes = new Set(bundle.countries.map((c) => c.code));
  const actorIds = new Set(bundle.actors.map((a) => a.id));
  const sourceIds = new Set(bundle.sources.map((s) => s.id));

  const checkActor = (list: RecordList, index: number, field: PropertyKey[], id: string | null | undefined) => {
    if (id && !actorIds.has(id)) problems.push({ path: recordPath(list, index, ...field), ...said('integrity.noActor', { id }) });
  };
  const checkCitations = (list: RecordList, index: number, citations: readonly BundleCitation[], within: PropertyKey[] = []) => {
    citations.forEach((citation, i) => {
      const id = citationSourceId(citation);
      if (!sourceIds.has(id)) {
        const field = typeof citation === 'string' ? ['sources', i] : ['sources', i, 'id'];
        problems.push({ path: recordPath(list, index, ...within, ...field), ...said('integrity.noSource', { id }) });
      }
    });
  };

  bundle.actors.forEach((actor, index) => {
    if (actor.country !== null && !countryCodes.has(actor.country)) {
      problems.push({ path: recordPath('actors', index, 'country'), ...said('integrity.noCountry', { id: actor.country }) });
    }
    checkActor('actors', index, ['parent'], actor.parent);
    checkActor('actors', index, ['succeededBy'], actor.succeededBy);
    if (actor.parent === actor.id) problems.push({ path: recordPath('actors', index, 'parent'), ...said('integrity.ownParent') });
    if (actor.succeededBy === actor.id) {
      problems.push({ path: recordPath('actors', index, 'succeededBy'), ...said('integrity.ownSuccessor') });
    }
    checkCitations('actors', index, actor.sources);
    actor.roles.forEach((role, r) => checkCitations('actors', index, role.sources, ['roles', r]));
  });
  bundle.relations.forEach((relation, index) => {
    checkActor('relations', index, ['source'], relation.source);
    checkActor('relations', index, ['target'], relation.target);
    if (relation.source === relation.target) {
      problems.push({ path: recordPath('relations', index, 'target'), ...said('integrity.sameEnds') });
    }
    checkCitations('relations', index, relation.sources);
  });
  bundle.events.forEach((event, index) => {
    event.actors.forEach((actorId, i) => checkActor('events', index, ['actors', i], actorId));
    checkCitations('events', index, event.sources);
  });
  return problems;
}

function repeatedFunctions(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  bundle.actors.forEach((actor, index) => {
    const firstRole = new Map<string, number>();
    actor.roles.forEach((role, r) => {
      const earlier = firstRole.get(role.function);
      if (earlier === undefined) firstRole.set(role.function, r);
      else {
        problems.push({
          path: recordPath('actors', index, 'roles', r, 'function'),
          ...said('integrity.functionRepeated', { function: role.function, earlier }),
        });
      }
    });
  });
  return problems;
}

function intervalsOutOfOrder(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const check = (list: RecordList, index: number, start: string | null | undefined, end: string | null | undefined, endField: string, startField: string) => {
    if (start && end && endsBeforeStart(start, end)) {
      problems.push({ path: recordPath(list, index, endField), ...said('integrity.endsBeforeStart', { end, startField, start }) });
    }
  };
  bundle.actors.forEach((a, i) => check('actors', i, a.from, a.to, 'to', 'from'));
  bundle.relations.forEach((r, i) => check('relations', i, r.from, r.to, 'to', 'from'));
  bundle.events.forEach((e, i) => check('events', i, e.date, e.endDate, 'endDate', 'date'));
  return problems;
}

/** Follows `next` from every actor; reports each cycle once, at the actor where it is first met. */
function cycles(bundle: Bundle, field: 'parent' | 'succeededBy'): BundleProblem[] {
  const next = new Map(bundle.actors.map((a) => [a.id, a[field] ?? null]));
  const indexOf = new Map(bundle.actors.map((a, i) => [a.id, i]));
  const reported = new Set<string>();
  const problems: BundleProblem[] = [];
  for (const start of bundle.actors) {
    const seen: string[] = [];
    let current: string | null | undefined = start.id;
    while (current && next.has(current) && !seen.includes(current)) {
      seen.push(current);
      current = next.get(current);
    }
    if (current && seen.includes(current) && current !== next.get(current) && !reported.has(current)) {
      const loop = seen.slice(seen.indexOf(current));
      loop.forEach((id) => reported.add(id));
      problems.push({
        path: recordPath('actors', indexOf.get(current) ?? 0, field),
        ...said(field === 'parent' ? 'integrity.parentCycle' : 'integrity.successionCycle', { loop: [...loop, current].join(' → ') }),
      });
    }
  }
  return problems;
}

export function integrityProblems(bundle: Bundle): BundleProblem[] {
  return [
    ...duplicateIds(bundle),
    ...unresolvedReferences(bundle),
    ...repeatedFunctions(bundle),
    ...intervalsOutOfOrder(bundle),
    ...cycles(bundle, 'parent'),
    ...cycles(bundle, 'succeededBy'),
  ];
}
