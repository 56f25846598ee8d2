-- Catalog entries (built-in and custom), tracks with their rules snapshot, settings.
-- The full entry is stored as validated JSON; the columns beside it serve search and filters.

CREATE TABLE certifications (
  id          TEXT PRIMARY KEY,
  origin      TEXT NOT NULL CHECK (origin IN ('builtin', 'custom')),
  body        TEXT NOT NULL,
  name        TEXT NOT NULL,
  acronym     TEXT NOT NULL,
  level       TEXT NOT NULL,
  revision    INTEGER NOT NULL CHECK (revision >= 1),
  data        TEXT NOT NULL CHECK (json_valid(data)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE INDEX certifications_by_origin_body ON certifications (origin, body);

CREATE TABLE tracks (
  id                 TEXT PRIMARY KEY,
  -- A deleted custom entry leaves its tracks running on their snapshot.
  certification_id   TEXT REFERENCES certifications (id) ON DELETE SET NULL,
  status             TEXT NOT NULL,
  snapshot           TEXT NOT NULL CHECK (json_valid(snapshot)),
  snapshot_revision  INTEGER NOT NULL,
  archived_at        TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;

-- One open track per certification; archived ones may pile up.
CREATE UNIQUE INDEX tracks_one_open_per_certification
  ON tracks (certification_id) WHERE archived_at IS NULL;

CREATE TABLE track_status_history (
  id          INTEGER PRIMARY KEY,
  track_id    TEXT NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
  status      TEXT NOT NULL,
  reason      TEXT NOT NULL,
  changed_at  TEXT NOT NULL
) STRICT;

CREATE INDEX track_status_history_by_track ON track_status_history (track_id, id);

CREATE TABLE settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE meta (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) STRICT;
