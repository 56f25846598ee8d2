-- Issue 8, rules you can rely on. The rules themselves stay JSON (catalog rows, track snapshots,
-- credential rules); rows in the older shape are upgraded on read (shared/schemas/rules/legacyRules.ts),
-- so nothing here rewrites them. What is new is what a person adds around the catalog:

-- An exam outline filled in for a track where the catalog's is unknown, never written into the catalog.
ALTER TABLE tracks ADD COLUMN own_outline TEXT CHECK (own_outline IS NULL OR json_valid(own_outline));
-- "Keep my current rules": the catalog revision the person chose not to adopt, so its notice goes quiet.
ALTER TABLE tracks ADD COLUMN rules_kept_revision INTEGER;

-- Renewal rules filled in for a held credential where the catalog's are unknown.
ALTER TABLE credentials ADD COLUMN own_maintenance TEXT CHECK (own_maintenance IS NULL OR json_valid(own_maintenance));
ALTER TABLE credentials ADD COLUMN rules_kept_revision INTEGER;

-- The kind of activity inside its category (Security+: live webinar), for caps on one kind.
ALTER TABLE ce_activities ADD COLUMN activity_type_id TEXT;

-- Each adoption of newer catalog rules, with the field-by-field changes the person was shown.
CREATE TABLE rules_adoptions (
  id             INTEGER PRIMARY KEY,
  track_id       TEXT REFERENCES tracks (id) ON DELETE CASCADE,
  credential_id  TEXT REFERENCES credentials (id) ON DELETE CASCADE,
  from_revision  INTEGER NOT NULL,
  to_revision    INTEGER NOT NULL,
  -- The change sentences, a JSON array of strings.
  changes        TEXT NOT NULL CHECK (json_valid(changes) AND json_type(changes) = 'array'),
  adopted_at     TEXT NOT NULL,
  CHECK ((track_id IS NULL) <> (credential_id IS NULL))
) STRICT;

CREATE INDEX rules_adoptions_by_track ON rules_adoptions (track_id) WHERE track_id IS NOT NULL;
CREATE INDEX rules_adoptions_by_credential ON rules_adoptions (credential_id) WHERE credential_id IS NOT NULL;
