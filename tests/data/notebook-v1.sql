-- A notebook as Rapport wrote it at schema version 1 (before full-text
-- search, the reminder ledger and the question bank). Never edit the schema
-- part: it is the frozen version 1. test-database builds a file from this
-- and checks that opening it migrates every row intact.
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

INSERT INTO mentees (id, uuid, name, pronouns, role, organization, status, cadence_days,
                     max_gap_days, boundaries, tags, about, created_at, updated_at)
VALUES (1, '6f1c8e52-8d7e-4d55-9d53-1a2b3c4d5e6f', 'Alex Morgan', 'they/them', 'Junior developer',
        'Acme', 'active', 14, 28, '[{"topic":"family","level":"ask-first"}]', 'frontend
career', 'Wants to grow into a tech lead role', 1700000000, 1700000000);
INSERT INTO mentees (id, uuid, name, status, created_at, updated_at)
VALUES (2, '0b7e4c3a-1d2f-4e5a-8b9c-0d1e2f3a4b5c', 'Dana Lee', 'paused', 1700000100, 1700000100);
INSERT INTO sessions (id, uuid, mentee_id, starts_at, duration_minutes, status, agenda, notes,
                      rating, takeaway, wins, created_at, updated_at)
VALUES (1, 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 1, 1700600000, 45, 'held', 'Career plan',
        'Talked about the quarterly review and the migration to kubernetes.', 4,
        'Write down three wins every Friday', 'Shipped the login page', 1700600000, 1700600000);
INSERT INTO commitments (id, uuid, mentee_id, session_id, owner, kind, title, details, due_date,
                         due_time, status, created_at, updated_at)
VALUES (1, 'c0ffee00-1234-4abc-9def-0123456789ab', 1, 1, 'mentor', 'introduction',
        'Introduce Alex to Priya', 'Priya runs the platform guild', '2023-12-01', NULL, 'open',
        1700600000, 1700600000);
INSERT INTO commitment_due_changes (commitment_id, old_due_date, new_due_date, reason, changed_at)
VALUES (1, '2023-11-24', '2023-12-01', 'Priya on holiday', 1700700000);
INSERT INTO goals (id, uuid, mentee_id, title, details, target_date, status, progress,
                   created_at, updated_at)
VALUES (1, 'beadfeed-0000-4000-8000-000000000001', 1, 'Lead a project', 'Own one feature end to end',
        '2024-05-14', 'active', 30, 1700000000, 1700000000);
PRAGMA user_version = 1;
