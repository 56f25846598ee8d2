import { useId } from 'react';
import { WEEKDAY_NAMES } from '../../../../shared/schemas/preparation';
import { spreadWeeklyMinutes, weeklyFormOf } from '../../../../shared/weeklyHours';
import { CheckboxField, NumberField } from '../../../components/fields';
import type { FieldErrors } from '../../../forms/fieldErrors';
import { formatDuration } from '../../../format/duration';

export interface WeeklyTime {
  weeklyHours: number | null;
  /** Monday first: the days hours a week are spread over. */
  days: boolean[];
  /** Set day by day instead. */
  split: boolean;
  dayHours: (number | null)[];
}

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const minutesOf = (h: number | null) => (h === null ? Number.NaN : Number.isNaN(h) ? Number.NaN : Math.round(h * 60));

/** The form's view of stored minutes per weekday: hours a week when evenly spread, else day by day. */
export function weeklyTimeOf(availability: readonly number[]): WeeklyTime {
  const weekly = weeklyFormOf(availability);
  return {
    weeklyHours: hours(availability.reduce((s, m) => s + m, 0)),
    days: weekly ? weekly.days : availability.map((m) => m > 0),
    split: weekly === null,
    dayHours: availability.map(hours),
  };
}

/** Minutes per weekday, Monday first, as the core takes them; a bad number goes as NaN for the core to name. */
export function availabilityOf(time: WeeklyTime): number[] {
  if (time.split) return time.dayHours.map(minutesOf);
  const weekly = minutesOf(time.weeklyHours);
  if (Number.isNaN(weekly)) return time.days.map(() => Number.NaN);
  return spreadWeeklyMinutes(weekly, time.days);
}

/**
 * "Hours a week" as one number spread over the days ticked, or the hours of each day when the
 * person wants to set them (a long Saturday, no Wednesday).
 */
export function WeeklyTimeFields({ value, onChange, errors }: { value: WeeklyTime; onChange: (value: WeeklyTime) => void; errors: FieldErrors }) {
  const hintId = useId();
  const minutes = availabilityOf(value);
  const valid = minutes.every((m) => Number.isFinite(m));
  const weekly = valid ? minutes.reduce((s, m) => s + m, 0) : 0;
  const perDay = valid && !value.split ? minutes.filter((m) => m > 0) : [];
  const dayErrors = WEEKDAY_NAMES.map((_, i) => errors[`availability.${i}`]);
  const anyDayError = dayErrors.find(Boolean);
  return (
    <fieldset className="form-section" aria-describedby={hintId}>
      <legend>Time you have for study</legend>
      <p className="field-hint" id={hintId}>
        Certplan never plans more than this on a day.{' '}
        {valid && weekly > 0
          ? value.split
            ? `Now ${formatDuration(weekly)} a week.`
            : `${formatDuration(weekly)} a week: ${perDay.length === 0 ? 'tick the days you can study' : `about ${formatDuration(perDay[perDay.length - 1] ?? 0)} on each of ${perDay.length} day${perDay.length === 1 ? '' : 's'}`}.`
          : ''}
      </p>
      {value.split ? null : (
        <>
          <NumberField
            className="narrow-field"
            label="Hours a week"
            required
            value={value.weeklyHours}
            error={errors.availability ?? (anyDayError && !value.split ? anyDayError : undefined)}
            onChange={(weeklyHours) => onChange({ ...value, weeklyHours })}
          />
          <fieldset className="check-list weekday-choice">
            <legend>Days you can study</legend>
            <div className="weekday-checks">
              {WEEKDAY_NAMES.map((day, i) => (
                <CheckboxField key={day} label={day} checked={value.days[i] ?? false} onChange={(on) => onChange({ ...value, days: value.days.map((d, j) => (j === i ? on : d)) })} />
              ))}
            </div>
          </fieldset>
        </>
      )}
      <CheckboxField
        label="Set the hours of each day myself"
        checked={value.split}
        hint="For weeks that are not even: a long Saturday, no study on Wednesdays."
        onChange={(split) =>
          onChange({
            ...value,
            split,
            // Start the day-by-day fields from the even spread, so nothing jumps.
            dayHours: split && valid ? minutes.map(hours) : value.dayHours,
            weeklyHours: !split && valid ? hours(weekly) : value.weeklyHours,
            days: !split && valid ? minutes.map((m) => m > 0) : value.days,
          })
        }
      />
      {value.split ? (
        <>
          <div className="weekday-grid">
            {WEEKDAY_NAMES.map((day, i) => (
              <NumberField
                key={day}
                label={`${day} (hours)`}
                value={value.dayHours[i] ?? null}
                onChange={(h) => onChange({ ...value, dayHours: value.dayHours.map((x, j) => (j === i ? h : x)) })}
                error={dayErrors[i]}
              />
            ))}
          </div>
          {errors.availability ? <p className="field-error">{errors.availability}</p> : null}
        </>
      ) : null}
    </fieldset>
  );
}
