-- The prerequisites slice: the person's education profile, experience and training logs, ticked
-- checks per track, and application steps per track with the dates reminders read.

-- One row: the person's highest education. Absent until they set it.
CREATE TABLE profile (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  education_level  TEXT CHECK (education_level IS NULL OR education_level IN
                     ('none', 'secondary', 'associate', 'bachelor', 'master', 'doctorate')),
  gac_accredited   INTEGER NOT NULL DEFAULT 0 CHECK (gac_accredited IN (0, 1)),
  updated_at       TEXT NOT NULL
) STRICT;

CREATE TABLE experience_entries (
  id            TEXT PRIMARY KEY,
  organisation  TEXT NOT NULL,
  title         TEXT NOT NULL,
  role          TEXT NOT NULL DEFAULT '',
  -- Whole months, YYYY-MM; a null end means the work is ongoing.
  start_month   TEXT NOT NULL CHECK (start_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  end_month     TEXT CHECK (end_month IS NULL OR (end_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND end_month >= start_month)),
  hours         REAL CHECK (hours IS NULL OR hours >= 0),
  description   TEXT NOT NULL DEFAULT '',
  -- The areas the entry counts as ("leading projects"), a JSON array of strings.
  areas         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(areas) AND json_type(areas) = 'array'),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;

-- The log is listed newest first.
CREATE INDEX experience_entries_by_start ON experience_entries (start_month DESC, id);

CREATE TABLE training_entries (
  id            TEXT PRIMARY KEY,
  course        TEXT NOT NULL,
  provider      TEXT NOT NULL,
  hours         REAL NOT NULL CHECK (hours >= 0),
  completed_on  TEXT NOT NULL,
  -- Which rule it serves ("PM education"), matched against training requirements' topics.
  topic         TEXT NOT NULL,
  -- A certificate or receipt in the evidence store; the store refuses to delete it while attached.
  evidence_id   TEXT REFERENCES evidence_files (id) ON DELETE RESTRICT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;

CREATE INDEX training_entries_by_completed ON training_entries (completed_on DESC, id);
-- "What is this evidence file attached to?" is asked for every file the Records screen lists.
CREATE INDEX training_entries_by_evidence ON training_entries (evidence_id);

-- Check requirements (membership, an employer letter) the person ticked on a track.
CREATE TABLE track_checks (
  track_id        TEXT NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
  requirement_id  TEXT NOT NULL,
  checked_at      TEXT NOT NULL,
  PRIMARY KEY (track_id, requirement_id)
) STRICT;

-- Each step of an application as the person recorded it.
CREATE TABLE application_events (
  id           INTEGER PRIMARY KEY,
  track_id     TEXT NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
  status       TEXT NOT NULL CHECK (status IN ('drafting', 'submitted', 'under-review', 'in-audit', 'approved', 'rejected')),
  occurred_on  TEXT NOT NULL,
  note         TEXT NOT NULL DEFAULT '',
  recorded_at  TEXT NOT NULL
) STRICT;

CREATE INDEX application_events_by_track ON application_events (track_id, occurred_on, id);

-- The application's current state per track, with the dates derived from the track's rules,
-- stored so the reminders can read them without recomputing.
CREATE TABLE applications (
  track_id             TEXT PRIMARY KEY REFERENCES tracks (id) ON DELETE CASCADE,
  status               TEXT NOT NULL CHECK (status IN ('drafting', 'submitted', 'under-review', 'in-audit', 'approved', 'rejected')),
  audit_started_on     TEXT,
  audit_due_on         TEXT,
  approved_on          TEXT,
  eligibility_ends_on  TEXT,
  updated_at           TEXT NOT NULL
) STRICT;
