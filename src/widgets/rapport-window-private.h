/* rapport-window-private.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-context.h"
#include "rapport-export-markdown.h"
#include "rapport-import.h"
#include "rapport-insights-view.h"
#include "rapport-today-view.h"
#include "rapport-window.h"

G_BEGIN_DECLS

struct _RapportWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkStack             *sidebar_stack;
  AdwStatusPage        *sidebar_empty_page;
  GtkWidget            *content;
  GtkStack             *content_stack;
  AdwStatusPage        *welcome_page;
  GtkMenuButton        *primary_menu_button;
  GtkToggleButton      *search_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkListBox           *today_list;
  GtkListBoxRow        *today_row;
  GtkListBoxRow        *insights_row;
  GtkLabel             *today_status_label;
  GtkLabel             *today_badge;
  GtkListView          *mentee_list;
  GtkWidget            *search_mentees_heading;
  GtkListBox           *search_mentees_list;
  GtkWidget            *search_results_heading;
  GtkListBox           *search_results_list;
  GtkWidget            *search_empty_page;
  RapportTodayView     *today_view;
  RapportInsightsView  *insights_view;

  /* Owned references */
  RapportContext       *context;
  GSettings            *settings;
  GtkCustomFilter      *filter;
  GtkCustomSorter      *sorter;
  GtkFilterListModel   *filter_model;
  GtkSliceListModel    *first_mentees;
  GtkSingleSelection   *selection;
  GCancellable         *cancellable;

  /* Borrowed references */
  GtkWidget            *mentee_page;
  GListModel           *mentees;
  GListModel           *agenda;

  /* State */
  char                 *search_text;
  guint                 sort_by;          /* the "mentee-sort" setting, as SORT_BY_* */
  guint                 expand_source;
  guint                 syncing_sidebar;  /* set while the highlight is put right, not the mentor's */
  guint                 show_archived : 1;
  guint                 asking_to_leave : 1;
  guint                 importing : 1;
};

void _rapport_window_class_actions_init (RapportWindowClass *klass);
void _rapport_window_actions_update     (RapportWindow      *self);
void _rapport_window_show_today         (RapportWindow      *self);
void _rapport_window_show_insights      (RapportWindow      *self);
void _rapport_window_show_insights_action (GtkWidget        *widget,
                                           const char       *action_name,
                                           GVariant         *param);
void _rapport_window_show_mentee        (RapportWindow      *self,
                                         gint64              mentee_id,
                                         const char         *tab,
                                         gint64              session_id);
void _rapport_window_new_mentee         (RapportWindow      *self);
void _rapport_window_sync_sidebar_selection (RapportWindow  *self);

/* Export and import (rapport-window-actions.c); the file dialogs call these
 * with the chosen file, and so do the tests. */
void     _rapport_window_export_to_file (RapportWindow        *self,
                                         GFile                *file,
                                         RapportMentee        *mentee,
                                         RapportMarkdownFlags  flags,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean _rapport_window_export_finish  (RapportWindow        *self,
                                         GAsyncResult         *result,
                                         GError              **error);
void     _rapport_window_import_file    (RapportWindow        *self,
                                         GFile                *file,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean _rapport_window_import_finish  (RapportWindow        *self,
                                         GAsyncResult         *result,
                                         RapportImportStats   *stats,
                                         GError              **error);

G_END_DECLS
