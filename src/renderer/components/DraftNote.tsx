/** Says that a form opened on a kept draft (or that one could not be read), with a way to drop it. */
export function DraftNote({ restored, dropped, onDiscard }: { restored: boolean; dropped: boolean; onDiscard: () => void }) {
  if (dropped) {
    return (
      <div className="draft-note" role="status">
        <p>A draft kept from before could not be read (it may come from an older version) and was set aside. The form starts empty.</p>
      </div>
    );
  }
  if (!restored) return null;
  return (
    <div className="draft-note" role="status">
      <p>This is the draft you had not saved yet. It is checked again when you save.</p>
      <button type="button" className="button button-small" onClick={onDiscard}>
        Discard the draft
      </button>
    </div>
  );
}
