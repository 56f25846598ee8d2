-- Exam preparation (issue 4): the exam date, preparation settings and breaks, the generated plan,
-- study sessions with the running timer, practice-exam results and exam attempts.
-- Everything hangs off a track and goes with it.

-- The exam date: booked with the provider, or a target while not yet booked.
CREATE TABLE exam_schedules (
  track_id    TEXT PRIMARY KEY REFERENCES tracks (id) ON DELETE CASCADE,
  exam_date   TEXT NOT NULL,
  booked      INTEGER NOT NULL CHECK (booked IN (0, 1)),
  reference   TEXT NOT NULL DEFAULT '',
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE preparations (
  track_id         TEXT PRIMARY KEY REFERENCES tracks (id) ON DELETE CASCADE,
  -- First day of preparation; anchors the review window before the exam.
  started_on       TEXT NOT NULL,
  goal_minutes     INTEGER NOT NULL CHECK (goal_minutes > 0),
  -- Minutes per weekday, Monday first: a JSON array of 7 integers.
  availability     TEXT NOT NULL CHECK (json_valid(availability) AND json_array_length(availability) = 7),
  session_minutes  INTEGER NOT NULL CHECK (session_minutes > 0),
  -- NULL: Certplan chooses (10% of the study days, at least 2).
  review_days      INTEGER CHECK (review_days IS NULL OR review_days >= 0),
  -- [{domainId, rating 1..5}]
  self_ratings     TEXT NOT NULL CHECK (json_valid(self_ratings)),
  -- The day the stored plan was computed from, what it was computed from (to describe the next
  -- re-plan's changes) and the sentences describing the last re-plan.
  planned_on       TEXT,
  plan_basis       TEXT CHECK (plan_basis IS NULL OR json_valid(plan_basis)),
  plan_changes     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(plan_changes)),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;

-- Blackout days and pauses (a holiday week): no study is planned inside them.
CREATE TABLE preparation_breaks (
  id          TEXT PRIMARY KEY,
  track_id    TEXT NOT NULL REFERENCES preparations (track_id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('blackout', 'pause')),
  start_date  TEXT NOT NULL,
  end_date    TEXT NOT NULL CHECK (end_date >= start_date),
  label       TEXT NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;

CREATE INDEX preparation_breaks_by_track ON preparation_breaks (track_id, start_date);

-- The plan: one row per planned session. Ids are `<trackId>:<date>:<seq>`, stable across
-- re-plans, so a study session linked to today's item stays linked when today is re-planned.
CREATE TABLE plan_items (
  id          TEXT PRIMARY KEY,
  track_id    TEXT NOT NULL REFERENCES preparations (track_id) ON DELETE CASCADE,
  date        TEXT NOT NULL,
  seq         INTEGER NOT NULL CHECK (seq >= 1),
  kind        TEXT NOT NULL CHECK (kind IN ('study', 'review', 'mock-exam')),
  domain_id   TEXT,
  minutes     INTEGER NOT NULL CHECK (minutes > 0),
  reason      TEXT NOT NULL
) STRICT;

-- Serves "the plan of a track in date order" and "its items from today on" (re-plan, reminders).
CREATE UNIQUE INDEX plan_items_by_track_date ON plan_items (track_id, date, seq);

CREATE TABLE study_sessions (
  id            TEXT PRIMARY KEY,
  track_id      TEXT NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
  studied_on    TEXT NOT NULL,
  minutes       INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
  -- NULL: the whole exam or no particular domain (a mock exam).
  domain_id     TEXT,
  plan_item_id  TEXT REFERENCES plan_items (id) ON DELETE SET NULL,
  notes         TEXT NOT NULL DEFAULT '',
  source        TEXT NOT NULL CHECK (source IN ('manual', 'timer')),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;

CREATE INDEX study_sessions_by_track_date ON study_sessions (track_id, studied_on);

-- A running timer is only its start instant; the elapsed time comes from the core's clock, so
-- it survives closing and reopening the app.
CREATE TABLE study_timers (
  track_id      TEXT PRIMARY KEY REFERENCES tracks (id) ON DELETE CASCADE,
  started_at    TEXT NOT NULL,
  domain_id     TEXT,
  plan_item_id  TEXT REFERENCES plan_items (id) ON DELETE SET NULL
) STRICT;

CREATE TABLE practice_results (
  id             TEXT PRIMARY KEY,
  track_id       TEXT NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
  taken_on       TEXT NOT NULL,
  source         TEXT NOT NULL,
  total_percent  REAL NOT NULL CHECK (total_percent BETWEEN 0 AND 100),
  -- [{domainId, percent 0..100}]
  domain_scores  TEXT NOT NULL CHECK (json_valid(domain_scores)),
  origin         TEXT NOT NULL CHECK (origin IN ('manual', 'import', 'baseline')),
  created_at     TEXT NOT NULL
) STRICT;

CREATE INDEX practice_results_by_track_date ON practice_results (track_id, taken_on);

CREATE TABLE exam_attempts (
  id             TEXT PRIMARY KEY,
  track_id       TEXT NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
  taken_on       TEXT NOT NULL,
  outcome        TEXT NOT NULL CHECK (outcome IN ('passed', 'failed')),
  -- [{domainId, band}] from the score report
  domain_bands   TEXT NOT NULL CHECK (json_valid(domain_bands)),
  -- The credential a pass created; the credential record may be removed later.
  credential_id  TEXT REFERENCES credentials (id) ON DELETE SET NULL,
  notes          TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL
) STRICT;

CREATE INDEX exam_attempts_by_track_date ON exam_attempts (track_id, taken_on);
