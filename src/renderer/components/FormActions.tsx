/** The submit (and optional cancel) row every form ends with; the label says what is happening. */
export function FormActions({
  busy,
  submitLabel,
  busyLabel = 'Saving…',
  onCancel,
}: {
  busy: boolean;
  submitLabel: string;
  busyLabel?: string;
  onCancel?: () => void;
}) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </div>
  );
}
