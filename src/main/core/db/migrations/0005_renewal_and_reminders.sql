-- Renewal: continuing-education activities (with the credentials they count toward and their
-- evidence), renewals of credential cycles, each credential's pacing target, and reminders with
-- their stored state. Cycles themselves are computed from the earned date and the renewals.

CREATE TABLE ce_activities (
  id             TEXT PRIMARY KEY,
  activity_date  TEXT NOT NULL,
  title          TEXT NOT NULL,
  provider       TEXT NOT NULL DEFAULT '',
  units          REAL NOT NULL CHECK (units > 0),
  -- A category id from the renewal rules of every credential it counts toward.
  category_id    TEXT NOT NULL,
  notes          TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;

-- One activity may count toward several credentials (PMI Power Skills toward PMP and PMI-ACP).
CREATE TABLE ce_activity_credentials (
  activity_id    TEXT NOT NULL REFERENCES ce_activities (id) ON DELETE CASCADE,
  credential_id  TEXT NOT NULL REFERENCES credentials (id) ON DELETE CASCADE,
  PRIMARY KEY (activity_id, credential_id)
) STRICT;

-- The hot query: a credential's activities (renewal view, progress, audit packet).
CREATE INDEX ce_activity_credentials_by_credential ON ce_activity_credentials (credential_id, activity_id);

-- Evidence stays in the store while an activity refers to it: deleting the file is refused.
CREATE TABLE ce_activity_evidence (
  activity_id  TEXT NOT NULL REFERENCES ce_activities (id) ON DELETE CASCADE,
  evidence_id  TEXT NOT NULL REFERENCES evidence_files (id) ON DELETE RESTRICT,
  position     INTEGER NOT NULL,
  PRIMARY KEY (activity_id, evidence_id)
) STRICT;

CREATE INDEX ce_activity_evidence_by_evidence ON ce_activity_evidence (evidence_id);

-- A renewal closes the cycle that starts on cycle_start; approved with the fee paid, the next
-- cycle begins the day after it ends.
CREATE TABLE renewals (
  id             TEXT PRIMARY KEY,
  credential_id  TEXT NOT NULL REFERENCES credentials (id) ON DELETE CASCADE,
  cycle_start    TEXT NOT NULL,
  submitted_on   TEXT NOT NULL,
  approved_on    TEXT,
  fee_paid       INTEGER NOT NULL CHECK (fee_paid IN (0, 1)),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  UNIQUE (credential_id, cycle_start)
) STRICT;

-- How many days before the cycle end the person wants to be done; absent means the default.
CREATE TABLE credential_pace_targets (
  credential_id       TEXT PRIMARY KEY REFERENCES credentials (id) ON DELETE CASCADE,
  finish_days_before  INTEGER NOT NULL CHECK (finish_days_before BETWEEN 0 AND 365)
) STRICT;

-- One row per (known date, lead time). The date's key comes from its source (exam, session,
-- application, renewal); the row keeps its state so nothing fires twice and nothing is dropped.
CREATE TABLE reminders (
  id             TEXT PRIMARY KEY,
  date_key       TEXT NOT NULL,
  kind           TEXT NOT NULL,
  lead_days      INTEGER NOT NULL CHECK (lead_days >= 0),
  due_date       TEXT NOT NULL,
  title          TEXT NOT NULL,
  detail         TEXT NOT NULL,
  track_id       TEXT REFERENCES tracks (id) ON DELETE SET NULL,
  credential_id  TEXT REFERENCES credentials (id) ON DELETE SET NULL,
  state          TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'snoozed', 'dismissed', 'done', 'retired')),
  fire_at        TEXT NOT NULL,
  delivered_at   TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;

-- A lead time of a date exists once among the reminders still in play: the database itself
-- refuses a second one (retired rows are history and may repeat).
CREATE UNIQUE INDEX reminders_one_per_date_and_lead ON reminders (date_key, due_date, lead_days) WHERE state <> 'retired';

-- The hot query: every check reads the reminders still in play.
CREATE INDEX reminders_by_state ON reminders (state, fire_at);
