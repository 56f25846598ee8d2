import type { BackupReason, RecordCounts } from '../../../../shared/schemas/backups';

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Daily',
  manual: 'Made by you',
  'before-migration': 'Before an update',
  'before-restore': 'Before a restore',
  'before-rules-adoption': 'Before new rules',
};

export const RECORD_COUNT_LABELS: Record<keyof RecordCounts, [string, string]> = {
  tracks: ['track', 'tracks'],
  credentials: ['credential', 'credentials'],
  experience: ['experience entry', 'experience entries'],
  training: ['training entry', 'training entries'],
  ceActivities: ['CE activity', 'CE activities'],
  studySessions: ['study session', 'study sessions'],
  practiceResults: ['practice result', 'practice results'],
  customCertifications: ['custom certification', 'custom certifications'],
  evidenceFiles: ['evidence file', 'evidence files'],
  flashcardDecks: ['flashcard deck', 'flashcard decks'],
  flashcards: ['flashcard', 'flashcards'],
  flashcardReviews: ['flashcard review', 'flashcard reviews'],
  cardImages: ['card image', 'card images'],
};

export const COUNT_KEYS = Object.keys(RECORD_COUNT_LABELS) as (keyof RecordCounts)[];

/** "2 tracks, 1 credential, 12 experience entries"; kinds with none are left out. */
export function describeCounts(counts: RecordCounts): string {
  const parts = COUNT_KEYS.filter((key) => counts[key] > 0).map((key) => {
    const [one, many] = RECORD_COUNT_LABELS[key];
    return `${counts[key]} ${counts[key] === 1 ? one : many}`;
  });
  return parts.length ? parts.join(', ') : 'No records yet';
}
