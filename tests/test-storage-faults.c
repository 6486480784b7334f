/* test-storage-faults.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "rapport-repository.h"
#include "rapport-test-utils.h"

/* A VFS that wraps "unix" and, once armed, fails the Nth write, sync or
 * truncate (and every one after it, as a dying disk does). Every other
 * method is forwarded, the xShm* ones included, so WAL mode works through
 * it. Running a save with N = 0, 1, 2, … fails it at every position. */

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
} FaultFile;

static sqlite3_vfs *unix_vfs;
static sqlite3_vfs fault_vfs;
static sqlite3_io_methods fault_io;
static int fail_after = -1;   /* -1: disarmed */
static int fail_code = SQLITE_IOERR_WRITE;
static int ops_seen;
static int faults_injected;

static gboolean
should_fail (void)
{
  if (fail_after < 0)
    return FALSE;
  if (ops_seen++ >= fail_after)
    {
      faults_injected++;
      return TRUE;
    }
  return FALSE;
}

#define REAL(f) (((FaultFile *)(f))->real)

static int
f_close (sqlite3_file *f)
{
  int rc = REAL (f)->pMethods->xClose (REAL (f));
  sqlite3_free (REAL (f));
  return rc;
}

static int
f_read (sqlite3_file *f, void *buf, int amt, sqlite3_int64 off)
{
  return REAL (f)->pMethods->xRead (REAL (f), buf, amt, off);
}

static int
f_write (sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off)
{
  if (should_fail ())
    return fail_code == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_WRITE;
  return REAL (f)->pMethods->xWrite (REAL (f), buf, amt, off);
}

static int
f_truncate (sqlite3_file *f, sqlite3_int64 size)
{
  if (should_fail ())
    return SQLITE_IOERR_TRUNCATE;
  return REAL (f)->pMethods->xTruncate (REAL (f), size);
}

static int
f_sync (sqlite3_file *f, int flags)
{
  if (should_fail ())
    return SQLITE_IOERR_FSYNC;
  return REAL (f)->pMethods->xSync (REAL (f), flags);
}

static int
f_file_size (sqlite3_file *f, sqlite3_int64 *size)
{
  return REAL (f)->pMethods->xFileSize (REAL (f), size);
}

static int
f_lock (sqlite3_file *f, int level)
{
  return REAL (f)->pMethods->xLock (REAL (f), level);
}

static int
f_unlock (sqlite3_file *f, int level)
{
  return REAL (f)->pMethods->xUnlock (REAL (f), level);
}

static int
f_check_reserved (sqlite3_file *f, int *out)
{
  return REAL (f)->pMethods->xCheckReservedLock (REAL (f), out);
}

static int
f_file_control (sqlite3_file *f, int op, void *arg)
{
  return REAL (f)->pMethods->xFileControl (REAL (f), op, arg);
}

static int
f_sector_size (sqlite3_file *f)
{
  return REAL (f)->pMethods->xSectorSize (REAL (f));
}

static int
f_device_characteristics (sqlite3_file *f)
{
  return REAL (f)->pMethods->xDeviceCharacteristics (REAL (f));
}

static int
f_shm_map (sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
  return REAL (f)->pMethods->xShmMap (REAL (f), region, size, extend, out);
}

static int
f_shm_lock (sqlite3_file *f, int offset, int n, int flags)
{
  return REAL (f)->pMethods->xShmLock (REAL (f), offset, n, flags);
}

static void
f_shm_barrier (sqlite3_file *f)
{
  REAL (f)->pMethods->xShmBarrier (REAL (f));
}

static int
f_shm_unmap (sqlite3_file *f, int delete_flag)
{
  return REAL (f)->pMethods->xShmUnmap (REAL (f), delete_flag);
}

static int
f_fetch (sqlite3_file *f, sqlite3_int64 off, int amt, void **pp)
{
  return REAL (f)->pMethods->xFetch (REAL (f), off, amt, pp);
}

static int
f_unfetch (sqlite3_file *f, sqlite3_int64 off, void *p)
{
  return REAL (f)->pMethods->xUnfetch (REAL (f), off, p);
}

static int
v_open (sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags)
{
  FaultFile *ff = (FaultFile *)file;
  int rc;

  ff->real = sqlite3_malloc (unix_vfs->szOsFile);
  if (ff->real == NULL)
    return SQLITE_NOMEM;
  memset (ff->real, 0, unix_vfs->szOsFile);

  rc = unix_vfs->xOpen (unix_vfs, name, ff->real, flags, out_flags);
  if (rc != SQLITE_OK || ff->real->pMethods == NULL)
    {
      sqlite3_free (ff->real);
      ff->real = NULL;
      file->pMethods = NULL;
      return rc;
    }

  file->pMethods = &fault_io;
  return SQLITE_OK;
}

static int
v_delete (sqlite3_vfs *vfs, const char *name, int sync_dir)
{
  return unix_vfs->xDelete (unix_vfs, name, sync_dir);
}

static int
v_access (sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
  return unix_vfs->xAccess (unix_vfs, name, flags, out);
}

static int
v_full_pathname (sqlite3_vfs *vfs, const char *name, int n, char *out)
{
  return unix_vfs->xFullPathname (unix_vfs, name, n, out);
}

static int
v_randomness (sqlite3_vfs *vfs, int n, char *out)
{
  return unix_vfs->xRandomness (unix_vfs, n, out);
}

static int
v_sleep (sqlite3_vfs *vfs, int us)
{
  return unix_vfs->xSleep (unix_vfs, us);
}

static int
v_current_time (sqlite3_vfs *vfs, double *out)
{
  return unix_vfs->xCurrentTime (unix_vfs, out);
}

static int
v_get_last_error (sqlite3_vfs *vfs, int n, char *out)
{
  return unix_vfs->xGetLastError (unix_vfs, n, out);
}

static int
v_current_time_int64 (sqlite3_vfs *vfs, sqlite3_int64 *out)
{
  return unix_vfs->xCurrentTimeInt64 (unix_vfs, out);
}

static void
register_fault_vfs (void)
{
  unix_vfs = sqlite3_vfs_find ("unix");
  g_assert_nonnull (unix_vfs);
  g_assert_cmpint (unix_vfs->iVersion, >=, 2);

  fault_io = (sqlite3_io_methods) {
    .iVersion = 3,
    .xClose = f_close,
    .xRead = f_read,
    .xWrite = f_write,
    .xTruncate = f_truncate,
    .xSync = f_sync,
    .xFileSize = f_file_size,
    .xLock = f_lock,
    .xUnlock = f_unlock,
    .xCheckReservedLock = f_check_reserved,
    .xFileControl = f_file_control,
    .xSectorSize = f_sector_size,
    .xDeviceCharacteristics = f_device_characteristics,
    .xShmMap = f_shm_map,
    .xShmLock = f_shm_lock,
    .xShmBarrier = f_shm_barrier,
    .xShmUnmap = f_shm_unmap,
    .xFetch = f_fetch,
    .xUnfetch = f_unfetch,
  };

  fault_vfs = (sqlite3_vfs) {
    .iVersion = 2,
    .szOsFile = sizeof (FaultFile),
    .mxPathname = unix_vfs->mxPathname,
    .zName = "rapport-fault",
    .xOpen = v_open,
    .xDelete = v_delete,
    .xAccess = v_access,
    .xFullPathname = v_full_pathname,
    .xRandomness = v_randomness,
    .xSleep = v_sleep,
    .xCurrentTime = v_current_time,
    .xGetLastError = v_get_last_error,
    .xCurrentTimeInt64 = v_current_time_int64,
  };

  /* The default VFS, so RapportDatabase uses it without knowing. */
  g_assert_cmpint (sqlite3_vfs_register (&fault_vfs, 1), ==, SQLITE_OK);
}

/* The notebook: one mentee, one session whose notes are edited, and the
 * promises added in the same save. */

static const char OLD_NOTES[] = "Old notes: we talked about the conference talk.";

static char *
new_notes (void)
{
  g_autoptr(GString) s = g_string_new ("New notes: ");

  /* Big enough to span several pages, so a save has many writes. */
  while (s->len < 20000)
    g_string_append (s, "listened, asked about the review, agreed on next steps. ");
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "rapport", NULL);
}

static void
create_notebook (gint64 *mentee_id,
                 gint64 *session_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = data_dir ();
  g_autoptr(RapportRepository) repo = rapport_repository_new (dir, &error);
  g_autoptr(RapportMentee) m = rapport_mentee_new ();
  g_autoptr(RapportSessionNote) s = rapport_session_note_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_assert_no_error (error);
  rapport_mentee_set_name (m, "Robin");
  g_assert_true (rapport_repository_save (repo, RAPPORT_ITEM (m), &error));
  rapport_session_note_set_mentee_id (s, rapport_item_get_id (RAPPORT_ITEM (m)));
  rapport_session_note_set_starts_at (s, now);
  rapport_session_note_set_status (s, RAPPORT_SESSION_STATUS_HELD);
  rapport_session_note_set_notes (s, OLD_NOTES);
  g_assert_true (rapport_repository_save (repo, RAPPORT_ITEM (s), &error));
  g_assert_no_error (error);

  *mentee_id = rapport_item_get_id (RAPPORT_ITEM (m));
  *session_id = rapport_item_get_id (RAPPORT_ITEM (s));
}

typedef enum { STATE_OLD, STATE_NEW, STATE_MIXED } State;

static State
read_state (gint64      mentee_id,
            const char *expected_new)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = data_dir ();
  g_autoptr(RapportRepository) repo = rapport_repository_new (dir, &error);
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(GListModel) commitments = NULL;
  g_autoptr(RapportSessionNote) s = NULL;
  g_autoptr(GListModel) found = NULL;
  const char *notes;
  guint n_commitments;

  g_assert_no_error (error);
  g_assert_true (rapport_database_integrity_check (rapport_repository_get_database (repo), TRUE, &error));
  g_assert_no_error (error);

  sessions = rapport_repository_list_sessions (repo, mentee_id);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);
  s = g_list_model_get_item (sessions, 0);
  notes = rapport_session_note_get_notes (s);
  commitments = rapport_repository_list_commitments (repo, mentee_id);
  n_commitments = g_list_model_get_n_items (commitments);

  /* The search index agrees with the table, whatever state we are in. */
  found = rapport_repository_search (repo, "conference", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, g_strcmp0 (notes, OLD_NOTES) == 0 ? 1 : 0);

  if (g_strcmp0 (notes, OLD_NOTES) == 0 && n_commitments == 0)
    return STATE_OLD;
  if (g_strcmp0 (notes, expected_new) == 0 && n_commitments == 2)
    return STATE_NEW;
  return STATE_MIXED;
}

static gboolean
save_new_state (RapportRepository *repo,
                gint64             mentee_id,
                gint64             session_id,
                const char        *notes,
                GError           **error)
{
  g_autoptr(GListModel) sessions = rapport_repository_list_sessions (repo, mentee_id);
  g_autoptr(RapportSessionNote) s = g_list_model_get_item (sessions, 0);

  g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (s)), ==, session_id);

  if (!rapport_repository_begin_batch (repo, error))
    return FALSE;

  rapport_session_note_set_notes (s, notes);
  if (!rapport_repository_save (repo, RAPPORT_ITEM (s), error))
    goto failed;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(RapportCommitment) c = rapport_commitment_new ();

      rapport_commitment_set_mentee_id (c, mentee_id);
      rapport_commitment_set_session_id (c, session_id);
      rapport_commitment_set_title (c, i == 0 ? "Send the talk outline" : "Review the slides");
      if (!rapport_repository_save (repo, RAPPORT_ITEM (c), error))
        goto failed;
    }

  return rapport_repository_end_batch (repo, error);

failed:
  rapport_repository_cancel_batch (repo);
  return FALSE;
}

static void
run_fault_positions (int code)
{
  g_autofree char *notes = new_notes ();
  g_autofree char *dir = data_dir ();
  gint64 mentee_id, session_id;
  guint failures = 0, new_after_failure = 0;

  create_notebook (&mentee_id, &session_id);

  for (int n = 0; ; n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RapportRepository) repo = NULL;
      gboolean saved;
      State state;

      repo = rapport_repository_new (dir, &error);
      g_assert_no_error (error);

      fail_code = code;
      ops_seen = 0;
      faults_injected = 0;
      fail_after = n;
      saved = save_new_state (repo, mentee_id, session_id, notes, &error);

      /* Closing (with its checkpoint) still runs on the failing disk. */
      g_clear_object (&repo);
      fail_after = -1;

      if (faults_injected == 0)
        {
          /* The whole save ran without reaching position n: done. */
          g_assert_no_error (error);
          g_assert_true (saved);
          g_assert_cmpint (read_state (mentee_id, notes), ==, STATE_NEW);
          g_test_message ("%d write/sync positions tested (%u save failures)", n, failures);
          g_assert_cmpint (n, >, 3);
          break;
        }

      state = read_state (mentee_id, notes);
      g_assert_cmpint (state, !=, STATE_MIXED);

      if (saved)
        {
          /* An acknowledged save must be there (the failure hit the close). */
          g_assert_cmpint (state, ==, STATE_NEW);
        }
      else
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == RAPPORT_DATABASE_ERROR);
          failures++;
          /* A sync that failed after the commit frame was written may still
           * have made it to disk; either way the notebook is whole. */
          if (state == STATE_NEW)
            new_after_failure++;
        }

      /* Back to the old state for the next position. */
      if (state == STATE_NEW)
        {
          g_autoptr(RapportRepository) fix = rapport_repository_new (dir, &error);
          g_autoptr(GListModel) sessions = rapport_repository_list_sessions (fix, mentee_id);
          g_autoptr(RapportSessionNote) s = g_list_model_get_item (sessions, 0);
          g_autoptr(GListModel) commitments = rapport_repository_list_commitments (fix, mentee_id);

          g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

          for (guint i = 0; i < g_list_model_get_n_items (commitments); i++)
            g_ptr_array_add (items, g_list_model_get_item (commitments, i));

          g_assert_true (rapport_repository_begin_batch (fix, &error));
          rapport_session_note_set_notes (s, OLD_NOTES);
          g_assert_true (rapport_repository_save (fix, RAPPORT_ITEM (s), &error));
          for (guint i = 0; i < items->len; i++)
            g_assert_true (rapport_repository_trash (fix, g_ptr_array_index (items, i), &error));
          g_assert_true (rapport_repository_end_batch (fix, &error));
          g_assert_true (rapport_repository_empty_trash (fix, &error));
          g_assert_no_error (error);
          g_clear_object (&fix);
          g_assert_cmpint (read_state (mentee_id, notes), ==, STATE_OLD);
        }
    }

  g_assert_cmpuint (failures, >, 0);
  g_test_message ("%u failures left the new state (sync failed after the commit frame)",
                  new_after_failure);
}

static void
test_io_errors (void)
{
  run_fault_positions (SQLITE_IOERR_WRITE);
}

static void
test_disk_full (void)
{
  run_fault_positions (SQLITE_FULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  register_fault_vfs ();

  g_test_add_func ("/rapport/storage-faults/io-error-at-every-position", test_io_errors);
  g_test_add_func ("/rapport/storage-faults/disk-full-at-every-position", test_disk_full);

  return g_test_run ();
}
