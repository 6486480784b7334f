/* rapport-test-utils.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-test-utils"

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gi18n.h>
#include <X11/extensions/XTest.h>
#include <locale.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rapport-mentee-page.h"
#include "rapport-test-utils.h"
#include "rapport-window-private.h"

/**
 * rapport_test_init:
 *
 * For display-free tests: each test case gets its own XDG directories, so a
 * test can never touch the mentor's real notebook.
 */
void
rapport_test_init (int    *argc,
                   char ***argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
}

/**
 * rapport_test_init_gtk:
 *
 * For UI tests. Without a display GTK cannot start; outside CI that is a skip
 * (exit status 77), but build-aux/test always provides Xvfb so the UI suite
 * runs there.
 */
void
rapport_test_init_gtk (int    *argc,
                       char ***argv)
{
  if (g_getenv ("DISPLAY") == NULL &&
      g_getenv ("WAYLAND_DISPLAY") == NULL &&
      g_getenv ("BROADWAY_DISPLAY") == NULL)
    {
      if (g_getenv ("CI") != NULL)
        {
          g_printerr ("UI tests need a display and CI must provide one\n");
          exit (1);
        }
      g_printerr ("No display: skipping the UI tests\n");
      exit (77);
    }

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gtk_disable_setlocale ();
  gtk_init ();
  adw_init ();
}

/**
 * rapport_test_use_system_mime:
 *
 * Isolated test folders hold no MIME database, without which GTK cannot tell
 * that the application icon is an SVG. The database is read-only, so UI test
 * cases point GIO at the system's copy once their folders are set up.
 */
void
rapport_test_use_system_mime (void)
{
  g_content_type_set_mime_dirs ((const char * const[]) { "/usr/share/mime", NULL });
}

/**
 * rapport_test_use_locale:
 * @locale: such as "de_DE.UTF-8"
 *
 * Runs what follows in @locale, with Rapport's catalogues from this build
 * tree (`RAPPORT_TEST_LOCALEDIR`), as main() binds the installed ones. A
 * locale that is not installed fails the test: build-aux/test generates the
 * ones the tests use.
 */
void
rapport_test_use_locale (const char *locale)
{
  const char *localedir = g_getenv ("RAPPORT_TEST_LOCALEDIR");

  if (setlocale (LC_ALL, locale) == NULL)
    g_error ("The locale %s is not installed; build-aux/test generates it", locale);
  g_assert_nonnull (localedir);

  /* Nothing may override the locale's language. */
  g_unsetenv ("LANGUAGE");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/**
 * rapport_test_iterate:
 * @msec: how long to run the main context
 *
 * Runs the default main context for @msec milliseconds, so idle handlers,
 * timeouts and frame clocks get their turn.
 */
void
rapport_test_iterate (guint msec)
{
  gint64 end = g_get_monotonic_time () + (gint64)msec * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

/**
 * rapport_test_wait_for:
 *
 * Iterates the main context until @predicate holds or @timeout_msec passes.
 * A generous timeout keeps slow CI machines from failing; the result is what
 * the test asserts, never the time taken.
 */
gboolean
rapport_test_wait_for (gboolean (*predicate) (gpointer data),
                       gpointer   data,
                       guint      timeout_msec)
{
  gint64 end = g_get_monotonic_time () + (gint64)timeout_msec * 1000;

  while (!predicate (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  return TRUE;
}

/**
 * rapport_test_file_mode:
 *
 * Returns: the permission bits of @path, or -1 if it does not exist
 */
int
rapport_test_file_mode (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return -1;

  return st.st_mode & 07777;
}

/**
 * rapport_test_run_rapport:
 * @args: arguments after the program name, %NULL-terminated
 * @data_home: (nullable): the `XDG_DATA_HOME` for the child
 * @stderr_out: (out) (optional): what the child printed to stderr
 * @exit_status: (out): the child's exit status
 *
 * Runs the built `rapport` binary (from `RAPPORT_BINARY`) without a display,
 * the way a script would.
 *
 * Returns: (transfer full): what the child printed to stdout
 */
char *
rapport_test_run_rapport (const char * const  *args,
                          const char          *data_home,
                          char               **stderr_out,
                          int                 *exit_status)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("RAPPORT_BINARY");
  char *out = NULL;
  char *err = NULL;
  int status = -1;

  g_assert_nonnull (binary);

  g_ptr_array_add (argv, (gpointer)binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LANG", "C.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  if (data_home != NULL)
    envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);

  g_spawn_sync (NULL, (char **)argv->pdata, envp, G_SPAWN_DEFAULT,
                NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);

  *exit_status = g_spawn_check_wait_status (status, NULL) ? 0 :
                 (WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status));

  if (stderr_out != NULL)
    *stderr_out = err;
  else
    g_free (err);

  return out;
}

/**
 * rapport_test_start_application:
 *
 * A registered application on the test's own notebook (the isolated
 * `XDG_DATA_HOME`), under an application id of its own so that it meets
 * neither another instance nor what an earlier test exported on the bus.
 *
 * Returns: (transfer full): the application
 */
RapportApplication *
rapport_test_start_application (void)
{
  static guint serial;
  g_autoptr(GError) error = NULL;
  g_autofree char *app_id = g_strdup_printf ("%s.Test%d_%u", APPLICATION_ID, (int)getpid (),
                                             ++serial);
  RapportApplication *app;

  rapport_test_use_system_mime ();
  app = rapport_application_new ();
  g_application_set_application_id (G_APPLICATION (app), app_id);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  return app;
}

/**
 * rapport_test_activate:
 *
 * Activates @app and waits until its window has been drawn.
 *
 * Returns: (transfer none): the window
 */
RapportWindow *
rapport_test_activate (RapportApplication *app)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (RAPPORT_IS_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return RAPPORT_WINDOW (window);
}

/**
 * rapport_test_stop_application:
 *
 * Destroys every window of @app and drops it. Every window must be
 * finalized once destroyed: a leaked reference here is a leaked window in
 * the application.
 */
void
rapport_test_stop_application (RapportApplication *app)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  GPtrArray *weak = g_ptr_array_new_with_free_func (g_free);

  for (const GList *iter = windows; iter; iter = iter->next)
    {
      gpointer *slot = g_new (gpointer, 1);

      *slot = iter->data;
      g_object_add_weak_pointer (G_OBJECT (iter->data), slot);
      g_ptr_array_add (weak, slot);
      gtk_window_destroy (iter->data);
    }
  g_list_free (windows);

  rapport_test_iterate (50);
  for (guint i = 0; i < weak->len; i++)
    g_assert_null (*(gpointer *)g_ptr_array_index (weak, i));
  g_ptr_array_unref (weak);

  g_object_unref (app);
}

/**
 * rapport_test_find_toplevel:
 *
 * Returns: (transfer none) (nullable): a visible toplevel of @type
 */
GtkWindow *
rapport_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* The list of toplevels keeps its own reference. */
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* ------------------------------------------------------------------------ */
/* Key presses                                                              */

/*
 * GTK 4 has no public way to make a key event (gtk_test_widget_send_key and
 * gdk_display_put_event are gone, and GdkEvent constructors are private),
 * and activating an action or a shortcut's trigger by hand would skip what
 * is being tested: which shortcut controller sees the key, given where the
 * focus is. So the tests press keys the way a keyboard does, through the X
 * server: the XTest extension of the Xvfb the UI suite runs under (the
 * tests force GDK_BACKEND=x11) injects key presses that reach the window as
 * any typed key would, through GDK, the focus widget and every shortcut
 * controller on the way.
 *
 * Under Xvfb there is no window manager to give a new window the keyboard
 * focus, so rapport_test_focus_window() does what it would do.
 */

static Display *
get_xdisplay (GtkWindow *window)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  int event_base, error_base, major, minor;
  Display *xdisplay;

  if (!GDK_IS_X11_DISPLAY (display))
    g_error ("key presses in the tests need the X11 backend (GDK_BACKEND=x11)");

  xdisplay = gdk_x11_display_get_xdisplay (GDK_X11_DISPLAY (display));
  if (!XTestQueryExtension (xdisplay, &event_base, &error_base, &major, &minor))
    g_error ("the X server has no XTest extension");

  return xdisplay;
}

static gboolean
window_is_active (gpointer data)
{
  return gtk_window_is_active (GTK_WINDOW (data));
}

/* Lets GDK read and dispatch what the X server sent: the events are queued
 * on the connection once XSync() returns, and GDK's source reads them on
 * the next iterations. */
static void
dispatch_x_events (Display *xdisplay)
{
  XSync (xdisplay, False);
  for (guint i = 0; i < 5; i++)
    {
      rapport_test_iterate (10);
      XSync (xdisplay, False);
    }
}

/**
 * rapport_test_focus_window:
 * @window: a shown window
 *
 * Gives @window the keyboard focus, as a window manager would when it
 * opens, and waits until GTK knows it is active.
 */
void
rapport_test_focus_window (GtkWindow *window)
{
  Display *xdisplay = get_xdisplay (window);
  GdkSurface *surface;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_assert_nonnull (surface);

  XSetInputFocus (xdisplay, gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);
  dispatch_x_events (xdisplay);
  g_assert_true (rapport_test_wait_for (window_is_active, window, 5000));
}

static void
fake_key (Display *xdisplay,
          KeySym   keysym,
          gboolean press)
{
  KeyCode keycode = XKeysymToKeycode (xdisplay, keysym);

  if (keycode == 0)
    g_error ("no key on the X keyboard makes %s", XKeysymToString (keysym));

  XTestFakeKeyEvent (xdisplay, keycode, press, CurrentTime);
}

static void
press_keyval (Display         *xdisplay,
              guint            keyval,
              GdkModifierType  mods)
{
  static const struct {
    GdkModifierType mask;
    KeySym          keysym;
  } modifiers[] = {
    { GDK_CONTROL_MASK, XK_Control_L },
    { GDK_SHIFT_MASK, XK_Shift_L },
    { GDK_ALT_MASK, XK_Alt_L },
  };

  for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
    if (mods & modifiers[i].mask)
      fake_key (xdisplay, modifiers[i].keysym, TRUE);

  /* GDK keyvals are X keysyms. */
  fake_key (xdisplay, keyval, TRUE);
  fake_key (xdisplay, keyval, FALSE);

  for (guint i = G_N_ELEMENTS (modifiers); i > 0; i--)
    if (mods & modifiers[i - 1].mask)
      fake_key (xdisplay, modifiers[i - 1].keysym, FALSE);

  dispatch_x_events (xdisplay);
}

/**
 * rapport_test_press_keys:
 * @window: the window with the keyboard focus
 * @accelerator: what to press, as gtk_accelerator_parse() reads it, e.g.
 *   `<Control><Shift>n`, `<Alt>3`, `space`, `Return`
 *
 * Presses and releases the key with its modifiers through the X server,
 * then lets GTK handle it.
 */
void
rapport_test_press_keys (GtkWindow  *window,
                         const char *accelerator)
{
  guint keyval = 0;
  GdkModifierType mods = 0;

  if (!gtk_accelerator_parse (accelerator, &keyval, &mods) || keyval == 0)
    g_error ("“%s” is not an accelerator", accelerator);

  press_keyval (get_xdisplay (window), gdk_keyval_to_lower (keyval), mods);
}

/**
 * rapport_test_type_text:
 * @window: the window with the keyboard focus
 * @text: what to type: ASCII letters, digits, space and punctuation the US
 *   keyboard of Xvfb has
 */
void
rapport_test_type_text (GtkWindow  *window,
                        const char *text)
{
  Display *xdisplay = get_xdisplay (window);
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      guint keyval = gdk_unicode_to_keyval (g_utf8_get_char (p));
      g_autofree GdkKeymapKey *keys = NULL;
      int n_keys = 0;

      /* The shifted level of a key types its upper case or symbol. */
      if (!gdk_display_map_keyval (display, keyval, &keys, &n_keys) || n_keys == 0)
        g_error ("“%s” cannot be typed on the X keyboard", p);

      press_keyval (xdisplay, gdk_keyval_to_lower (keyval),
                    keys[0].level == 1 ? GDK_SHIFT_MASK : 0);
    }
}

/* ------------------------------------------------------------------------ */
/* The window fixture and its helpers                                       */

/**
 * rapport_test_reopen:
 *
 * A second connection to the notebook of @context, the way the next start
 * of Rapport would read it: what it finds is what was really saved.
 *
 * Returns: (transfer full): a new repository on the same file
 */
RapportRepository *
rapport_test_reopen (RapportContext *context)
{
  g_autoptr(GError) error = NULL;
  RapportRepository *repository;

  repository = rapport_repository_new (rapport_context_get_data_dir (context), &error);
  g_assert_no_error (error);
  return repository;
}

/**
 * rapport_test_add_mentee:
 *
 * Returns: (transfer none): the new mentee as the repository's list holds it
 */
RapportMentee *
rapport_test_add_mentee (RapportRepository *repository,
                         const char        *name)
{
  g_autoptr(RapportMentee) mentee = rapport_mentee_new ();
  g_autoptr(GError) error = NULL;
  RapportMentee *listed;

  rapport_mentee_set_name (mentee, name);
  g_assert_true (rapport_repository_save (repository, RAPPORT_ITEM (mentee), &error));
  g_assert_no_error (error);
  listed = rapport_repository_find_mentee (repository, rapport_item_get_id (RAPPORT_ITEM (mentee)));
  g_assert_nonnull (listed);
  return listed;
}

/**
 * rapport_test_template_child:
 *
 * Returns: (transfer none): the template child @name of @widget, which must
 *   exist
 */
GtkWidget *
rapport_test_template_child (gpointer    widget,
                             GType       type,
                             const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static gboolean
message_dialog_shown (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          *(AdwMessageDialog **) data = ADW_MESSAGE_DIALOG (window);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * rapport_test_wait_for_message_dialog:
 * @heading: the heading the dialog must have
 *
 * Returns: (transfer none): the message dialog shown
 */
AdwMessageDialog *
rapport_test_wait_for_message_dialog (const char *heading)
{
  AdwMessageDialog *dialog = NULL;

  g_assert_true (rapport_test_wait_for (message_dialog_shown, &dialog, 5000));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  return dialog;
}

/**
 * rapport_test_respond:
 *
 * Answers @dialog as a click on the button of @response would, which also
 * closes it.
 */
void
rapport_test_respond (AdwMessageDialog *dialog,
                      const char       *response)
{
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  rapport_test_iterate (20);
}

/**
 * rapport_test_close_message_dialogs:
 *
 * For a teardown after a test that failed half-way with a dialog open.
 */
void
rapport_test_close_message_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (window))
        gtk_window_destroy (window);
    }
}

void
rapport_test_window_fixture_set_up (RapportTestWindowFixture *f,
                                    gconstpointer             data)
{
  f->app = rapport_test_start_application ();
  f->context = rapport_application_get_context (f->app);
  f->repository = rapport_context_get_repository (f->context);
  f->alex_id = rapport_item_get_id (RAPPORT_ITEM (rapport_test_add_mentee (f->repository, "Alex Kim")));
  f->sam_id = rapport_item_get_id (RAPPORT_ITEM (rapport_test_add_mentee (f->repository, "Sam Lee")));
  f->window = rapport_test_activate (f->app);
}

void
rapport_test_window_fixture_tear_down (RapportTestWindowFixture *f,
                                       gconstpointer             data)
{
  /* A test that failed half-way may leave a dialog open. */
  rapport_test_close_message_dialogs ();
  rapport_test_stop_application (f->app);
}

/**
 * rapport_test_click_mentee_row:
 *
 * A click on the mentee's row in the sidebar, which must list them.
 */
void
rapport_test_click_mentee_row (RapportWindow *window,
                               gint64         mentee_id)
{
  GListModel *rows = G_LIST_MODEL (window->selection);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(RapportMentee) mentee = g_list_model_get_item (rows, i);

      if (rapport_item_get_id (RAPPORT_ITEM (mentee)) == mentee_id)
        {
          /* What GtkListItemWidget's click gesture does on release. */
          gtk_widget_activate_action (GTK_WIDGET (window->mentee_list), "list.select-item", "(ubb)",
                                      i, FALSE, FALSE);
          gtk_widget_activate_action (GTK_WIDGET (window->mentee_list), "list.activate-item", "u", i);
          rapport_test_iterate (20);
          return;
        }
    }

  g_assert_not_reached ();
}

/**
 * rapport_test_shown_mentee_id:
 *
 * Returns: the mentee the content pane shows, or 0 when it shows no mentee
 */
gint64
rapport_test_shown_mentee_id (RapportWindow *window)
{
  RapportMentee *mentee;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (window->content_stack), "mentee") != 0)
    return 0;

  mentee = rapport_mentee_page_get_mentee (RAPPORT_MENTEE_PAGE (window->mentee_page));
  return mentee ? rapport_item_get_id (RAPPORT_ITEM (mentee)) : 0;
}

/**
 * rapport_test_assert_sidebar_matches_content:
 *
 * The sidebar highlights what the content pane shows: Today or Insights,
 * the mentee's row when the list holds it, and nothing else.
 */
void
rapport_test_assert_sidebar_matches_content (RapportWindow *window)
{
  const char *page = gtk_stack_get_visible_child_name (window->content_stack);
  GtkListBoxRow *top = gtk_list_box_get_selected_row (window->today_list);
  RapportMentee *selected = gtk_single_selection_get_selected_item (window->selection);
  gint64 shown = rapport_test_shown_mentee_id (window);
  gboolean listed = FALSE;

  for (guint i = 0; shown > 0 && i < g_list_model_get_n_items (G_LIST_MODEL (window->selection)); i++)
    {
      g_autoptr(RapportMentee) mentee = g_list_model_get_item (G_LIST_MODEL (window->selection), i);

      listed |= rapport_item_get_id (RAPPORT_ITEM (mentee)) == shown;
    }

  if (g_strcmp0 (page, "today") == 0)
    g_assert_true (top == window->today_row);
  else if (g_strcmp0 (page, "insights") == 0)
    g_assert_true (top == window->insights_row);
  else
    g_assert_null (top);

  if (listed)
    {
      g_assert_nonnull (selected);
      g_assert_cmpint (rapport_item_get_id (RAPPORT_ITEM (selected)), ==, shown);
    }
  else
    g_assert_null (selected);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

/**
 * rapport_test_type_date:
 * @date_button: a #RapportDueDateButton
 * @text: what the mentor types
 *
 * Opens the date button's popover, types @text into its entry, which has
 * the focus, and presses Enter, as a mentor does.
 *
 * Returns: whether the popover closed, that is the date was taken
 */
gboolean
rapport_test_type_date (GtkWidget  *date_button,
                        const char *text)
{
  GType type = G_OBJECT_TYPE (date_button);
  GtkWidget *menu = rapport_test_template_child (date_button, type, "menu_button");
  GtkWidget *popover = rapport_test_template_child (date_button, type, "popover");
  GtkWidget *entry = rapport_test_template_child (date_button, type, "entry");
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (entry));

  gtk_menu_button_popup (GTK_MENU_BUTTON (menu));
  g_assert_true (rapport_test_wait_for (is_mapped, popover, 5000));
  g_assert_true (gtk_widget_has_focus (entry) || (delegate && gtk_widget_has_focus (GTK_WIDGET (delegate))));

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  return rapport_test_wait_for (is_unmapped, popover, 2000);
}

/**
 * rapport_test_day_from_today:
 *
 * Returns: (transfer full): today plus @days, as stored (`YYYY-MM-DD`)
 */
char *
rapport_test_day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}
