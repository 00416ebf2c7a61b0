import type { AppRun } from './app-steps';
import type { BareRun } from './bare-steps';
import type { StepTiming } from './page-hooks';

/**
 * The renderer benchmark's table, per dataset size: each step's median and min–max over the
 * runs, the bare page's median and the ratio where the bare page has the same step, the issue's
 * target (issue 14) and PASS/MISS, and the long tasks (> 50 ms) seen during the step.
 */

export type SizeName = 'shipped' | '1000' | '5000';

interface Row {
  readonly step: string;
  readonly app: readonly number[];
  readonly bare?: readonly number[];
  readonly unit: 'ms' | 'MB' | 'count';
  readonly target?: string;
  /** Whether the medians meet the target (undefined: no target). */
  readonly pass?: (app: number, ratio: number | null) => boolean;
  readonly tasks?: readonly StepTiming[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function show(value: number, unit: Row['unit']): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'MB') return `${(value / 1024 / 1024).toFixed(1)} MB`;
  if (unit === 'count') return Math.round(value).toLocaleString('en');
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

function rowsFor(size: SizeName, app: readonly AppRun[], bare: readonly BareRun[]): Row[] {
  const big = size === '5000';
  const noLongTask = (timings: readonly StepTiming[]) => timings.every((t) => t.longTasks === 0);
  const ms = (pick: (run: AppRun) => StepTiming) => app.map((run) => pick(run).ms);
  const bareMs = (pick: (run: BareRun) => StepTiming) => bare.map((run) => pick(run).ms);
  return [
    {
      step: 'navigation → interactive map',
      app: ms((r) => r.navigation),
      bare: bareMs((r) => r.navigation),
      unit: 'ms',
      target: big ? '≤ 1.3× bare, < 3 s' : '≤ 1.3× bare',
      pass: (median, ratio) => ratio !== null && ratio <= 1.3 && (!big || median < 3000),
      tasks: app.map((r) => r.navigation),
    },
    { step: '  of which before Cytoscape starts', app: app.map((r) => r.beforeCytoscape), bare: bare.map((r) => r.beforeCytoscape), unit: 'ms' },
    {
      step: 'language switch EN→JA, painted',
      app: ms((r) => r.language),
      bare: bareMs((r) => r.language),
      unit: 'ms',
      target: size === 'shipped' ? '≤ 33 ms' : '≤ 150 ms',
      pass: (median) => median <= (size === 'shipped' ? 33 : 150),
      tasks: app.map((r) => r.language),
    },
    {
      step: 'as-of date one year later, painted',
      app: ms((r) => r.asOf),
      bare: bareMs((r) => r.asOf),
      unit: 'ms',
      target: size === 'shipped' ? '≤ 16 ms' : '≤ 50 ms',
      pass: (median) => median <= (size === 'shipped' ? 16 : 50),
      tasks: app.map((r) => r.asOf),
    },
    {
      step: 'first click on the whole map → highlighted',
      app: ms((r) => r.firstSelectHighlighted),
      unit: 'ms',
      target: '≤ 50 ms',
      pass: (median) => median <= 50,
      tasks: app.map((r) => r.firstSelectHighlighted),
    },
    { step: '  then the map at rest, beside the panel', app: ms((r) => r.firstSelect), unit: 'ms', tasks: app.map((r) => r.firstSelect) },
    {
      step: 'click a node → details shown',
      app: ms((r) => r.select),
      bare: bareMs((r) => r.select),
      unit: 'ms',
      target: '≤ 50 ms',
      pass: (median) => median <= 50,
      tasks: app.map((r) => r.select),
    },
    {
      step: 'search Enter → highlighted',
      app: ms((r) => r.searchHighlighted),
      unit: 'ms',
      target: '≤ 50 ms',
      pass: (median) => median <= 50,
      tasks: app.map((r) => r.searchHighlighted),
    },
    { step: '  then brought into view, at rest', app: ms((r) => r.search), unit: 'ms', tasks: app.map((r) => r.search) },
    {
      step: 'timeline opened',
      app: ms((r) => r.timeline),
      unit: 'ms',
      target: 'no long task',
      pass: () => noLongTask(app.map((r) => r.timeline)),
      tasks: app.map((r) => r.timeline),
    },
    {
      step: 'JS heap after load (after GC)',
      app: app.map((r) => r.memory.heapBytes),
      bare: bare.map((r) => r.memory.heapBytes),
      unit: 'MB',
      ...(big ? { target: '< 120 MB', pass: (median: number) => median < 120 * 1024 * 1024 } : {}),
    },
    { step: 'DOM elements after load', app: app.map((r) => r.memory.domElements), bare: bare.map((r) => r.memory.domElements), unit: 'count' },
  ];
}

function longTaskCell(tasks: readonly StepTiming[] | undefined): string {
  if (!tasks) return '';
  const runsWith = tasks.filter((t) => t.longTasks > 0).length;
  if (runsWith === 0) return 'none';
  return `${runsWith}/${tasks.length} runs, longest ${show(Math.max(...tasks.map((t) => t.longestTask)), 'ms')}`;
}

const HEADERS = ['step', 'app median', 'app min–max', 'bare median', 'ratio', 'target', 'result', 'long tasks > 50 ms (app)'] as const;

/** Markdown-style table rows (readable in a terminal and pasteable into the README). */
export function sizeTable(size: SizeName, app: readonly AppRun[], bare: readonly BareRun[]): string {
  const lines = rowsFor(size, app, bare).map((row) => {
    const appMedian = median(row.app);
    const bareMedian = row.bare ? median(row.bare) : NaN;
    const ratio = row.bare && Number.isFinite(bareMedian) && bareMedian > 0 ? appMedian / bareMedian : null;
    // The long-task target ("no long task over 50 ms") is its own column: "none" meets it.
    const result = row.pass ? (row.pass(appMedian, ratio) ? 'PASS' : 'MISS') : '';
    return [
      row.step,
      show(appMedian, row.unit),
      `${show(Math.min(...row.app), row.unit)}–${show(Math.max(...row.app), row.unit)}`,
      row.bare ? show(bareMedian, row.unit) : '',
      ratio === null ? '' : `${ratio.toFixed(1)}×`,
      row.target ?? '',
      result,
      longTaskCell(row.tasks),
    ];
  });
  const widths = HEADERS.map((header, column) => Math.max(header.length, ...lines.map((line) => (line[column] ?? '').length)));
  const format = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [format(HEADERS), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}
