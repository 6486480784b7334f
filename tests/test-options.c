/* test-options.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rapport-options.h"
#include "rapport-repository.h"
#include "rapport-test-utils.h"

static void
test_version (void)
{
  const char *args[] = { "--version", NULL };
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  g_autofree char *data_dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);
  int status;

  out = rapport_test_run_rapport (args, NULL, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "rapport " PACKAGE_VERSION "\n");

  /* Asking for the version must not create a notebook. */
  g_assert_cmpint (rapport_test_file_mode (data_dir), ==, -1);
}

static void
test_help_lists_every_option (void)
{
  const char *args[] = { "--help", NULL };
  const GOptionEntry *entries = rapport_options_get_entries ();
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  int status;

  out = rapport_test_run_rapport (args, NULL, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; entries[i].long_name != NULL; i++)
    {
      g_autofree char *flag = g_strdup_printf ("--%s", entries[i].long_name);
      guint found = 0;

      for (guint j = 0; lines[j] != NULL; j++)
        {
          const char *line = g_strchug (lines[j]);

          /* "--export=FILE   Export …": the flag starts the line, followed by
           * '=' or blanks, and its description is on the same line. */
          if (g_str_has_prefix (line, flag) &&
              (line[strlen (flag)] == '=' || line[strlen (flag)] == ' ') &&
              strstr (line, entries[i].description) != NULL)
            found++;
        }

      g_assert_cmpuint (found, ==, 1);
    }
}

static void
test_unknown_option (void)
{
  const char *args[] = { "--no-such-option", NULL };
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  int status;

  out = rapport_test_run_rapport (args, NULL, &err, &status);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "--no-such-option"));
}

static void
test_missing_argument (void)
{
  const char *args[] = { "--export", NULL };
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  int status;

  out = rapport_test_run_rapport (args, NULL, &err, &status);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "--export"));
}

/* The command-line-only options, run on the real binary against a notebook
 * in a data home of their own. */

static const char *sample_notebook =
  "{\"format\": \"rapport-notebook\", \"version\": 1, \"exported_at\": \"2026-03-18T10:00:00Z\",\n"
  " \"mentees\": [{\"uuid\": \"11111111-1111-4111-8111-111111111111\", \"name\": \"Ada 🦊\",\n"
  "   \"status\": \"active\",\n"
  "   \"sessions\": [{\"uuid\": \"22222222-2222-4222-8222-222222222222\",\n"
  "     \"starts_at\": \"2026-03-01T09:00:00+01:00\", \"duration_minutes\": 45, \"status\": \"held\",\n"
  "     \"notes\": \"Talked about the talk.\", \"rating\": 5}],\n"
  "   \"commitments\": [{\"uuid\": \"33333333-3333-4333-8333-333333333333\", \"owner\": \"mentor\",\n"
  "     \"kind\": \"resource\", \"title\": \"Send the speaking guide\", \"due\": \"2020-01-06\",\n"
  "     \"status\": \"open\", \"session_uuid\": \"22222222-2222-4222-8222-222222222222\"}],\n"
  "   \"goals\": []}]}\n";

typedef struct
{
  char *home;
} CliFixture;

static char *
cli_run (CliFixture  *f,
         const char  *arg,
         const char  *file,
         char       **err,
         int         *status)
{
  g_autofree char *full = file ? g_strdup_printf ("%s=%s", arg, file) : g_strdup (arg);
  const char *args[] = { full, NULL };

  return rapport_test_run_rapport (args, f->home, err, status);
}

static void
cli_set_up (CliFixture    *f,
            gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  f->home = g_build_filename (g_get_user_data_dir (), "home", NULL);
  g_assert_cmpint (g_mkdir_with_parents (f->home, 0700), ==, 0);

  path = g_build_filename (f->home, "sample.json", NULL);
  g_assert_true (g_file_set_contents (path, sample_notebook, -1, NULL));
  out = cli_run (f, "--import", path, &err, &status);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "Imported: 3 added, 0 updated, 0 unchanged\n");
}

static void
cli_tear_down (CliFixture    *f,
               gconstpointer  data)
{
  g_free (f->home);
}

static void
test_cli_export_import (CliFixture    *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->home, "export.json", NULL);
  g_autofree char *sample = g_build_filename (f->home, "sample.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autofree char *out2 = NULL;
  g_autofree char *err = NULL;
  g_autofree char *err2 = NULL;
  int status;

  out = cli_run (f, "--export", path, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (rapport_test_file_mode (path), ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"format\" : \"rapport-notebook\""));
  g_assert_nonnull (strstr (contents, "Ada 🦊"));
  g_assert_nonnull (strstr (contents, "\"session_uuid\" : \"22222222-2222-4222-8222-222222222222\""));

  /* Importing the same file again changes nothing. */
  out2 = cli_run (f, "--import", sample, &err2, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out2, ==, "Imported: 0 added, 0 updated, 3 unchanged\n");
}

static void
test_cli_import_refuses_bad_file (CliFixture    *f,
                                  gconstpointer  data)
{
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                "third-mentee-bad-rating.json", NULL);
  g_autofree char *newer = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                  "newer-version.json", NULL);
  g_autofree char *missing = g_build_filename (f->home, "no-such-file.json", NULL);
  const char *files[] = { bad, newer, missing };
  const char *fragments[] = {
    "$.mentees[2].sessions[0].rating: is out of range: 0",
    "$.version: the file was written by a newer Rapport",
    "no-such-file.json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status;

      out = cli_run (f, "--import", files[i], &err, &status);
      g_assert_cmpint (status, !=, 0);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, "rapport: "));
      g_assert_nonnull (strstr (err, fragments[i]));
    }
}

static void
test_cli_export_formats (CliFixture    *f,
                         gconstpointer  data)
{
  const char *names[] = { "notebook.txt", "notebook" };
  const char *fragments[] = { ".json, .md or .ics", ".json, .md or .ics" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (f->home, names[i], NULL);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status;

      out = cli_run (f, "--export", path, &err, &status);
      g_assert_cmpint (status, !=, 0);
      g_assert_true (g_str_has_prefix (err, "rapport: "));
      g_assert_nonnull (strstr (err, fragments[i]));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

static void
test_cli_export_markdown (CliFixture    *f,
                          gconstpointer  data)
{
  /* The extension is matched whatever its case. */
  g_autofree char *path = g_build_filename (f->home, "notes.MD", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  out = cli_run (f, "--export", path, &err, &status);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpint (rapport_test_file_mode (path), ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "# Ada 🦊\n"));
  g_assert_nonnull (strstr (contents, "Talked about the talk."));
  g_assert_nonnull (strstr (contents, "- [ ] **Send the speaking guide** — Resource · due 2020-01-06"));
}

static void
test_cli_export_icalendar (CliFixture    *f,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->home, "meetings.ics", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  out = cli_run (f, "--export", path, &err, &status);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpint (rapport_test_file_mode (path), ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  /* The open promise is a to-do; the held meeting is not an event. */
  g_assert_nonnull (strstr (contents, "BEGIN:VTODO\r\nUID:33333333-3333-4333-8333-333333333333@rapport\r\n"));
  g_assert_nonnull (strstr (contents, "DUE;VALUE=DATE:20200106\r\n"));
  g_assert_null (strstr (contents, "BEGIN:VEVENT"));
}

static void
test_cli_backup_restore (CliFixture    *f,
                         gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->home, "copy.db", NULL);
  g_autofree char *junk = g_build_filename (f->home, "junk.db", NULL);
  g_autofree char *export = g_build_filename (f->home, "after.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out2 = NULL;
  g_autofree char *err2 = NULL;
  g_autofree char *out3 = NULL;
  g_autofree char *err3 = NULL;
  g_autofree char *out4 = NULL;
  int status;

  out = cli_run (f, "--backup", copy, &err, &status);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpint (rapport_test_file_mode (copy), ==, 0600);

  /* Something that is not a notebook is refused and nothing is replaced. */
  g_assert_true (g_file_set_contents (junk, "not a database", -1, NULL));
  out2 = cli_run (f, "--restore", junk, &err2, &status);
  g_assert_cmpint (status, !=, 0);
  g_assert_true (g_str_has_prefix (err2, "rapport: "));

  out3 = cli_run (f, "--restore", copy, &err3, &status);
  g_assert_cmpstr (err3, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_str_has_prefix (out3, "Restored"));

  out4 = cli_run (f, "--export", export, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (export, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Send the speaking guide"));
}

/* A private session bus, and optionally a stand-in for a running Rapport
 * that owns the application id on it, so the tests never see the desktop's. */
static GDBusConnection *
private_bus_up (GTestDBus *bus,
                gboolean   own_app_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  GDBusConnection *connection;
  guint32 result = 0;

  g_test_dbus_up (bus);
  connection = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (bus),
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                       G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);

  if (own_app_id)
    {
      /* 4 is DBUS_NAME_FLAG_DO_NOT_QUEUE, 1 DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER. */
      reply = g_dbus_connection_call_sync (connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                           "org.freedesktop.DBus", "RequestName",
                                           g_variant_new ("(su)", APPLICATION_ID, 4),
                                           G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                           NULL, &error);
      g_assert_no_error (error);
      g_variant_get (reply, "(u)", &result);
      g_assert_cmpuint (result, ==, 1);
    }

  return connection;
}

static void
private_bus_down (GTestDBus       *bus,
                  GDBusConnection *connection)
{
  g_dbus_connection_close_sync (connection, NULL, NULL);
  g_object_unref (connection);
  g_test_dbus_down (bus);
}

static guint
count_files_with_prefix (const char *dir,
                         const char *prefix)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, prefix))
      n++;
  return n;
}

/* While Rapport runs (here: something owns its application id on the session
 * bus) --restore refuses and changes nothing; once it has quit, it restores. */
static void
test_cli_restore_while_running (CliFixture    *f,
                                gconstpointer  data)
{
  g_autoptr(GTestDBus) bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_autofree char *copy = g_build_filename (f->home, "copy.db", NULL);
  g_autofree char *backups = g_build_filename (f->home, "rapport", "backups", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out2 = NULL;
  g_autofree char *err2 = NULL;
  g_autofree char *out3 = NULL;
  GDBusConnection *connection;
  int status;

  out = cli_run (f, "--backup", copy, NULL, &status);
  g_assert_cmpint (status, ==, 0);

  connection = private_bus_up (bus, TRUE);
  out2 = cli_run (f, "--restore", copy, &err2, &status);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (out2, ==, "");
  g_assert_true (g_str_has_prefix (err2, "rapport: close Rapport before restoring"));
  g_assert_cmpuint (count_files_with_prefix (backups, "rapport-before-restore-"), ==, 0);
  private_bus_down (bus, connection);

  g_clear_object (&bus);
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  connection = private_bus_up (bus, FALSE);
  out3 = cli_run (f, "--restore", copy, &err, &status);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpuint (count_files_with_prefix (backups, "rapport-before-restore-"), ==, 1);
  private_bus_down (bus, connection);
}

/* Without a bus to tell, a notebook another program has open is not replaced
 * either, and no stray copy of it is left in the backups folder. */
static void
test_cli_restore_while_open (CliFixture    *f,
                             gconstpointer  data)
{
  g_autoptr(GTestDBus) bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_autofree char *copy = g_build_filename (f->home, "copy.db", NULL);
  g_autofree char *dir = g_build_filename (f->home, "rapport", NULL);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr(RapportRepository) open_repo = NULL;
  g_autoptr(RapportMentee) extra = rapport_mentee_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *out2 = NULL;
  g_autofree char *err2 = NULL;
  GDBusConnection *connection;
  int status;

  out = cli_run (f, "--backup", copy, NULL, &status);
  g_assert_cmpint (status, ==, 0);

  open_repo = rapport_repository_new (dir, &error);
  g_assert_no_error (error);
  rapport_mentee_set_name (extra, "Written while open");
  g_assert_true (rapport_repository_save (open_repo, RAPPORT_ITEM (extra), &error));

  connection = private_bus_up (bus, FALSE);
  out2 = cli_run (f, "--restore", copy, &err2, &status);
  private_bus_down (bus, connection);

  g_assert_cmpint (status, ==, 1);
  g_assert_true (g_str_has_prefix (err2, "rapport: "));
  g_assert_nonnull (strstr (err2, "still open"));
  g_assert_cmpuint (count_files_with_prefix (backups, "rapport-before-restore-"), ==, 0);

  /* The open notebook still holds what was written to it. */
  g_assert_true (rapport_repository_refresh (open_repo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rapport_repository_get_mentees (open_repo)), ==, 2);
}

static void
test_cli_agenda (CliFixture    *f,
                 gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  out = cli_run (f, "--agenda", NULL, &err, &status);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_str_has_prefix (out, "My Overdue Promises\n"));
  g_assert_nonnull (strstr (out, "  • Send the speaking guide — For Ada 🦊 · "));
}

static void
test_cli_agenda_empty (void)
{
  const char *args[] = { "--agenda", NULL };
  g_autofree char *home = g_build_filename (g_get_user_data_dir (), "empty-home", NULL);
  g_autofree char *db = g_build_filename (home, "rapport", "rapport.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_assert_cmpint (g_mkdir_with_parents (home, 0700), ==, 0);
  out = rapport_test_run_rapport (args, home, &err, &status);
  /* No notebook yet: a clear error, and none is created. */
  g_assert_cmpint (status, !=, 0);
  g_assert_true (g_str_has_prefix (err, "rapport: "));
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init (&argc, &argv);

  g_test_add_func ("/rapport/options/version", test_version);
  g_test_add_func ("/rapport/options/help-lists-every-option", test_help_lists_every_option);
  g_test_add_func ("/rapport/options/unknown-option", test_unknown_option);
  g_test_add_func ("/rapport/options/missing-argument", test_missing_argument);


#define ADD_CLI(path, func) \
  g_test_add ("/rapport/options/cli/" path, CliFixture, NULL, cli_set_up, func, cli_tear_down)

  ADD_CLI ("export-import", test_cli_export_import);
  ADD_CLI ("import-refuses-bad-file", test_cli_import_refuses_bad_file);
  ADD_CLI ("export-formats", test_cli_export_formats);
  ADD_CLI ("export-markdown", test_cli_export_markdown);
  ADD_CLI ("export-icalendar", test_cli_export_icalendar);
  ADD_CLI ("backup-restore", test_cli_backup_restore);
  ADD_CLI ("restore-while-running", test_cli_restore_while_running);
  ADD_CLI ("restore-while-open", test_cli_restore_while_open);
  ADD_CLI ("agenda", test_cli_agenda);
  g_test_add_func ("/rapport/options/cli/agenda-without-notebook", test_cli_agenda_empty);

  return g_test_run ();
}
