/**
 * The submit (and optional cancel) row every form ends with; the label says what is happening.
 * `anotherLabel` adds a second submit button ("Add and add another") for forms people fill in
 * several times in a row; the form tells them apart by the submitter's value, `another`.
 */
export function FormActions({
  busy,
  submitLabel,
  busyLabel = 'Saving…',
  anotherLabel,
  onCancel,
  cancelLabel = 'Cancel',
}: {
  busy: boolean;
  submitLabel: string;
  busyLabel?: string;
  anotherLabel?: string;
  onCancel?: () => void;
  cancelLabel?: string;
}) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={busy} value="save">
        {busy ? busyLabel : submitLabel}
      </button>
      {anotherLabel ? (
        <button type="submit" className="button" disabled={busy} value="another">
          {anotherLabel}
        </button>
      ) : null}
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      ) : null}
    </div>
  );
}
