-- Flashcards (issue 13): decks per track, notes and the cards made from them, FSRS scheduling
-- state, an append-only review log, the day's review plan, and the images cards show.

-- Review minutes become study sessions (source 'review'). SQLite cannot change a CHECK, so the
-- table is rebuilt with the same columns; nothing references study_sessions.
CREATE TABLE study_sessions_rebuilt (
  id            TEXT PRIMARY KEY,
  track_id      TEXT NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
  studied_on    TEXT NOT NULL,
  minutes       INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
  -- NULL: the whole exam or no particular domain (a mock exam).
  domain_id     TEXT,
  plan_item_id  TEXT REFERENCES plan_items (id) ON DELETE SET NULL,
  notes         TEXT NOT NULL DEFAULT '',
  source        TEXT NOT NULL CHECK (source IN ('manual', 'timer', 'review')),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
INSERT INTO study_sessions_rebuilt (id, track_id, studied_on, minutes, domain_id, plan_item_id, notes, source, created_at, updated_at)
  SELECT id, track_id, studied_on, minutes, domain_id, plan_item_id, notes, source, created_at, updated_at FROM study_sessions;
DROP TABLE study_sessions;
ALTER TABLE study_sessions_rebuilt RENAME TO study_sessions;
CREATE INDEX study_sessions_by_track_date ON study_sessions (track_id, studied_on);

-- One row per track that changed the defaults (exam-date mode, review share, retention ramp …).
CREATE TABLE flashcard_settings (
  track_id    TEXT PRIMARY KEY REFERENCES tracks (id) ON DELETE CASCADE,
  settings    TEXT NOT NULL CHECK (json_valid(settings)),
  updated_at  TEXT NOT NULL
) STRICT;

-- 'importing': a deck being filled by an import, invisible until the import commits; only such a
-- deck (or one whose track is gone) may be deleted outright. Others are deleted softly (undo).
CREATE TABLE flashcard_decks (
  id           TEXT PRIMARY KEY,
  track_id     TEXT NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
  name         TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  status       TEXT NOT NULL CHECK (status IN ('active', 'archived', 'importing')),
  source       TEXT NOT NULL CHECK (source IN ('manual', 'anki', 'csv')),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted_at   TEXT
) STRICT;
CREATE INDEX flashcard_decks_by_track ON flashcard_decks (track_id);

-- What a person writes: a front and back (basic) or a text with {{c1::…}} gaps and an extra
-- (cloze). HTML restricted to simple formatting and images from the media store.
CREATE TABLE flashcard_notes (
  id           TEXT PRIMARY KEY,
  deck_id      TEXT NOT NULL REFERENCES flashcard_decks (id) ON DELETE CASCADE,
  -- The deck's track, kept here for search; removed with the deck.
  track_id     TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('basic', 'cloze')),
  front        TEXT NOT NULL,
  back         TEXT NOT NULL,
  -- Front and back as plain lower-case text, for search.
  search_text  TEXT NOT NULL,
  domain_id    TEXT,
  tags         TEXT NOT NULL CHECK (json_valid(tags)),
  source       TEXT NOT NULL CHECK (source IN ('manual', 'anki', 'csv')),
  -- The note's id in the file it came from (an Anki guid), to name it in messages.
  source_ref   TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted_at   TEXT
) STRICT;
CREATE INDEX flashcard_notes_by_deck ON flashcard_notes (deck_id);
CREATE INDEX flashcard_notes_by_track ON flashcard_notes (track_id, created_at);

-- One reviewable card per basic note, one per gap of a cloze note, with its FSRS state.
CREATE TABLE flashcard_cards (
  id              TEXT PRIMARY KEY,
  note_id         TEXT NOT NULL REFERENCES flashcard_notes (id) ON DELETE CASCADE,
  deck_id         TEXT NOT NULL REFERENCES flashcard_decks (id) ON DELETE CASCADE,
  track_id        TEXT NOT NULL,
  -- The cloze number (1, 2 …); 0 for a basic card.
  ord             INTEGER NOT NULL CHECK (ord >= 0),
  -- The order new cards are introduced in.
  position        INTEGER NOT NULL,
  suspended       INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
  -- 1 while the card can be reviewed: not suspended, not deleted, its deck active.
  in_queue        INTEGER NOT NULL CHECK (in_queue IN (0, 1)),
  -- ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning.
  state           INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
  due_at          TEXT NOT NULL,
  due_day         TEXT NOT NULL,
  stability       REAL NOT NULL,
  difficulty      REAL NOT NULL,
  elapsed_days    INTEGER NOT NULL,
  scheduled_days  INTEGER NOT NULL,
  learning_steps  INTEGER NOT NULL,
  reps            INTEGER NOT NULL,
  lapses          INTEGER NOT NULL,
  last_review_at  TEXT,
  last_review_day TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
) STRICT;
-- The next card: learning cards due now, reviews due today, new cards in order.
CREATE INDEX flashcard_cards_queue ON flashcard_cards (track_id, state, due_at) WHERE in_queue = 1;
CREATE INDEX flashcard_cards_new ON flashcard_cards (track_id, position) WHERE in_queue = 1 AND state = 0;
-- Load per day for the load balancer; covering for the review plan, which reads every card in
-- the queue by these columns only.
CREATE INDEX flashcard_cards_due_day ON flashcard_cards (track_id, due_day, state, scheduled_days, last_review_day) WHERE in_queue = 1;
-- The final pass: cards least recently reviewed first.
CREATE INDEX flashcard_cards_last_review ON flashcard_cards (track_id, last_review_day) WHERE in_queue = 1;
CREATE INDEX flashcard_cards_by_note ON flashcard_cards (note_id);
CREATE INDEX flashcard_cards_by_deck ON flashcard_cards (deck_id);
-- Deck counts and card lists of a track.
CREATE INDEX flashcard_cards_by_track ON flashcard_cards (track_id, deck_id);

-- The scheduler settings a review was rated under, stored once and referenced by hash.
CREATE TABLE flashcard_scheduler_params (
  id          TEXT PRIMARY KEY,
  scheduler   TEXT NOT NULL,
  params      TEXT NOT NULL CHECK (json_valid(params)),
  created_at  TEXT NOT NULL
) STRICT;

-- Every rating ever given, never changed, so the history can be replayed under a newer
-- scheduler. An undo is a row of its own that names the rating it takes back.
CREATE TABLE flashcard_review_log (
  id            TEXT PRIMARY KEY,
  card_id       TEXT NOT NULL REFERENCES flashcard_cards (id) ON DELETE CASCADE,
  track_id      TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('review', 'undo')),
  origin        TEXT NOT NULL CHECK (origin IN ('certplan', 'anki')),
  -- 1 Again, 2 Hard, 3 Good, 4 Easy; NULL for an undo.
  rating        INTEGER CHECK (rating BETWEEN 1 AND 4),
  reviewed_at   TEXT NOT NULL,
  review_day    TEXT NOT NULL,
  duration_ms   INTEGER NOT NULL CHECK (duration_ms >= 0),
  -- The card's exam domain when it was reviewed: its minutes count as study of that domain.
  domain_id     TEXT,
  phase         TEXT NOT NULL CHECK (phase IN ('new', 'learning', 'review', 'final-pass', 'maintenance', 'history', 'undo')),
  state_before  TEXT NOT NULL CHECK (json_valid(state_before)),
  state_after   TEXT NOT NULL CHECK (json_valid(state_after)),
  scheduler     TEXT NOT NULL,
  params_id     TEXT REFERENCES flashcard_scheduler_params (id),
  undoes_id     TEXT REFERENCES flashcard_review_log (id) ON DELETE CASCADE,
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX flashcard_review_log_by_day ON flashcard_review_log (track_id, review_day);
CREATE INDEX flashcard_review_log_by_card ON flashcard_review_log (card_id, reviewed_at);
CREATE INDEX flashcard_review_log_undoes ON flashcard_review_log (undoes_id) WHERE undoes_id IS NOT NULL;

CREATE TRIGGER flashcard_review_log_no_update BEFORE UPDATE ON flashcard_review_log
BEGIN
  SELECT RAISE(ABORT, 'The review log is append-only');
END;

-- Rows go only with their card, and a card only with its deck (see below).
CREATE TRIGGER flashcard_review_log_no_delete BEFORE DELETE ON flashcard_review_log
WHEN EXISTS (SELECT 1 FROM flashcard_cards WHERE id = OLD.card_id)
BEGIN
  SELECT RAISE(ABORT, 'The review log is append-only');
END;

CREATE TRIGGER flashcard_cards_soft_delete BEFORE DELETE ON flashcard_cards
WHEN EXISTS (SELECT 1 FROM flashcard_decks WHERE id = OLD.deck_id AND status <> 'importing')
BEGIN
  SELECT RAISE(ABORT, 'Cards are deleted softly so their review history stays');
END;

CREATE TRIGGER flashcard_decks_soft_delete BEFORE DELETE ON flashcard_decks
WHEN OLD.status <> 'importing' AND EXISTS (SELECT 1 FROM tracks WHERE id = OLD.track_id)
BEGIN
  SELECT RAISE(ABORT, 'Decks are deleted softly so their review history stays');
END;

-- The day's review plan as last computed (budget, cards planned, quotas), kept so the streak can
-- tell whether a day's planned review was done.
CREATE TABLE flashcard_days (
  track_id          TEXT NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
  day               TEXT NOT NULL,
  mode              TEXT NOT NULL CHECK (mode IN ('exam', 'steady', 'maintenance')),
  budget_minutes    INTEGER NOT NULL CHECK (budget_minutes >= 0),
  planned_cards     INTEGER NOT NULL CHECK (planned_cards >= 0),
  new_quota         INTEGER NOT NULL CHECK (new_quota >= 0),
  final_pass_quota  INTEGER NOT NULL CHECK (final_pass_quota >= 0),
  -- The exam date the plan was made for and the day its final pass starts (NULL: none), so a
  -- final pass under way keeps its first day from one day to the next.
  exam_date         TEXT,
  final_pass_start  TEXT,
  computed_at       TEXT NOT NULL,
  PRIMARY KEY (track_id, day)
) STRICT;

-- Images shown on cards, kept in <dataDir>/flashcard-media/<sha256> like evidence files.
CREATE TABLE flashcard_media (
  sha256      TEXT PRIMARY KEY,
  file_name   TEXT NOT NULL,
  media_type  TEXT NOT NULL,
  size_bytes  INTEGER NOT NULL CHECK (size_bytes > 0),
  created_at  TEXT NOT NULL
) STRICT;
