import { MaintenanceFields } from '../rules/MaintenanceFields';
import type { SectionProps } from './editorTypes';

export function MaintenanceSection({ draft, edit, errors }: SectionProps) {
  return (
    <fieldset className="form-section">
      <legend>Renewal</legend>
      <MaintenanceFields maintenance={draft.maintenance} allowUnknown errors={errors} prefix="maintenance." edit={(change) => edit((d) => change(d.maintenance))} />
    </fieldset>
  );
}
