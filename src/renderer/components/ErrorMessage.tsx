import type { AppError } from '../../shared/result';

/** Shows a core error as the person should read it; field details are shown next to fields. */
export function ErrorMessage({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  return (
    <div className="error-box" role="alert">
      <p>{error.message}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
