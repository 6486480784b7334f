/* rapport-test-utils.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-application.h"
#include "rapport-context.h"
#include "rapport-window.h"

G_BEGIN_DECLS

void     rapport_test_init         (int          *argc,
                                    char       ***argv);
void     rapport_test_init_gtk     (int          *argc,
                                    char       ***argv);
void     rapport_test_use_system_mime (void);
void     rapport_test_use_locale   (const char   *locale);
void     rapport_test_iterate      (guint         msec);
gboolean rapport_test_wait_for     (gboolean    (*predicate) (gpointer data),
                                    gpointer      data,
                                    guint         timeout_msec);
int      rapport_test_file_mode    (const char   *path);
char    *rapport_test_run_rapport  (const char * const *args,
                                    const char   *data_home,
                                    char        **stderr_out,
                                    int          *exit_status);

RapportApplication *rapport_test_start_application (void);
RapportWindow      *rapport_test_activate          (RapportApplication *app);
void                rapport_test_stop_application  (RapportApplication *app);
GtkWindow          *rapport_test_find_toplevel     (GType               type);

/* Real key presses through the X server (XTest); see rapport-test-utils.c. */
void                rapport_test_focus_window      (GtkWindow          *window);
void                rapport_test_press_keys        (GtkWindow          *window,
                                                    const char         *accelerator);
void                rapport_test_type_text         (GtkWindow          *window,
                                                    const char         *text);

RapportRepository  *rapport_test_reopen            (RapportContext     *context);
RapportMentee      *rapport_test_add_mentee        (RapportRepository  *repository,
                                                    const char         *name);
GtkWidget          *rapport_test_template_child    (gpointer            widget,
                                                    GType               type,
                                                    const char         *name);
AdwMessageDialog   *rapport_test_wait_for_message_dialog (const char   *heading);
void                rapport_test_respond           (AdwMessageDialog   *dialog,
                                                    const char         *response);
void                rapport_test_close_message_dialogs (void);

/**
 * RapportTestWindowFixture:
 *
 * A running application on a notebook with two mentees, Alex Kim and Sam
 * Lee, and its window drawn on Today.
 */
typedef struct
{
  RapportApplication *app;
  RapportWindow      *window;
  RapportContext     *context;
  RapportRepository  *repository;
  gint64              alex_id;
  gint64              sam_id;
} RapportTestWindowFixture;

void                rapport_test_window_fixture_set_up    (RapportTestWindowFixture *f,
                                                           gconstpointer             data);
void                rapport_test_window_fixture_tear_down (RapportTestWindowFixture *f,
                                                           gconstpointer             data);

void                rapport_test_click_mentee_row  (RapportWindow      *window,
                                                    gint64              mentee_id);
gint64              rapport_test_shown_mentee_id   (RapportWindow      *window);
void                rapport_test_assert_sidebar_matches_content (RapportWindow *window);

gboolean            rapport_test_type_date         (GtkWidget          *date_button,
                                                    const char         *text);
char               *rapport_test_day_from_today    (int                 days);

G_END_DECLS
