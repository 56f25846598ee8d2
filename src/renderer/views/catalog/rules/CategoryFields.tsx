import { CE_SHARING, type Maintenance } from '../../../../shared/schemas/certification';
import { NumberField, SelectField, TextField } from '../../../components/fields';
import { type ErrorsOf, type Mutate, nextId } from './ruleEditing';

const SHARING_LABELS: Record<(typeof CE_SHARING)[number], string> = {
  'all-body-credentials': 'Every credential of this body',
  suite: 'Every credential of the suite',
  'when-relevant': 'Where relevant',
  none: 'This credential only',
};
const SHARING_OPTIONS = CE_SHARING.map((value) => ({ value, label: SHARING_LABELS[value] }));

const newCategory = (all: ReadonlyArray<{ id: string }>, name = '') => ({
  id: nextId('category', all),
  name,
  min: null,
  max: null,
  maxPerYear: null,
  sharing: 'none' as const,
  alwaysCountsToward: [],
  activityTypes: [],
});

/** Groups of categories with their minimums and caps, and caps on kinds of activity inside a category. */
export function CategoryFields({ maintenance, edit, err }: { maintenance: Maintenance; edit: Mutate<Maintenance>; err: ErrorsOf }) {
  return (
    <fieldset className="subform">
      <legend>Categories, minimums and caps</legend>
      {err('groups') ? <p className="field-error">{err('groups')}</p> : null}
      {maintenance.groups.map((group, gi) => (
        <div key={group.id} className="subform">
          <div className="form-grid">
            <TextField label={`Group ${gi + 1} name`} value={group.name} error={err(`groups.${gi}.name`)} onChange={(v) => edit((m) => void (m.groups[gi]!.name = v))} />
            <NumberField label="Group minimum" value={group.min} error={err(`groups.${gi}.min`)} onChange={(v) => edit((m) => void (m.groups[gi]!.min = v))} />
            <NumberField label="Group cap" value={group.max} error={err(`groups.${gi}.max`)} onChange={(v) => edit((m) => void (m.groups[gi]!.max = v))} />
            <button type="button" className="button button-small" onClick={() => edit((m) => void m.groups.splice(gi, 1))}>
              Remove group
            </button>
          </div>
          {err(`groups.${gi}.categories`) ? <p className="field-error">{err(`groups.${gi}.categories`)}</p> : null}
          {group.categories.map((cat, ci) => {
            const p = `groups.${gi}.categories.${ci}`;
            const at = (m: Maintenance) => m.groups[gi]!.categories[ci]!;
            return (
              <div key={cat.id} className="category-editor">
                <div className="form-grid category-row">
                  <TextField label="Category" value={cat.name} error={err(`${p}.name`)} onChange={(v) => edit((m) => void (at(m).name = v))} />
                  <NumberField label="Minimum" value={cat.min} error={err(`${p}.min`)} onChange={(v) => edit((m) => void (at(m).min = v))} />
                  <NumberField label="Cap" value={cat.max} error={err(`${p}.max`)} onChange={(v) => edit((m) => void (at(m).max = v))} />
                  <NumberField label="Cap a year" value={cat.maxPerYear} error={err(`${p}.maxPerYear`)} onChange={(v) => edit((m) => void (at(m).maxPerYear = v))} />
                  <SelectField label="Counts toward" value={cat.sharing} options={SHARING_OPTIONS} onChange={(v) => edit((m) => void (at(m).sharing = v))} />
                  <button type="button" className="button button-small" onClick={() => edit((m) => void m.groups[gi]!.categories.splice(ci, 1))}>
                    Remove category
                  </button>
                </div>
                {cat.activityTypes.map((kind, ki) => (
                  <div key={kind.id} className="form-grid kind-row">
                    <TextField label={`Kind of activity in ${cat.name || 'this category'}`} value={kind.name} error={err(`${p}.activityTypes.${ki}.name`)} onChange={(v) => edit((m) => void (at(m).activityTypes[ki]!.name = v))} />
                    <NumberField label="Cap for this kind" value={kind.max} error={err(`${p}.activityTypes.${ki}.max`)} onChange={(v) => edit((m) => void (at(m).activityTypes[ki]!.max = v))} />
                    <button type="button" className="button button-small" onClick={() => edit((m) => void at(m).activityTypes.splice(ki, 1))}>
                      Remove kind
                    </button>
                  </div>
                ))}
                <button type="button" className="button button-small" onClick={() => edit((m) => void at(m).activityTypes.push({ id: nextId('kind', at(m).activityTypes), name: '', max: null }))}>
                  + Add a kind of activity with its own cap
                </button>
              </div>
            );
          })}
          <button type="button" className="button button-small" onClick={() => edit((m) => void m.groups[gi]!.categories.push(newCategory(m.groups.flatMap((g) => g.categories))))}>
            + Add category
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-small"
        onClick={() =>
          edit((m) => void m.groups.push({ id: nextId('group', m.groups), name: '', min: null, max: null, categories: [newCategory(m.groups.flatMap((g) => g.categories), 'General')] }))
        }
      >
        + Add category group
      </button>
    </fieldset>
  );
}
