/* rapport-test-utils.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rapport-application.h"
#include "rapport-window.h"

G_BEGIN_DECLS

void     rapport_test_init         (int          *argc,
                                    char       ***argv);
void     rapport_test_init_gtk     (int          *argc,
                                    char       ***argv);
void     rapport_test_use_system_mime (void);
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

G_END_DECLS
