import { CE_SHARING, MAINTENANCE_KINDS } from '../../../../shared/schemas/certification';
import { NumberField, SelectField, TextField } from '../../../components/fields';
import { MAINTENANCE_LABELS } from '../../../format/labels';
import { nextId } from './draftModel';
import type { SectionProps } from './editorTypes';
import { FeesEditor } from './FeesEditor';

const SHARING_OPTIONS = CE_SHARING.map((value) => ({
  value,
  label: value === 'all-body-credentials' ? 'Every credential of this body' : value === 'when-relevant' ? 'Where relevant' : 'This credential only',
}));

export function MaintenanceSection({ draft, edit, errors }: SectionProps) {
  const m = draft.maintenance;
  const ce = m.kind === 'continuing-education';
  return (
    <fieldset className="form-section">
      <legend>Renewal</legend>
      <div className="form-grid">
        <SelectField label="How it is renewed" value={m.kind} options={MAINTENANCE_KINDS.map((k) => ({ value: k, label: MAINTENANCE_LABELS[k] }))} onChange={(kind) => edit((d) => void (d.maintenance.kind = kind))} />
        {m.kind !== 'none' ? (
          <NumberField label="Cycle (years)" value={m.cycleYears} error={errors['maintenance.cycleYears']} onChange={(v) => edit((d) => void (d.maintenance.cycleYears = v))} />
        ) : null}
        {ce ? (
          <>
            <TextField label="Unit name" value={m.unitName ?? ''} hint="e.g. PDU, CEU, CPD point" error={errors['maintenance.unitName']} onChange={(v) => edit((d) => void (d.maintenance.unitName = v.trim() ? v : null))} />
            <NumberField label="Units per cycle" value={m.totalUnits} error={errors['maintenance.totalUnits']} onChange={(v) => edit((d) => void (d.maintenance.totalUnits = v))} />
            <NumberField label="Smallest step" value={m.unitStep} hint="e.g. 0.25" error={errors['maintenance.unitStep']} onChange={(v) => edit((d) => void (d.maintenance.unitStep = v))} />
            <NumberField label="Units needed every year" value={m.annualMinimum} error={errors['maintenance.annualMinimum']} onChange={(v) => edit((d) => void (d.maintenance.annualMinimum = v))} />
          </>
        ) : null}
        <NumberField label="Suspension after the cycle (months)" value={m.suspensionMonths} error={errors['maintenance.suspensionMonths']} onChange={(v) => edit((d) => void (d.maintenance.suspensionMonths = v))} />
        <SelectField
          label="Carry-over"
          value={m.carryOver ?? 'none'}
          options={[
            { value: 'none', label: 'None' },
            { value: 'last-year-excess', label: 'Excess from the last year' },
          ]}
          onChange={(v) => edit((d) => void (d.maintenance.carryOver = v))}
        />
      </div>
      {ce ? (
        <fieldset className="subform">
          <legend>Categories, minimums and caps</legend>
          {m.groups.map((group, gi) => (
            <div key={group.id} className="subform">
              <div className="form-grid">
                <TextField label={`Group ${gi + 1} name`} value={group.name} error={errors[`maintenance.groups.${gi}.name`]} onChange={(v) => edit((d) => void (d.maintenance.groups[gi]!.name = v))} />
                <NumberField label="Group minimum" value={group.min} error={errors[`maintenance.groups.${gi}.min`]} onChange={(v) => edit((d) => void (d.maintenance.groups[gi]!.min = v))} />
                <NumberField label="Group maximum" value={group.max} error={errors[`maintenance.groups.${gi}.max`]} onChange={(v) => edit((d) => void (d.maintenance.groups[gi]!.max = v))} />
                <button type="button" className="button button-small" onClick={() => edit((d) => void d.maintenance.groups.splice(gi, 1))}>
                  Remove group
                </button>
              </div>
              {errors[`maintenance.groups.${gi}.categories`] ? <p className="field-error">{errors[`maintenance.groups.${gi}.categories`]}</p> : null}
              {group.categories.map((cat, ci) => {
                const p = `maintenance.groups.${gi}.categories.${ci}`;
                return (
                  <div key={cat.id} className="form-grid category-row">
                    <TextField label="Category" value={cat.name} error={errors[`${p}.name`]} onChange={(v) => edit((d) => void (d.maintenance.groups[gi]!.categories[ci]!.name = v))} />
                    <NumberField label="Minimum" value={cat.min} error={errors[`${p}.min`]} onChange={(v) => edit((d) => void (d.maintenance.groups[gi]!.categories[ci]!.min = v))} />
                    <NumberField label="Maximum" value={cat.max} error={errors[`${p}.max`]} onChange={(v) => edit((d) => void (d.maintenance.groups[gi]!.categories[ci]!.max = v))} />
                    <SelectField label="Counts toward" value={cat.sharing} options={SHARING_OPTIONS} onChange={(v) => edit((d) => void (d.maintenance.groups[gi]!.categories[ci]!.sharing = v))} />
                    <button type="button" className="button button-small" onClick={() => edit((d) => void d.maintenance.groups[gi]!.categories.splice(ci, 1))}>
                      Remove category
                    </button>
                  </div>
                );
              })}
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  edit((d) => {
                    const all = d.maintenance.groups.flatMap((g) => g.categories);
                    d.maintenance.groups[gi]!.categories.push({ id: nextId('category', all), name: '', min: null, max: null, maxPerYear: null, sharing: 'none', alwaysCountsToward: [] });
                  })
                }
              >
                + Add category
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button-small"
            onClick={() =>
              edit((d) => {
                const all = d.maintenance.groups.flatMap((g) => g.categories);
                d.maintenance.groups.push({
                  id: nextId('group', d.maintenance.groups),
                  name: '',
                  min: null,
                  max: null,
                  categories: [{ id: nextId('category', all), name: 'General', min: null, max: null, maxPerYear: null, sharing: 'none', alwaysCountsToward: [] }],
                });
              })
            }
          >
            + Add category group
          </button>
        </fieldset>
      ) : null}
      <FeesEditor label="Renewal fees" fees={m.renewalFees} prefix="maintenance.renewalFees" errors={errors} onChange={(fees) => edit((d) => void (d.maintenance.renewalFees = fees))} />
      <TextField label="Notes" multiline value={m.notes ?? ''} error={errors['maintenance.notes']} onChange={(v) => edit((d) => void (d.maintenance.notes = v.trim() ? v : null))} />
    </fieldset>
  );
}
