import { MAINTENANCE_KINDS, type Maintenance } from '../../../../shared/schemas/certification';
import { CheckboxField, NumberField, SelectField, TextField } from '../../../components/fields';
import { MAINTENANCE_LABELS } from '../../../format/labels';
import { FeesEditor } from '../editor/FeesEditor';
import { CategoryFields } from './CategoryFields';
import { type ErrorsOf, type Mutate, slugOf } from './ruleEditing';

type CarryChoice = 'unknown' | 'none' | 'last-year-excess';

/**
 * Every renewal rule the engines apply: cycle and total, minimums and caps per group and category,
 * caps on kinds of activity, a minimum in every year (with a minimum from one category), bounds on
 * one activity, a daily cap, carry-over with its maximum, suite-level renewal and record keeping.
 */
export function MaintenanceFields({ maintenance: m, edit, errors, prefix, allowUnknown }: { maintenance: Maintenance; edit: Mutate<Maintenance>; errors: Record<string, string>; prefix: string; allowUnknown: boolean }) {
  const err: ErrorsOf = (path) => errors[`${prefix}${path}`];
  const ce = m.kind === 'continuing-education';
  const kinds = MAINTENANCE_KINDS.filter((k) => allowUnknown || k !== 'unknown');
  const categories = m.groups.flatMap((g) => g.categories);
  const carry: CarryChoice = m.carryOver === null ? 'unknown' : m.carryOver.rule;
  return (
    <div className="stack">
      <div className="form-grid">
        <SelectField label="How it is renewed" value={m.kind} error={err('kind')} options={kinds.map((k) => ({ value: k, label: MAINTENANCE_LABELS[k] }))} onChange={(kind) => edit((x) => void (x.kind = kind))} />
        {m.kind !== 'none' ? <NumberField label="Cycle (years)" value={m.cycleYears} error={err('cycleYears')} onChange={(v) => edit((x) => void (x.cycleYears = v))} /> : null}
        {ce ? (
          <>
            <TextField label="Unit name" value={m.unitName ?? ''} hint="e.g. PDU, CEU, CPD point" error={err('unitName')} onChange={(v) => edit((x) => void (x.unitName = v.trim() ? v : null))} />
            <NumberField label="Units per cycle" value={m.totalUnits} error={err('totalUnits')} onChange={(v) => edit((x) => void (x.totalUnits = v))} />
            <NumberField label="Smallest step" value={m.unitStep} hint="e.g. 0.25" error={err('unitStep')} onChange={(v) => edit((x) => void (x.unitStep = v))} />
            <NumberField label="Most units one day may count" value={m.maxUnitsPerDay} hint="Empty: no daily cap" error={err('maxUnitsPerDay')} onChange={(v) => edit((x) => void (x.maxUnitsPerDay = v))} />
          </>
        ) : null}
        <NumberField label="Suspension after the cycle (months)" value={m.suspensionMonths} error={err('suspensionMonths')} onChange={(v) => edit((x) => void (x.suspensionMonths = v))} />
      </div>
      {ce ? (
        <>
          <fieldset className="subform">
            <legend>Every year of the cycle</legend>
            <CheckboxField
              label="A minimum is needed in every year, not only over the cycle"
              checked={m.perYear !== null}
              onChange={(on) => edit((x) => void (x.perYear = on ? { minimum: 0, categoryMinimums: [] } : null))}
            />
            {m.perYear ? (
              <div className="stack">
                <NumberField label="Units needed every year" value={m.perYear.minimum} error={err('perYear.minimum') ?? err('perYear')} onChange={(v) => edit((x) => void (x.perYear!.minimum = v ?? Number.NaN))} />
                {m.perYear.categoryMinimums.map((cm, i) => (
                  <div key={i} className="form-grid">
                    <SelectField
                      label="Of which from category"
                      value={cm.categoryId}
                      error={err(`perYear.categoryMinimums.${i}.categoryId`)}
                      options={categories.map((c) => ({ value: c.id, label: c.name || c.id }))}
                      onChange={(v) => edit((x) => void (x.perYear!.categoryMinimums[i]!.categoryId = v))}
                    />
                    <NumberField label="At least" value={cm.minimum} error={err(`perYear.categoryMinimums.${i}.minimum`)} onChange={(v) => edit((x) => void (x.perYear!.categoryMinimums[i]!.minimum = v ?? Number.NaN))} />
                    <button type="button" className="button button-small" onClick={() => edit((x) => void x.perYear!.categoryMinimums.splice(i, 1))}>
                      Remove
                    </button>
                  </div>
                ))}
                {categories.length > 0 ? (
                  <button type="button" className="button button-small" onClick={() => edit((x) => void x.perYear!.categoryMinimums.push({ categoryId: categories[0]!.id, minimum: 0 }))}>
                    + A minimum from one category each year
                  </button>
                ) : null}
              </div>
            ) : null}
          </fieldset>
          <fieldset className="subform">
            <legend>One activity</legend>
            <CheckboxField
              label="One activity may claim only so many units"
              checked={m.activityUnits !== null}
              onChange={(on) => edit((x) => void (x.activityUnits = on ? { min: null, max: null, aboveMax: 'refuse' } : null))}
            />
            {m.activityUnits ? (
              <div className="form-grid">
                <NumberField label="At least" value={m.activityUnits.min} error={err('activityUnits.min')} onChange={(v) => edit((x) => void (x.activityUnits!.min = v))} />
                <NumberField label="At most" value={m.activityUnits.max} error={err('activityUnits.max')} onChange={(v) => edit((x) => void (x.activityUnits!.max = v))} />
                <SelectField
                  label="Above the most"
                  value={m.activityUnits.aboveMax}
                  options={[
                    { value: 'refuse', label: 'Refuse the activity' },
                    { value: 'count-up-to-max', label: 'Count up to the most' },
                  ]}
                  onChange={(v) => edit((x) => void (x.activityUnits!.aboveMax = v))}
                />
              </div>
            ) : null}
          </fieldset>
          <CategoryFields maintenance={m} edit={edit} err={err} />
        </>
      ) : null}
      <div className="form-grid">
        <SelectField<CarryChoice>
          label="Carry-over to the next cycle"
          value={carry}
          error={err('carryOver')}
          options={[
            { value: 'unknown', label: 'Unknown' },
            { value: 'none', label: 'None' },
            { value: 'last-year-excess', label: 'Surplus earned in the last year' },
          ]}
          onChange={(v) => edit((x) => void (x.carryOver = v === 'unknown' ? null : v === 'none' ? { rule: 'none' } : { rule: 'last-year-excess', maxUnits: null }))}
        />
        {m.carryOver?.rule === 'last-year-excess' ? (
          <NumberField
            label="Most units that carry over"
            value={typeof m.carryOver.maxUnits === 'number' ? m.carryOver.maxUnits : null}
            hint="Empty: the maximum is unknown and nothing carries over"
            error={err('carryOver.maxUnits')}
            onChange={(v) => edit((x) => void (x.carryOver = { rule: 'last-year-excess', maxUnits: v }))}
          />
        ) : null}
        <TextField
          label="Renewal shared by a suite"
          value={m.suite?.name ?? ''}
          hint="e.g. the certifications of one product suite share a renew-by date"
          error={err('suite.name')}
          onChange={(v) => edit((x) => void (x.suite = v.trim() ? { id: slugOf(v), name: v } : null))}
        />
        <NumberField label="Keep evidence after the cycle (months)" value={m.recordKeepingMonths} error={err('recordKeepingMonths')} onChange={(v) => edit((x) => void (x.recordKeepingMonths = v))} />
      </div>
      <FeesEditor label="Renewal fees" fees={m.renewalFees} prefix={`${prefix}renewalFees`} errors={errors} onChange={(fees) => edit((x) => void (x.renewalFees = fees))} />
      <TextField label="Notes" multiline value={m.notes ?? ''} error={err('notes')} onChange={(v) => edit((x) => void (x.notes = v.trim() ? v : null))} />
    </div>
  );
}
