import { useApi } from '../../app/AppContext';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { SpacerRow } from '../../components/SpacerRow';
import { formatInstantDate } from '../../format/dates';
import { TableScroll } from '../../components/TableScroll';
import { useTableWindow } from '../../components/useTableWindow';
import { formatFileSize as formatSize } from '../../format/fileSize';
import { useCall } from '../../hooks/useCall';
import { useRemoveWithUndo } from '../../hooks/useRemoveWithUndo';
import { useSaveEvidence } from './useSaveEvidence';

/** Every file in the evidence store, what it is attached to, and deletion once nothing uses it. */
export function EvidenceSection() {
  const api = useApi();
  const removeWithUndo = useRemoveWithUndo();
  const saveEvidence = useSaveEvidence();
  const { state, reload } = useCall('evidence:list', () => api['evidence:list']({}), ['evidence', 'training']);
  const { attachBody, rowProps, indexes, before, after, rowCount } = useTableWindow(state.data?.length ?? 0);
  if (state.status === 'error' && !state.data) return <ErrorMessage error={state.error} onRetry={reload} />;
  if (!state.data) return <Loading label="Loading evidence files…" />;
  const files = state.data;

  const remove = (file: { id: string; fileName: string }) => removeWithUndo(() => api['evidence:remove']({ id: file.id }), file.fileName);

  return (
    <section className="section" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence files</h2>
      <p className="section-lead muted">Certificates, receipts and letters, copied into Certplan’s data folder. A file attached to a record cannot be deleted until it is detached.</p>
      {state.data.length === 0 ? (
        <EmptyState title="No evidence files yet">Attach a certificate when you add training; it is kept here for applications and audits.</EmptyState>
      ) : (
        <TableScroll label="Evidence files">
        <table className="data-table" aria-rowcount={rowCount}>
          <caption className="visually-hidden">Evidence files</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col" className="num">
                Size
              </th>
              <th scope="col">Added</th>
              <th scope="col">Attached to</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody ref={attachBody}>
            <SpacerRow height={before} colSpan={5} />
            {indexes.map((index) => {
              const file = files[index];
              if (!file) return null;
              return (
              <tr key={file.id} {...rowProps(index)}>
                <th scope="row">{file.fileName}</th>
                <td className="num">{formatSize(file.sizeBytes)}</td>
                <td>{formatInstantDate(file.createdAt)}</td>
                <td>{file.usedBy.length ? file.usedBy.join('; ') : <span className="muted">Not attached</span>}</td>
                <td className="row-actions">
                  <button type="button" className="button button-small" aria-label={`Save a copy of ${file.fileName}`} onClick={() => void saveEvidence(file.id)}>
                    Save a copy
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    aria-label={`Delete ${file.fileName}`}
                    disabled={file.usedBy.length > 0}
                    title={file.usedBy.length ? 'Detach it from its records first' : undefined}
                    onClick={() => void remove(file)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
              );
            })}
            <SpacerRow height={after} colSpan={5} />
          </tbody>
        </table>
        </TableScroll>
      )}
    </section>
  );
}
