import type { ApiError } from '../../../api/result';

/** A refused operation: its message, and each problem it found on a line of its own. */
export function ApiErrorMessage({ error }: { error: ApiError }) {
  return (
    <div className="import-result import-result--refused" role="alert">
      <p>
        <strong>{error.message}</strong>
      </p>
      {error.problems && (
        <ul className="problems">
          {error.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
