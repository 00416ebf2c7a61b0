import type { LegendEntry } from '../export/scene-context';
import { dashOf, shapePath } from '../export/shape-paths';

/** The legend of a printed scene: only what the page's map shows, each with its colour, shape or line. */
export function PrintLegend({ entries, heading }: { readonly entries: readonly LegendEntry[]; readonly heading: string }) {
  return (
    <section className="print-page__legend">
      <h2>{heading}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={`${entry.kind}:${entry.label}`}>
            <svg width="14" height="10" viewBox="0 0 20 20" aria-hidden="true" preserveAspectRatio="xMidYMid meet">
              {entry.kind === 'color' && <circle cx="10" cy="10" r="8" fill={entry.color} />}
              {entry.kind === 'shape' && <path d={shapePath(entry.shape)} fill="#59606b" />}
              {entry.kind === 'line' && <line x1="0" x2="20" y1="10" y2="10" stroke={entry.line.color} strokeWidth={entry.line.width * 1.5} strokeDasharray={dashOf(entry.line.line).join(' ') || undefined} />}
            </svg>
            {entry.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
