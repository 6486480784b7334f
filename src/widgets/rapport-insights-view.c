/* rapport-insights-view.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-insights-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "rapport-context.h"
#include "rapport-insights-view-private.h"
#include "rapport-rating-chart.h"
#include "rapport-widget-utils.h"

/* Insights: the follow-through ledger across all mentees, in full — did I
 * keep my promises, on time; did I keep our meetings; did I keep the rhythm
 * — and then each mentee's figures with the trend of their ratings. It
 * measures the mentor, not the mentee. `docs/follow-through.md` defines
 * every figure; this view only shows them.
 *
 * Like Prepare, it is a snapshot rebuilt when the notebook changes, and
 * only while it is shown. */

struct _RapportInsightsView
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkWidget      *box;
  GtkStack       *stack;
  GtkScrolledWindow *scroller;
  AdwWindowTitle *window_title;
  GtkLabel       *on_time_value;
  GtkLabel       *on_time_caption;
  GtkLabel       *held_value;
  GtkLabel       *held_caption;
  GtkLabel       *rhythm_value;
  GtkLabel       *rhythm_caption;
  GtkListBox     *promises_list;
  GtkListBox     *meetings_list;
  GtkListBox     *rhythm_list;
  GtkListBox     *mentees_list;

  /* Owned references */
  RapportContext *context;
  RapportLedger  *ledger;
  GHashTable     *figures;

  /* State */
  guint           rebuild_id;
  guint           stale : 1;
  guint           folded : 1;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_FOLDED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportInsightsView, rapport_insights_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
join (GString    *out,
      const char *part)
{
  if (out->len)
    g_string_append (out, " · ");
  g_string_append (out, part);
}

static char *
percent (guint part,
         guint whole)
{
  if (whole == 0)
    return g_strdup ("—");
  /* Translators: a percentage, "78 %" */
  return g_strdup_printf (_("%d%%"), (int)(100.0 * part / whole + 0.5));
}

/* A row with a figure on its end; @name finds it again in tests. */
static void
add_figure (RapportInsightsView *self,
            GtkListBox          *list,
            const char          *name,
            const char          *title,
            const char          *subtitle,
            const char          *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_widget_set_name (row, name);
  gtk_list_box_append (list, row);

  g_hash_table_insert (self->figures, g_strdup (name), label);
}

static void
add_count (RapportInsightsView *self,
           GtkListBox          *list,
           const char          *name,
           const char          *title,
           const char          *subtitle,
           guint                count)
{
  g_autofree char *value = g_strdup_printf ("%u", count);

  add_figure (self, list, name, title, subtitle, value);
}

static void
set_summary (GtkLabel   *value_label,
             GtkLabel   *caption_label,
             const char *value,
             const char *caption)
{
  gtk_label_set_label (value_label, value);
  gtk_label_set_label (caption_label, caption);
}

static void
fill_summary (RapportInsightsView *self)
{
  const RapportLedgerFigures *f = rapport_ledger_get_figures (self->ledger);
  guint due = f->kept_on_time + f->kept_late + f->dropped + f->open_overdue;
  g_autofree char *on_time = percent (f->kept_on_time, due);
  g_autofree char *on_time_caption = NULL;
  g_autofree char *held = g_strdup_printf ("%u", f->held);
  g_autofree char *held_caption = NULL;
  g_autofree char *rhythm = percent (f->gaps_within_max, f->gaps);

  if (due > 0)
    on_time_caption = g_strdup_printf (ngettext ("of %u promise kept on time", "of %u promises kept on time", due), due);
  else
    on_time_caption = g_strdup (_("no promise has come due yet"));
  set_summary (self->on_time_value, self->on_time_caption, on_time, on_time_caption);

  if (f->cancelled_by_me)
    /* Translators: under the number of meetings held, "held · 1 cancelled by me" */
    held_caption = g_strdup_printf (ngettext ("held · %u cancelled by me", "held · %u cancelled by me",
                                              f->cancelled_by_me), f->cancelled_by_me);
  else
    held_caption = g_strdup (_("held · none cancelled by me"));
  set_summary (self->held_value, self->held_caption, held, held_caption);

  set_summary (self->rhythm_value, self->rhythm_caption, rhythm,
               f->gaps ? _("check-ins on rhythm") : _("no check-in gaps counted yet"));

  g_hash_table_insert (self->figures, g_strdup ("summary-on-time"), self->on_time_value);
  g_hash_table_insert (self->figures, g_strdup ("summary-held"), self->held_value);
  g_hash_table_insert (self->figures, g_strdup ("summary-rhythm"), self->rhythm_value);
}

static void
fill_promises (RapportInsightsView *self)
{
  const RapportLedgerFigures *f = rapport_ledger_get_figures (self->ledger);
  guint due = f->kept_on_time + f->kept_late + f->dropped + f->open_overdue;
  double late = rapport_ledger_get_average_days_late (self->ledger);
  g_autofree char *rate = percent (f->kept_on_time, due);
  g_autofree char *renegotiated_text = NULL;
  g_autofree char *overdue_text = NULL;
  g_autofree char *on_time_text = NULL;

  clear_list (self->promises_list);

  add_count (self, self->promises_list, "made", _("Promises made"),
             _("Promises of mine recorded in the period"), f->made);

  if (due > 0)
    /* Translators: "78 % of those that came due or were dropped" */
    on_time_text = g_strdup_printf (_("%s of those that came due or were dropped"), rate);
  add_count (self, self->promises_list, "kept-on-time", _("Kept on time"), on_time_text, f->kept_on_time);
  add_count (self, self->promises_list, "kept-late", _("Kept late"), NULL, f->kept_late);
  if (late >= 0)
    {
      g_autofree char *value = g_strdup_printf ("%.1f", late);

      add_figure (self, self->promises_list, "average-days-late", _("Average days late"),
                  _("Of the promises kept late"), value);
    }

  if (f->renegotiated_after_due)
    renegotiated_text = g_strdup_printf (ngettext ("Due date moved; %u after it had passed",
                                                   "Due date moved; %u after it had passed",
                                                   f->renegotiated_after_due),
                                         f->renegotiated_after_due);
  add_count (self, self->promises_list, "renegotiated", _("Renegotiated"),
             renegotiated_text ? renegotiated_text : _("Due date moved"), f->renegotiated);
  add_count (self, self->promises_list, "dropped", _("Dropped"), NULL, f->dropped);

  if (f->overdue_older)
    overdue_text = g_strdup_printf (ngettext ("Plus %u made earlier and still overdue",
                                              "Plus %u made earlier and still overdue", f->overdue_older),
                                    f->overdue_older);
  add_count (self, self->promises_list, "open-overdue", _("Open and overdue"), overdue_text, f->open_overdue);
  add_count (self, self->promises_list, "open-not-due", _("Open, not yet due"), NULL, f->open_not_due);
}

static void
fill_meetings (RapportInsightsView *self)
{
  const RapportLedgerFigures *f = rapport_ledger_get_figures (self->ledger);

  clear_list (self->meetings_list);

  add_count (self, self->meetings_list, "held", _("Held"), NULL, f->held);
  add_count (self, self->meetings_list, "cancelled-by-me", _("Cancelled by me"), NULL, f->cancelled_by_me);
  add_count (self, self->meetings_list, "cancelled-by-them", _("Cancelled by them"), NULL, f->cancelled_by_them);
  add_count (self, self->meetings_list, "no-show", _("They did not come"), NULL, f->no_show);
  if (f->unrecorded)
    add_count (self, self->meetings_list, "unrecorded", _("Not recorded"),
               _("Still marked planned after they started"), f->unrecorded);
}

static void
fill_rhythm (RapportInsightsView *self)
{
  const RapportLedgerFigures *f = rapport_ledger_get_figures (self->ledger);
  g_autofree char *kept = NULL;
  g_autofree char *ideal = NULL;
  g_autofree char *kept_rate = NULL;
  g_autofree char *ideal_rate = NULL;
  g_autofree char *longest = NULL;

  clear_list (self->rhythm_list);

  if (f->gaps == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No check-in gaps counted yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Set an ideal interval for your mentees to measure the rhythm."));
      gtk_list_box_append (self->rhythm_list, row);
      return;
    }

  /* Translators: "5 of 6" check-in gaps */
  kept = g_strdup_printf (_("%u of %u"), f->gaps_within_max, f->gaps);
  ideal = g_strdup_printf (_("%u of %u"), f->gaps_within_ideal, f->gaps);
  kept_rate = percent (f->gaps_within_max, f->gaps);
  ideal_rate = percent (f->gaps_within_ideal, f->gaps);
  longest = g_strdup_printf (ngettext ("%u day", "%u days", f->longest_gap_days), f->longest_gap_days);

  add_figure (self, self->rhythm_list, "rhythm-kept", _("Within the maximum gap"), kept_rate, kept);
  add_figure (self, self->rhythm_list, "rhythm-ideal", _("Within the ideal interval"), ideal_rate, ideal);
  add_figure (self, self->rhythm_list, "longest-gap", _("Longest gap"), NULL, longest);
}

static GtkWidget *
new_mentee_row (RapportLedger *ledger)
{
  const RapportLedgerFigures *f = rapport_ledger_get_figures (ledger);
  guint due = f->kept_on_time + f->kept_late + f->dropped + f->open_overdue;
  g_autoptr(GString) summary = g_string_new (NULL);
  const RapportRatingPoint *points;
  guint n_points;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (rapport_ledger_get_mentee_name (ledger));
  GtkWidget *summary_label;
  GtkWidget *chart = rapport_rating_chart_new ();

  if (due > 0)
    {
      /* Translators: "4 of 5 promises on time" */
      g_autofree char *t = g_strdup_printf (ngettext ("%u of %u promise on time", "%u of %u promises on time", due),
                                            f->kept_on_time, due);
      join (summary, t);
    }
  else if (f->made > 0)
    {
      g_autofree char *t = g_strdup_printf (ngettext ("%u promise, none due yet", "%u promises, none due yet", f->made),
                                            f->made);
      join (summary, t);
    }
  {
    g_autofree char *t = g_strdup_printf (ngettext ("%u held", "%u held", f->held), f->held);
    join (summary, t);
  }
  if (f->cancelled_by_me)
    {
      g_autofree char *t = g_strdup_printf (ngettext ("%u cancelled by me", "%u cancelled by me", f->cancelled_by_me),
                                            f->cancelled_by_me);
      join (summary, t);
    }
  if (f->gaps)
    {
      /* Translators: check-ins within the maximum gap, "rhythm 5 of 6" */
      g_autofree char *t = g_strdup_printf (_("rhythm %u of %u"), f->gaps_within_max, f->gaps);
      join (summary, t);
    }

  summary_label = gtk_label_new (summary->str);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (summary_label), 0);
  gtk_label_set_wrap (GTK_LABEL (summary_label), TRUE);
  gtk_widget_add_css_class (summary_label, "caption");
  gtk_widget_add_css_class (summary_label, "dim-label");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (text), name);
  gtk_box_append (GTK_BOX (text), summary_label);

  points = rapport_ledger_get_ratings (ledger, &n_points);
  rapport_rating_chart_set_points (RAPPORT_RATING_CHART (chart), points, n_points);
  gtk_widget_set_size_request (chart, 120, 40);
  gtk_widget_set_valign (chart, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (chart, n_points > 0);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), chart);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("go-next-symbolic"));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-mentee");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(xsx)",
                                    rapport_ledger_get_mentee_id (ledger), "", (gint64)0);
  gtk_widget_set_tooltip_text (row, _("Open this mentee"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, rapport_ledger_get_mentee_name (ledger),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary->str,
                                  -1);
  g_object_set_data (G_OBJECT (row), "chart", chart);
  return row;
}

static void
fill_mentees (RapportInsightsView *self)
{
  GListModel *mentees = rapport_ledger_get_mentees (self->ledger);

  clear_list (self->mentees_list);
  for (guint i = 0; i < g_list_model_get_n_items (mentees); i++)
    {
      g_autoptr(RapportLedger) one = g_list_model_get_item (mentees, i);

      gtk_list_box_append (self->mentees_list, new_mentee_row (one));
    }
}

static void
rebuild (RapportInsightsView *self)
{
  g_autoptr(RapportLedger) ledger = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  const RapportLedgerFigures *f;
  RapportRepository *repository;
  GtkAdjustment *vadjustment;
  double scroll;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  self->stale = FALSE;
  g_hash_table_remove_all (self->figures);

  if (self->context == NULL)
    {
      g_clear_object (&self->ledger);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  repository = rapport_context_get_repository (self->context);
  ledger = rapport_ledger_new (repository, 0, NULL, NULL, RAPPORT_LEDGER_DEFAULT_MONTHS, &error);
  if (ledger == NULL)
    {
      rapport_widget_show_error (GTK_WIDGET (self), _("Could not read the follow-through ledger"), error);
      return;
    }
  g_set_object (&self->ledger, ledger);

  subtitle = g_strdup_printf (ngettext ("Last %d month", "Last %d months", rapport_ledger_get_months (ledger)),
                              rapport_ledger_get_months (ledger));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  f = rapport_ledger_get_figures (ledger);
  if (f->made == 0 && f->overdue_older == 0 && f->held == 0 && f->cancelled_by_me == 0 &&
      f->cancelled_by_them == 0 && f->no_show == 0 && f->unrecorded == 0 && f->gaps == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  scroll = gtk_adjustment_get_value (vadjustment);

  fill_summary (self);
  fill_promises (self);
  fill_meetings (self);
  fill_rhythm (self);
  fill_mentees (self);
  gtk_stack_set_visible_child_name (self->stack, "ledger");

  gtk_adjustment_set_value (vadjustment, scroll);
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  RapportInsightsView *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static void
repository_changed_cb (RapportInsightsView *self)
{
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, rebuild_idle_cb, self, NULL);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

static void
rapport_insights_view_map (GtkWidget *widget)
{
  RapportInsightsView *self = RAPPORT_INSIGHTS_VIEW (widget);

  GTK_WIDGET_CLASS (rapport_insights_view_parent_class)->map (widget);

  if (self->stale)
    rebuild (self);
}

static void
rapport_insights_view_dispose (GObject *object)
{
  RapportInsightsView *self = (RapportInsightsView *)object;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->figures != NULL)
    g_hash_table_remove_all (self->figures);
  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_INSIGHTS_VIEW);
  g_clear_object (&self->ledger);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (rapport_insights_view_parent_class)->dispose (object);
}

static void
rapport_insights_view_finalize (GObject *object)
{
  RapportInsightsView *self = (RapportInsightsView *)object;

  g_clear_pointer (&self->figures, g_hash_table_unref);

  G_OBJECT_CLASS (rapport_insights_view_parent_class)->finalize (object);
}

static void
rapport_insights_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RapportInsightsView *self = RAPPORT_INSIGHTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_insights_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RapportInsightsView *self = RAPPORT_INSIGHTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      rapport_insights_view_set_context (self, g_value_get_object (value));
      break;

    case PROP_FOLDED:
      if (self->folded != g_value_get_boolean (value))
        {
          self->folded = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_insights_view_class_init (RapportInsightsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_insights_view_dispose;
  object_class->finalize = rapport_insights_view_finalize;
  object_class->get_property = rapport_insights_view_get_property;
  object_class->set_property = rapport_insights_view_set_property;
  widget_class->map = rapport_insights_view_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         RAPPORT_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportInsightsView:folded:
   *
   * Whether the window's leaflet is folded: the view then shows a back
   * button and the window buttons on its start side.
   */
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RAPPORT_TYPE_RATING_CHART);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rapport-insights-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportInsightsView, box);
  gtk_widget_class_bind_template_child (widget_class, RapportInsightsView, stack);
  gtk_widget_class_bind_template_child (widget_class, RapportInsightsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, RapportInsightsView, window_title);
  gtk_widget_class_bind_template_child (widget_class, RapportInsightsView, on_time_value);
  gtk_widget_class_bind_template_child (widget_class, RapportInsightsView, on_time_caption);
  gtk_widget_class_bind_template_child (widget_class, RapportInsightsView, held_value);
  gtk_widget_class_bind_template_child (widget_class, RapportInsightsView, held_caption);
  gtk_widget_class_bind_template_child (widget_class, RapportInsightsView, rhythm_value);
  gtk_widget_class_bind_template_child (widget_class, RapportInsightsView, rhythm_caption);
  gtk_widget_class_bind_template_child (widget_class, RapportInsightsView, promises_list);
  gtk_widget_class_bind_template_child (widget_class, RapportInsightsView, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, RapportInsightsView, rhythm_list);
  gtk_widget_class_bind_template_child (widget_class, RapportInsightsView, mentees_list);
}

static void
rapport_insights_view_init (RapportInsightsView *self)
{
  /* Borrowed labels, by figure name. */
  self->figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */

/**
 * rapport_insights_view_get_context:
 *
 * Returns: (transfer none) (nullable): the context
 */
RapportContext *
rapport_insights_view_get_context (RapportInsightsView *self)
{
  g_return_val_if_fail (RAPPORT_IS_INSIGHTS_VIEW (self), NULL);

  return self->context;
}

void
rapport_insights_view_set_context (RapportInsightsView *self,
                                   RapportContext      *context)
{
  RapportRepository *repository;

  g_return_if_fail (RAPPORT_IS_INSIGHTS_VIEW (self));
  g_return_if_fail (!context || RAPPORT_IS_CONTEXT (context));

  if (self->context == context)
    return;

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_func (rapport_context_get_repository (self->context),
                                          repository_changed_cb, self);
  g_set_object (&self->context, context);
  if (context != NULL && (repository = rapport_context_get_repository (context)) != NULL)
    g_signal_connect_object (repository, "changed", G_CALLBACK (repository_changed_cb),
                             self, G_CONNECT_SWAPPED);

  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * rapport_insights_view_get_ledger:
 *
 * The ledger shown, brought up to date first if the notebook changed.
 *
 * Returns: (transfer none) (nullable): the ledger across all mentees
 */
RapportLedger *
rapport_insights_view_get_ledger (RapportInsightsView *self)
{
  g_return_val_if_fail (RAPPORT_IS_INSIGHTS_VIEW (self), NULL);

  if (self->stale || self->rebuild_id != 0)
    rebuild (self);
  return self->ledger;
}

/* ------------------------------------------------------------------------ */
/* Private API                                                              */

const char *
_rapport_insights_view_get_figure (RapportInsightsView *self,
                                   const char          *name)
{
  GtkLabel *label;

  g_return_val_if_fail (RAPPORT_IS_INSIGHTS_VIEW (self), NULL);

  rapport_insights_view_get_ledger (self);
  label = g_hash_table_lookup (self->figures, name);
  return label ? gtk_label_get_label (label) : NULL;
}
