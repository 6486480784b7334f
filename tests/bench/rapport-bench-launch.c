/* rapport-bench-launch.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Launch to window: the wall time from starting a program until its window
 * is mapped on the X server, for one program or two side by side.
 *
 *   rapport-bench-launch [-n RUNS] [--settle MS] [--instructions]
 *                        TITLE -- COMMAND... [--vs TITLE -- COMMAND...]
 *
 * TITLE is a regular expression matched against the window's title. The
 * programs alternate A B A B after one warm-up each, so a machine whose load
 * drifts slows both alike; medians and the median of the per-pair ratios
 * A/B are printed. One second after the window (--settle), the program's
 * peak resident memory (VmHWM) is read and the program is ended.
 *
 * It listens for MapNotify on the root window instead of polling, so the
 * figure is the moment the X server maps the window, not the next poll.
 * With --instructions, each program also runs once under callgrind until its
 * window is mapped and the instructions it executed are printed: a count
 * that does not depend on the machine's load.
 *
 * Needs a display (build-aux/bench-startup starts Xvfb and a private D-Bus
 * session around it). */

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define WINDOW_TIMEOUT_US (G_USEC_PER_SEC * 30)
#define CALLGRIND_TIMEOUT_US (G_USEC_PER_SEC * 600)

typedef struct
{
  GRegex  *title;
  char   **argv;
  GArray  *ms;        /* double, one per run; NAN when no window came */
  GArray  *rss_kib;   /* gint64 */
} Program;

static Display *display;
static Atom net_wm_name;
static Atom utf8_string;

static void
program_clear (Program *p)
{
  g_clear_pointer (&p->title, g_regex_unref);
  g_clear_pointer (&p->argv, g_strfreev);
  g_clear_pointer (&p->ms, g_array_unref);
  g_clear_pointer (&p->rss_kib, g_array_unref);
}

static char *
window_title (Window w)
{
  Atom type;
  int format;
  unsigned long n, after;
  unsigned char *data = NULL;
  char *title = NULL;

  if (XGetWindowProperty (display, w, net_wm_name, 0, 1024, False, utf8_string, &type, &format,
                          &n, &after, &data) == Success && data != NULL && n > 0)
    title = g_strndup ((const char *) data, n);
  if (data != NULL)
    XFree (data);
  if (title == NULL)
    {
      char *name = NULL;

      if (XFetchName (display, w, &name) && name != NULL)
        {
          title = g_strdup (name);
          XFree (name);
        }
    }
  return title;
}

static gboolean
title_matches (Program *p,
               Window   w)
{
  g_autofree char *title = window_title (w);

  return title != NULL && g_regex_match (p->title, title, 0, NULL);
}

static GPid
spawn (char **argv)
{
  pid_t pid = fork ();

  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));
  if (pid == 0)
    {
      int null = open ("/dev/null", O_RDWR);

      setpgid (0, 0);
      dup2 (null, STDOUT_FILENO);
      dup2 (null, STDERR_FILENO);
      execvp (argv[0], argv);
      _exit (127);
    }
  setpgid (pid, pid);
  return pid;
}

static void
stop (GPid pid)
{
  gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC * 5;

  kill (-pid, SIGTERM);
  while (waitpid (pid, NULL, WNOHANG) == 0)
    {
      if (g_get_monotonic_time () > deadline)
        {
          kill (-pid, SIGKILL);
          waitpid (pid, NULL, 0);
          break;
        }
      g_usleep (10000);
    }
  /* Whatever else the program started (a D-Bus activated helper) goes too. */
  kill (-pid, SIGKILL);
}

static gint64
peak_rss_kib (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", pid);
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents (path, &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");
  return line != NULL ? g_ascii_strtoll (line + strlen ("VmHWM:"), NULL, 10) : 0;
}

/* Waits until a window whose title matches is mapped, or the program exits,
 * or the time runs out. Returns the microseconds since @started, or -1. */
static gint64
wait_for_window (Program *p,
                 GPid     pid,
                 gint64   started,
                 gint64   timeout_us)
{
  struct pollfd pfd = { ConnectionNumber (display), POLLIN, 0 };

  for (;;)
    {
      while (XPending (display))
        {
          XEvent ev;
          Window w = None;

          XNextEvent (display, &ev);
          if (ev.type == MapNotify)
            {
              w = ev.xmap.window;
              /* A window mapped before its title is set is watched for it. */
              XSelectInput (display, w, PropertyChangeMask);
            }
          else if (ev.type == PropertyNotify &&
                   (ev.xproperty.atom == net_wm_name || ev.xproperty.atom == XA_WM_NAME))
            {
              XWindowAttributes attrs;

              if (XGetWindowAttributes (display, ev.xproperty.window, &attrs) &&
                  attrs.map_state == IsViewable)
                w = ev.xproperty.window;
            }
          if (w != None && title_matches (p, w))
            return g_get_monotonic_time () - started;
        }

      if (waitpid (pid, NULL, WNOHANG) == pid)
        return -1;
      if (g_get_monotonic_time () - started > timeout_us)
        return -1;
      poll (&pfd, 1, 5);
    }
}

static void
run_once (Program *p,
          gboolean record,
          guint    settle_ms)
{
  gint64 started, elapsed;
  double ms = NAN;
  GPid pid;

  XSync (display, True);
  started = g_get_monotonic_time ();
  pid = spawn (p->argv);
  elapsed = wait_for_window (p, pid, started, WINDOW_TIMEOUT_US);
  if (elapsed >= 0)
    {
      ms = elapsed / 1000.0;
      g_usleep (settle_ms * 1000);
    }
  if (record)
    {
      gint64 rss = peak_rss_kib (pid);

      g_array_append_val (p->ms, ms);
      g_array_append_val (p->rss_kib, rss);
    }
  stop (pid);
}

/* Runs @p once under callgrind, ends it when its window is mapped, and
 * returns the instructions executed (the "totals:" line), or 0. */
static guint64
count_instructions (Program *p)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *dir = g_dir_make_tmp ("rapport-bench-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "callgrind.out", NULL);
  g_autofree char *out_arg = g_strdup_printf ("--callgrind-out-file=%s", out);
  g_autofree char *contents = NULL;
  const char *totals;
  guint64 count = 0;
  GPid pid;

  g_ptr_array_add (argv, (char *) "valgrind");
  g_ptr_array_add (argv, (char *) "--tool=callgrind");
  g_ptr_array_add (argv, (char *) "--trace-children=yes");
  g_ptr_array_add (argv, out_arg);
  for (char **a = p->argv; *a; a++)
    g_ptr_array_add (argv, *a);
  g_ptr_array_add (argv, NULL);

  XSync (display, True);
  pid = spawn ((char **) argv->pdata);
  if (wait_for_window (p, pid, g_get_monotonic_time (), CALLGRIND_TIMEOUT_US) < 0)
    g_printerr ("rapport-bench-launch: no window under callgrind for %s\n", p->argv[0]);
  /* callgrind writes its counts when the program ends, by a signal too. */
  stop (pid);

  /* `env` execs the program, so the counts land in one file; with
   * --trace-children a wrapper may leave several: take the largest. */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_clear_pointer (&contents, g_free);
        if (g_file_get_contents (path, &contents, NULL, NULL) &&
            (totals = strstr (contents, "\ntotals:")) != NULL)
          count = MAX (count, g_ascii_strtoull (totals + strlen ("\ntotals:"), NULL, 10));
        g_unlink (path);
      }
  }
  g_rmdir (dir);
  return count;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Median, min and max of the values that are not NAN; returns how many were. */
static guint
summarise (GArray *values,
           double *median,
           double *min,
           double *max)
{
  g_autoptr(GArray) good = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < values->len; i++)
    if (!isnan (g_array_index (values, double, i)))
      g_array_append_val (good, g_array_index (values, double, i));
  *median = *min = *max = NAN;
  if (good->len == 0)
    return 0;
  g_array_sort (good, compare_double);
  *min = g_array_index (good, double, 0);
  *max = g_array_index (good, double, good->len - 1);
  *median = good->len % 2 ? g_array_index (good, double, good->len / 2)
                          : (g_array_index (good, double, good->len / 2 - 1) +
                             g_array_index (good, double, good->len / 2)) / 2;
  return good->len;
}

static G_GNUC_NORETURN void
usage (void)
{
  g_printerr ("usage: rapport-bench-launch [-n RUNS] [--settle MS] [--instructions] "
              "TITLE -- COMMAND... [--vs TITLE -- COMMAND...]\n");
  exit (2);
}

int
main (int   argc,
      char *argv[])
{
  Program programs[2] = { 0 };
  guint n_programs = 0, runs = 9, settle_ms = 1000;
  gboolean instructions = FALSE;
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));
  int i = 1;
  int status = 0;

  while (i < argc && argv[i][0] == '-' && strcmp (argv[i], "--") != 0)
    {
      if (strcmp (argv[i], "-n") == 0 && i + 1 < argc)
        {
          runs = atoi (argv[i + 1]);
          if (runs < 1)
            usage ();
          i += 2;
        }
      else if (strcmp (argv[i], "--settle") == 0 && i + 1 < argc)
        {
          settle_ms = atoi (argv[i + 1]);
          i += 2;
        }
      else if (strcmp (argv[i], "--instructions") == 0)
        {
          instructions = TRUE;
          i++;
        }
      else
        usage ();
    }

  while (i < argc)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GStrvBuilder) cmd = g_strv_builder_new ();
      Program *p;

      if (n_programs == 2 || i + 2 >= argc || strcmp (argv[i + 1], "--") != 0)
        usage ();
      p = &programs[n_programs++];
      if ((p->title = g_regex_new (argv[i], 0, 0, &error)) == NULL)
        {
          g_printerr ("rapport-bench-launch: %s\n", error->message);
          return 2;
        }
      for (i += 2; i < argc && strcmp (argv[i], "--vs") != 0; i++)
        g_strv_builder_add (cmd, argv[i]);
      if (i < argc)
        i++;
      p->argv = g_strv_builder_end (cmd);
      if (p->argv[0] == NULL)
        usage ();
      p->ms = g_array_new (FALSE, FALSE, sizeof (double));
      p->rss_kib = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  if (n_programs == 0)
    usage ();

  if ((display = XOpenDisplay (NULL)) == NULL)
    {
      g_printerr ("rapport-bench-launch: no X display (run it through build-aux/bench-startup)\n");
      return 2;
    }
  net_wm_name = XInternAtom (display, "_NET_WM_NAME", False);
  utf8_string = XInternAtom (display, "UTF8_STRING", False);
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);

  for (guint k = 0; k < n_programs; k++)
    run_once (&programs[k], FALSE, settle_ms);

  for (guint r = 0; r < runs; r++)
    {
      for (guint k = 0; k < n_programs; k++)
        run_once (&programs[k], TRUE, settle_ms);
      if (n_programs == 2)
        {
          double a = g_array_index (programs[0].ms, double, r);
          double b = g_array_index (programs[1].ms, double, r);
          double ratio = a / b;

          g_array_append_val (ratios, ratio);
        }
    }

  for (guint k = 0; k < n_programs; k++)
    {
      Program *p = &programs[k];
      g_autofree char *cmd = g_strjoinv (" ", p->argv);
      g_autoptr(GArray) rss = g_array_new (FALSE, FALSE, sizeof (double));
      double median, min, max, rss_median, rss_min, rss_max;
      guint good = summarise (p->ms, &median, &min, &max);

      for (guint r = 0; r < p->rss_kib->len; r++)
        {
          double mib = g_array_index (p->rss_kib, gint64, r) / 1024.0;

          g_array_append_val (rss, mib);
        }
      summarise (rss, &rss_median, &rss_min, &rss_max);
      printf ("%c: %s\n", "AB"[k], cmd);
      printf ("   window: median %.0f ms (min %.0f, max %.0f) over %u runs", median, min, max, good);
      if (good < runs)
        {
          printf (", %u without a window", runs - good);
          status = 1;
        }
      printf ("; peak RSS median %.1f MiB\n", rss_median);
      if (instructions)
        printf ("   instructions to the window (callgrind): %" G_GUINT64_FORMAT "\n",
                count_instructions (p));
    }
  if (n_programs == 2)
    {
      double median, min, max;

      if (summarise (ratios, &median, &min, &max) > 0)
        printf ("ratio A/B: median %.3f (min %.3f, max %.3f)\n", median, min, max);
    }

  for (guint k = 0; k < n_programs; k++)
    program_clear (&programs[k]);
  XCloseDisplay (display);
  return status;
}
