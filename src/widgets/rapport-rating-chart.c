/* rapport-rating-chart.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-rating-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-rating-chart.h"

/* A small line chart of a mentee's session ratings (1 to 5) over time,
 * drawn with cairo in the theme's accent colour. A picture says nothing to
 * a screen reader, so the same numbers are its accessible description and
 * its tooltip: "Ratings: 4 on 3 Nov, 5 on 17 Nov. Average 4.5." */

#define DOT_RADIUS   3.0
#define LINE_WIDTH   2.0
#define MIN_WIDTH    80
#define NAT_WIDTH    240
#define NAT_HEIGHT   48

typedef struct
{
  GDateTime *at;
  int        rating;
} Point;

struct _RapportRatingChart
{
  GtkWidget  parent_instance;

  /* Owned references */
  GArray    *points;
  char      *description;
};

G_DEFINE_FINAL_TYPE (RapportRatingChart, rapport_rating_chart, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

static void
clear_point (gpointer data)
{
  Point *p = data;

  g_clear_pointer (&p->at, g_date_time_unref);
}

static char *
format_day (GDateTime *at,
            gboolean   with_year)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (at);
  /* Translators: strftime formats of a day in the ratings chart's
   * description, "3 Nov" and, when the ratings span years, "3 Nov 2025" */
  g_autofree char *text = g_date_time_format (local, with_year ? _("%-d %b %Y") : _("%-d %b"));

  return g_strdup (g_strstrip (text));
}

static void
update_description (RapportRatingChart *self)
{
  GString *out;
  gboolean with_year = FALSE;
  int total = 0;

  g_clear_pointer (&self->description, g_free);

  if (self->points->len == 0)
    self->description = g_strdup (_("No rated meetings yet"));
  else
    {
      Point *first = &g_array_index (self->points, Point, 0);
      Point *last = &g_array_index (self->points, Point, self->points->len - 1);

      with_year = g_date_time_get_year (first->at) != g_date_time_get_year (last->at);

      out = g_string_new (_("Ratings:"));
      for (guint i = 0; i < self->points->len; i++)
        {
          Point *p = &g_array_index (self->points, Point, i);
          g_autofree char *day = format_day (p->at, with_year);

          g_string_append (out, i == 0 ? " " : ", ");
          /* Translators: one point of the ratings chart, "4 on 3 Nov" */
          g_string_append_printf (out, _("%d on %s"), p->rating, day);
          total += p->rating;
        }
      g_string_append (out, ". ");
      /* Translators: the mean of the ratings in the chart, "Average 4.5." */
      g_string_append_printf (out, _("Average %.1f."), (double)total / self->points->len);
      self->description = g_string_free (out, FALSE);
    }

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

static void
get_colors (RapportRatingChart *self,
            GdkRGBA            *fg,
            GdkRGBA            *accent)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", accent))
    *accent = *fg;
}

/* ------------------------------------------------------------------------ */
/* GtkWidget                                                                */

static void
rapport_rating_chart_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NAT_WIDTH;
    }
  else
    {
      *minimum = NAT_HEIGHT;
      *natural = NAT_HEIGHT;
    }
}

static void
rapport_rating_chart_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  RapportRatingChart *self = RAPPORT_RATING_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double pad = DOT_RADIUS + LINE_WIDTH;
  double plot_w = width - 2 * pad;
  double plot_h = height - 2 * pad;
  gint64 t0 = 0, t1 = 0;
  GdkRGBA fg, accent;
  cairo_t *cr;

  if (width <= 2 * pad || height <= 2 * pad)
    return;

  get_colors (self, &fg, &accent);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* Faint guides at ratings 1, 3 and 5. */
  cairo_set_line_width (cr, 1);
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.15);
  for (int r = 1; r <= 5; r += 2)
    {
      double y = pad + (5 - r) / 4.0 * plot_h;

      cairo_move_to (cr, pad, (int)y + 0.5);
      cairo_line_to (cr, width - pad, (int)y + 0.5);
    }
  cairo_stroke (cr);

  if (self->points->len > 0)
    {
      t0 = g_date_time_to_unix (g_array_index (self->points, Point, 0).at);
      t1 = g_date_time_to_unix (g_array_index (self->points, Point, self->points->len - 1).at);
    }

  gdk_cairo_set_source_rgba (cr, &accent);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (int pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < self->points->len; i++)
        {
          Point *p = &g_array_index (self->points, Point, i);
          double x, y;

          /* By date, so gaps between meetings show; evenly when all share
           * one moment. */
          if (self->points->len == 1)
            x = pad + plot_w / 2;
          else if (t1 > t0)
            x = pad + plot_w * (double)(g_date_time_to_unix (p->at) - t0) / (double)(t1 - t0);
          else
            x = pad + plot_w * i / (self->points->len - 1);
          y = pad + (5 - CLAMP (p->rating, 1, 5)) / 4.0 * plot_h;

          if (pass == 0)
            {
              if (i == 0)
                cairo_move_to (cr, x, y);
              else
                cairo_line_to (cr, x, y);
            }
          else
            {
              cairo_new_sub_path (cr);
              cairo_arc (cr, x, y, DOT_RADIUS, 0, 2 * G_PI);
            }
        }

      if (pass == 0)
        cairo_stroke (cr);
      else
        cairo_fill (cr);
    }

  cairo_destroy (cr);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

static void
rapport_rating_chart_finalize (GObject *object)
{
  RapportRatingChart *self = (RapportRatingChart *)object;

  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (rapport_rating_chart_parent_class)->finalize (object);
}

static void
rapport_rating_chart_class_init (RapportRatingChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = rapport_rating_chart_finalize;

  widget_class->measure = rapport_rating_chart_measure;
  widget_class->snapshot = rapport_rating_chart_snapshot;

  gtk_widget_class_set_css_name (widget_class, "ratingchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rapport_rating_chart_init (RapportRatingChart *self)
{
  self->points = g_array_new (FALSE, TRUE, sizeof (Point));
  g_array_set_clear_func (self->points, clear_point);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Session ratings"),
                                  -1);
  update_description (self);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */

GtkWidget *
rapport_rating_chart_new (void)
{
  return g_object_new (RAPPORT_TYPE_RATING_CHART, NULL);
}

/**
 * rapport_rating_chart_set_points:
 * @self: a #RapportRatingChart
 * @points: (array length=n_points): the ratings, oldest first, as
 *   rapport_ledger_get_ratings() gives them
 * @n_points: how many
 *
 * Replaces the series; ratings outside 1 to 5 are left out.
 */
void
rapport_rating_chart_set_points (RapportRatingChart       *self,
                                 const RapportRatingPoint *points,
                                 guint                     n_points)
{
  g_return_if_fail (RAPPORT_IS_RATING_CHART (self));
  g_return_if_fail (points != NULL || n_points == 0);

  g_array_set_size (self->points, 0);
  for (guint i = 0; i < n_points; i++)
    {
      Point p;

      if (points[i].at == NULL || points[i].rating < 1 || points[i].rating > 5)
        continue;
      p.at = g_date_time_ref (points[i].at);
      p.rating = points[i].rating;
      g_array_append_val (self->points, p);
    }

  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
rapport_rating_chart_get_n_points (RapportRatingChart *self)
{
  g_return_val_if_fail (RAPPORT_IS_RATING_CHART (self), 0);

  return self->points->len;
}

/**
 * rapport_rating_chart_get_description:
 *
 * Returns: the series in words, as a screen reader and the tooltip give it
 */
const char *
rapport_rating_chart_get_description (RapportRatingChart *self)
{
  g_return_val_if_fail (RAPPORT_IS_RATING_CHART (self), NULL);

  return self->description;
}
