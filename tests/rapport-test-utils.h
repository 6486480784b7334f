/* rapport-test-utils.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rapport-application.h"
#include "rapport-context.h"
#include "rapport-repository.h"
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
GtkWidget          *rapport_test_template_child    (gpointer            widget,
                                                    GType               type,
                                                    const char         *name);
RapportRepository  *rapport_test_reopen            (RapportContext     *context);
gboolean            rapport_test_type_date         (GtkWidget          *date_button,
                                                    const char         *text);
char               *rapport_test_day_from_today    (int                 days);

G_END_DECLS
