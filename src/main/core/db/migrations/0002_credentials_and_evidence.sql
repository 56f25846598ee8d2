-- Credentials a person holds (entered by hand or earned through a track) and the evidence store.
-- Both are shared by the prerequisite, exam and renewal slices.

CREATE TABLE credentials (
  id                 TEXT PRIMARY KEY,
  -- The catalog entry it is an instance of; null for a credential the catalog does not know.
  certification_id   TEXT REFERENCES certifications (id) ON DELETE SET NULL,
  -- Set when the credential was earned through a track (one credential per track).
  track_id           TEXT UNIQUE REFERENCES tracks (id) ON DELETE SET NULL,
  name               TEXT NOT NULL,
  acronym            TEXT NOT NULL,
  body               TEXT NOT NULL,
  credential_number  TEXT,
  earned_on          TEXT NOT NULL,
  -- The renewal rules in force when it was earned (or added); null for an unknown credential.
  rules_snapshot     TEXT CHECK (rules_snapshot IS NULL OR json_valid(rules_snapshot)),
  origin             TEXT NOT NULL CHECK (origin IN ('manual', 'track')),
  notes              TEXT NOT NULL DEFAULT '',
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;

CREATE INDEX credentials_by_certification ON credentials (certification_id);

CREATE TABLE evidence_files (
  id           TEXT PRIMARY KEY,
  -- Content address: the file lives at <dataDir>/evidence/<sha256>; equal content is stored once.
  sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
  file_name    TEXT NOT NULL,
  media_type   TEXT NOT NULL,
  size_bytes   INTEGER NOT NULL CHECK (size_bytes >= 0),
  created_at   TEXT NOT NULL
) STRICT;

CREATE INDEX evidence_files_by_hash ON evidence_files (sha256);
