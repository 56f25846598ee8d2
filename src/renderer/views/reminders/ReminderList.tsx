import type { ReminderGroup } from '../../../shared/schemas/reminders';
import { useTableWindow } from '../../components/useTableWindow';
import { ReminderGroupRow } from './ReminderGroupRow';

const GAP_PX = 10;

/** Every reminder group by due date; a long list (years of study days) renders only what is near the viewport. */
export function ReminderList({ groups, today }: { groups: readonly ReminderGroup[]; today: string }) {
  const { attachBody, measure, indexes, before, after, windowed } = useTableWindow(groups.length, 64, GAP_PX);
  return (
    <ul className="reminder-list" aria-label="Reminders by due date" ref={attachBody}>
      {before > 0 && <li aria-hidden="true" style={{ height: before - GAP_PX }} />}
      {indexes.map((index) => {
        const g = groups[index];
        if (!g) return null;
        return <ReminderGroupRow key={`${g.key}|${g.dueDate}`} group={g} today={today} index={windowed ? index : undefined} measure={windowed ? measure : undefined} />;
      })}
      {after > 0 && <li aria-hidden="true" style={{ height: after - GAP_PX }} />}
    </ul>
  );
}
