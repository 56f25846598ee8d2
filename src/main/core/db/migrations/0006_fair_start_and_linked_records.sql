-- A fair start for a credential held before Certplan, and one record used twice.
--
-- credential_fair_starts: while a credential added by hand waits for what the person already
-- earned in the current cycle ('pending'), Certplan holds back "behind pace" and "year missed";
-- 'done' (imported) and 'skipped' end that. Credentials without a row (earned through a track, or
-- stored before this version) were never held.
CREATE TABLE credential_fair_starts (
  credential_id  TEXT PRIMARY KEY REFERENCES credentials (id) ON DELETE CASCADE,
  state          TEXT NOT NULL CHECK (state IN ('pending', 'done', 'skipped')),
  updated_at     TEXT NOT NULL
) STRICT;

-- A training entry also logged as a CE activity (or the other way round): one link each way, so
-- an edit to one can offer to update the other. Deleting either removes only the link.
CREATE TABLE training_ce_links (
  training_id  TEXT NOT NULL UNIQUE REFERENCES training_entries (id) ON DELETE CASCADE,
  activity_id  TEXT NOT NULL UNIQUE REFERENCES ce_activities (id) ON DELETE CASCADE,
  created_at   TEXT NOT NULL,
  PRIMARY KEY (training_id, activity_id)
) STRICT;
