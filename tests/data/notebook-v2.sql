-- A notebook as Rapport wrote it at schema version 2 (before the mentor's
-- own question tags, hidden prompts and the goal progress history). Never
-- edit the schema part: it is the frozen version 2 (migrations 1 and 2).
-- test-question-picker builds a file from this and checks that opening it
-- migrates the question bank and the asked questions intact.
PRAGMA application_id = 1382117488;
CREATE TABLE mentees (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  name TEXT NOT NULL CHECK (length (trim (name)) > 0),
  pronouns TEXT,
  role TEXT,
  organization TEXT,
  contact TEXT,
  how_we_met TEXT,
  started_on TEXT CHECK (started_on IS NULL OR date (started_on) IS started_on),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'archived')),
  cadence_days INTEGER NOT NULL DEFAULT 14 CHECK (cadence_days BETWEEN 0 AND 366),
  max_gap_days INTEGER NOT NULL DEFAULT 28 CHECK (max_gap_days BETWEEN 0 AND 732),
  preferred_channel TEXT,
  feedback_preferences TEXT,
  feedback_sensitivities TEXT,
  boundaries TEXT NOT NULL DEFAULT '[]' CHECK (boundaries LIKE '[%]'),
  tags TEXT NOT NULL DEFAULT '',
  about TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  mentee_id INTEGER NOT NULL REFERENCES mentees (id) ON DELETE CASCADE,
  starts_at INTEGER NOT NULL,
  duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes BETWEEN 0 AND 1440),
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'held', 'cancelled-by-me', 'cancelled-by-them', 'no-show')),
  agenda TEXT,
  notes TEXT,
  rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
  takeaway TEXT,
  wins TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX sessions_by_mentee ON sessions (mentee_id, status, starts_at);
CREATE INDEX sessions_by_start ON sessions (status, starts_at);
CREATE TABLE commitments (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  mentee_id INTEGER NOT NULL REFERENCES mentees (id) ON DELETE CASCADE,
  session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
  owner TEXT NOT NULL CHECK (owner IN ('mentor', 'mentee')),
  kind TEXT NOT NULL DEFAULT 'task'
    CHECK (kind IN ('resource', 'introduction', 'check-in', 'task', 'other')),
  title TEXT NOT NULL CHECK (length (trim (title)) > 0),
  details TEXT,
  due_date TEXT CHECK (due_date IS NULL OR date (due_date) IS due_date),
  due_time TEXT CHECK (due_time IS NULL OR (due_date IS NOT NULL AND length (due_time) = 5
                                            AND time (due_time) IS due_time || ':00')),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  done_at INTEGER CHECK (done_at IS NULL OR status = 'done'),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX commitments_by_mentee ON commitments (mentee_id, owner, status, due_date);
CREATE INDEX commitments_by_due ON commitments (owner, status, due_date);
CREATE INDEX commitments_by_session ON commitments (session_id);
CREATE TABLE commitment_due_changes (
  id INTEGER PRIMARY KEY,
  commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
  old_due_date TEXT,
  old_due_time TEXT,
  new_due_date TEXT,
  new_due_time TEXT,
  reason TEXT,
  changed_at INTEGER NOT NULL
) STRICT;
CREATE INDEX commitment_due_changes_by_commitment ON commitment_due_changes (commitment_id);
CREATE TABLE goals (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  mentee_id INTEGER NOT NULL REFERENCES mentees (id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (length (trim (title)) > 0),
  details TEXT,
  target_date TEXT CHECK (target_date IS NULL OR date (target_date) IS target_date),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'dropped')),
  progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX goals_by_mentee ON goals (mentee_id, status);

DROP INDEX sessions_by_mentee;
DROP INDEX sessions_by_start;
DROP INDEX commitments_by_mentee;
DROP INDEX commitments_by_due;
CREATE INDEX sessions_by_mentee ON sessions (mentee_id, status, starts_at)
  WHERE deleted_at IS NULL;
CREATE INDEX sessions_by_start ON sessions (status, starts_at) WHERE deleted_at IS NULL;
CREATE INDEX commitments_by_mentee ON commitments (mentee_id, owner, status, due_date)
  WHERE deleted_at IS NULL;
CREATE INDEX commitments_by_due ON commitments (owner, status, due_date)
  WHERE deleted_at IS NULL;
CREATE VIRTUAL TABLE sessions_fts USING fts5 (
  agenda, notes, takeaway, wins,
  content = 'sessions', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER sessions_fts_insert AFTER INSERT ON sessions BEGIN
  INSERT INTO sessions_fts (rowid, agenda, notes, takeaway, wins)
    VALUES (new.id, new.agenda, new.notes, new.takeaway, new.wins);
END;
CREATE TRIGGER sessions_fts_delete AFTER DELETE ON sessions BEGIN
  INSERT INTO sessions_fts (sessions_fts, rowid, agenda, notes, takeaway, wins)
    VALUES ('delete', old.id, old.agenda, old.notes, old.takeaway, old.wins);
END;
CREATE TRIGGER sessions_fts_update AFTER UPDATE OF agenda, notes, takeaway, wins ON sessions BEGIN
  INSERT INTO sessions_fts (sessions_fts, rowid, agenda, notes, takeaway, wins)
    VALUES ('delete', old.id, old.agenda, old.notes, old.takeaway, old.wins);
  INSERT INTO sessions_fts (rowid, agenda, notes, takeaway, wins)
    VALUES (new.id, new.agenda, new.notes, new.takeaway, new.wins);
END;
INSERT INTO sessions_fts (sessions_fts) VALUES ('rebuild');
CREATE VIRTUAL TABLE commitments_fts USING fts5 (
  title, details,
  content = 'commitments', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER commitments_fts_insert AFTER INSERT ON commitments BEGIN
  INSERT INTO commitments_fts (rowid, title, details) VALUES (new.id, new.title, new.details);
END;
CREATE TRIGGER commitments_fts_delete AFTER DELETE ON commitments BEGIN
  INSERT INTO commitments_fts (commitments_fts, rowid, title, details)
    VALUES ('delete', old.id, old.title, old.details);
END;
CREATE TRIGGER commitments_fts_update AFTER UPDATE OF title, details ON commitments BEGIN
  INSERT INTO commitments_fts (commitments_fts, rowid, title, details)
    VALUES ('delete', old.id, old.title, old.details);
  INSERT INTO commitments_fts (rowid, title, details) VALUES (new.id, new.title, new.details);
END;
INSERT INTO commitments_fts (commitments_fts) VALUES ('rebuild');
CREATE VIRTUAL TABLE mentees_fts USING fts5 (
  name, about,
  content = 'mentees', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER mentees_fts_insert AFTER INSERT ON mentees BEGIN
  INSERT INTO mentees_fts (rowid, name, about) VALUES (new.id, new.name, new.about);
END;
CREATE TRIGGER mentees_fts_delete AFTER DELETE ON mentees BEGIN
  INSERT INTO mentees_fts (mentees_fts, rowid, name, about)
    VALUES ('delete', old.id, old.name, old.about);
END;
CREATE TRIGGER mentees_fts_update AFTER UPDATE OF name, about ON mentees BEGIN
  INSERT INTO mentees_fts (mentees_fts, rowid, name, about)
    VALUES ('delete', old.id, old.name, old.about);
  INSERT INTO mentees_fts (rowid, name, about) VALUES (new.id, new.name, new.about);
END;
INSERT INTO mentees_fts (mentees_fts) VALUES ('rebuild');
CREATE TABLE reminders (
  id INTEGER PRIMARY KEY,
  delivery_key TEXT NOT NULL UNIQUE,
  subject_kind TEXT NOT NULL
    CHECK (subject_kind IN ('commitment', 'check-in-due', 'check-in-overdue', 'meeting',
                            'mentee-commitment')),
  subject_id INTEGER NOT NULL,
  mentee_id INTEGER REFERENCES mentees (id) ON DELETE CASCADE,
  due_at INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending'
    CHECK (state IN ('pending', 'delivering', 'delivered', 'acknowledged', 'snoozed',
                     'cancelled')),
  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at INTEGER,
  snoozed_until INTEGER,
  delivered_at INTEGER,
  notification_id INTEGER,
  created_at INTEGER NOT NULL DEFAULT (unixepoch ()),
  updated_at INTEGER NOT NULL DEFAULT (unixepoch ())
) STRICT;
CREATE INDEX reminders_by_state ON reminders (state, due_at);
CREATE INDEX reminders_by_subject ON reminders (subject_kind, subject_id);
CREATE TABLE questions (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  builtin_key TEXT UNIQUE,
  text TEXT,
  stage TEXT NOT NULL CHECK (stage IN ('first-meeting', 'early', 'established', 'closing')),
  category TEXT NOT NULL
    CHECK (category IN ('getting-to-know', 'trust', 'goals', 'feedback-preferences',
                        'reflection')),
  created_at INTEGER NOT NULL,
  deleted_at INTEGER,
  CHECK ((builtin_key IS NULL) <> (text IS NULL))
) STRICT;
CREATE TABLE questions_asked (
  question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  mentee_id INTEGER NOT NULL REFERENCES mentees (id) ON DELETE CASCADE,
  session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
  asked_at INTEGER NOT NULL
) STRICT;
CREATE INDEX questions_asked_by_mentee ON questions_asked (mentee_id, question_id, asked_at);
CREATE VIEW trash (kind, id, mentee_id, title, deleted_at) AS
  SELECT 'mentee', id, id, name, deleted_at FROM mentees WHERE deleted_at IS NOT NULL
  UNION ALL SELECT 'session', id, mentee_id, coalesce (nullif (agenda, ''), ''), deleted_at
    FROM sessions WHERE deleted_at IS NOT NULL
  UNION ALL SELECT 'commitment', id, mentee_id, title, deleted_at
    FROM commitments WHERE deleted_at IS NOT NULL
  UNION ALL SELECT 'goal', id, mentee_id, title, deleted_at FROM goals WHERE deleted_at IS NOT NULL;


INSERT INTO mentees (id, uuid, name, status, cadence_days, max_gap_days, tags, created_at, updated_at)
  VALUES (1, '6f1c1f9e-8a55-4d0e-9a4e-0d3c2f6a1b01', 'Robin Vega', 'active', 14, 28, 'design',
          1767225600, 1767225600);
INSERT INTO sessions (id, uuid, mentee_id, starts_at, duration_minutes, status, agenda, notes, rating,
                      created_at, updated_at)
  VALUES (1, '6f1c1f9e-8a55-4d0e-9a4e-0d3c2f6a1b02', 1, 1767870000, 60, 'held', 'Goals', 'First talk.', 4,
          1767870000, 1767870000);
INSERT INTO goals (id, uuid, mentee_id, title, target_date, status, progress, created_at, updated_at)
  VALUES (1, '6f1c1f9e-8a55-4d0e-9a4e-0d3c2f6a1b03', 1, 'Run a usability test', '2026-07-01', 'active', 10,
          1767225600, 1767870000);
INSERT INTO questions (id, uuid, builtin_key, text, stage, category, created_at)
  VALUES (1, '6f1c1f9e-8a55-4d0e-9a4e-0d3c2f6a1b04', 'first.what-brings-you', NULL, 'first-meeting',
          'getting-to-know', 1767225600);
INSERT INTO questions (id, uuid, builtin_key, text, stage, category, created_at)
  VALUES (2, '6f1c1f9e-8a55-4d0e-9a4e-0d3c2f6a1b05', NULL, 'What would you try if you could not fail?',
          'early', 'goals', 1767225600);
INSERT INTO questions_asked (question_id, mentee_id, session_id, asked_at)
  VALUES (1, 1, 1, 1767870000);
INSERT INTO questions_asked (question_id, mentee_id, session_id, asked_at)
  VALUES (2, 1, NULL, 1767870000);
PRAGMA user_version = 2;
