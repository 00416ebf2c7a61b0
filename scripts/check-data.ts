// npm run check:data -- [bundle.json]
// Checks a dataset bundle (the shipped one by default) against every loading and quality
// rule of docs/dataset-format.md, prints its counts, and exits 1 on any problem.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkDataset, type DatasetReport } from '../db/bundle/check-dataset';

function table(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');
}

function printReport(report: DatasetReport): void {
  const actorTotal = Object.values(report.actorsByCountryAndType).reduce((sum, types) => sum + Object.values(types).reduce((a, b) => a + b, 0), 0);
  console.log(`Actors: ${actorTotal}`);
  for (const [country, types] of Object.entries(report.actorsByCountryAndType)) {
    console.log(`  ${country}: ${Object.values(types).reduce((a, b) => a + b, 0)} (${table(types)})`);
  }
  console.log(`Relations: ${Object.values(report.relationsByType).reduce((a, b) => a + b, 0)} (${table(report.relationsByType)})`);
  console.log(`Events: ${Object.values(report.eventsByCategory).reduce((a, b) => a + b, 0)} (${table(report.eventsByCategory)})`);
  console.log(`Sources: ${report.sources}; citations by confidence: ${table(report.citationsByConfidence)}`);
  console.log(
    `Language coverage: ${Object.entries(report.languageCoverage)
      .map(([lang, { present, total }]) => `${lang} ${present}/${total} texts`)
      .join(', ')}`,
  );
  console.log(`Names that are our own translation: ${table(report.unofficialNames) || 'none'}; records with a note: ${report.notes}`);
  console.log(`Functions held (leads): ${table(report.rolesByFunction) || 'none'} (${table(report.leadsByFunction) || 'none'})`);
  console.log(`Japanese readings: ${report.readings}; release: ${report.release ?? 'none'}`);
  const { total, withOfficialCitation, singleSource } = report.records;
  console.log(
    `Records (actors, relations, events): ${total}; with an official citation: ${withOfficialCitation} (${percent(withOfficialCitation, total)}); ` +
      `citing a single source: ${singleSource} (${percent(singleSource, total)})`,
  );
  if (report.weaklySourced.length > 0) {
    console.log(`\nWarning: ${report.weaklySourced.length} records rest on one reported or analyst source; give them a better one:`);
    for (const record of report.weaklySourced) console.log(`  - ${record}`);
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0 %' : `${((100 * part) / whole).toFixed(1)} %`;
}

const path = resolve(process.argv[2] ?? 'assets/dataset/alliance-atlas.json');
let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch (error) {
  console.error(`Cannot read ${path}: ${(error as Error).message}`);
  process.exit(1);
}
const result = checkDataset(text);
console.log(`Dataset check of ${relative(process.cwd(), path) || path}`);
if (result.report) printReport(result.report);
if (!result.ok) {
  console.error(`\nFAILED: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
  for (const problem of result.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log('\nOK: every rule passes.');
