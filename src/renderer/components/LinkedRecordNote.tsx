import { useState } from 'react';

/**
 * One record, two uses: says what a record is also logged as and, when an edit left the two
 * apart, offers to copy the change onto the other (or to keep them as they are).
 */
export function LinkedRecordNote({
  text,
  differences,
  otherName,
  onUpdate,
}: {
  text: string;
  differences: string[];
  otherName: string;
  onUpdate: () => Promise<void>;
}) {
  const [kept, setKept] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = differences.join(',');
  const offer = differences.length > 0 && kept !== key;
  return (
    <span className="cell-note linked-note">
      {text}
      {offer ? (
        <span className="linked-offer" role="group" aria-label={`Update the linked ${otherName}`}>
          {' '}
          Its {differences.join(', ')} differ{differences.length === 1 && !differences[0]?.includes(' and ') ? 's' : ''}.{' '}
          <button
            type="button"
            className="link-button"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void onUpdate().finally(() => setBusy(false));
            }}
          >
            Update the {otherName} to match
          </button>{' '}
          <button type="button" className="link-button" onClick={() => setKept(key)}>
            Keep both as they are
          </button>
        </span>
      ) : null}
    </span>
  );
}
