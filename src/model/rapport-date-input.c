/* rapport-date-input.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-date-input"

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "rapport-date-input.h"
#include "rapport-date-range.h"
#include "rapport-validation.h"

/*
 * The one place where Rapport reads dates and times: the stored forms
 * (`YYYY-MM-DD`, `HH:MM`, strict) and what the mentor types into a date or
 * time field, in the mentor's language:
 *
 * - weekday and month names and their abbreviations come from the locale
 *   (GDateTime formatting of a reference week and year), with the C
 *   locale's English names understood as well;
 * - the numeric order comes from the locale's date format (`D_FMT`): 15.01.2027
 *   in Germany, 01/15/2027 in the United States; `YYYY-MM-DD` always works;
 * - relative words ("tomorrow", "in 2 weeks", "3 days ago", "last monday")
 *   come from the translation catalogue, each a list of alternatives
 *   separated by "|", with the English originals understood as well;
 * - what the text leaves open ("fri", "1 sep") is settled by the field's
 *   #RapportDateBias: the next one for a due date, the last one for
 *   "Mentoring since" or a meeting that was held.
 *
 * Text is compared folded: case, accents and compatibility forms do not
 * matter ("MÄRZ", "marz" and "März" are the same word).
 */

static gboolean
parse_digits (const char *p,
              guint       n,
              int        *out)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      v = v * 10 + (p[i] - '0');
    }

  *out = v;
  return TRUE;
}

/**
 * rapport_date_parse:
 * @text: a date as stored, `YYYY-MM-DD`
 * @date: (out) (optional): the date
 *
 * Strict: exactly ten characters naming a day that exists (no 2026-02-30),
 * in the accepted range of years (rapport_year_in_range()).
 *
 * Returns: %TRUE if @text is a valid date
 */
gboolean
rapport_date_parse (const char *text,
                    GDate      *date)
{
  int y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!parse_digits (text, 4, &y) || !parse_digits (text + 5, 2, &m) ||
      !parse_digits (text + 8, 2, &d))
    return FALSE;
  if (!rapport_year_in_range (y) || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  if (date != NULL)
    {
      g_date_clear (date, 1);
      g_date_set_dmy (date, d, m, y);
    }
  return TRUE;
}

/**
 * rapport_time_parse:
 * @text: a time of day as stored, `HH:MM` (24 h)
 *
 * Returns: %TRUE if @text is a valid time
 */
gboolean
rapport_time_parse (const char *text,
                    int        *hour,
                    int        *minute)
{
  int h, m;

  if (text == NULL || strlen (text) != 5 || text[2] != ':')
    return FALSE;
  if (!parse_digits (text, 2, &h) || !parse_digits (text + 3, 2, &m))
    return FALSE;
  if (h > 23 || m > 59)
    return FALSE;

  if (hour)
    *hour = h;
  if (minute)
    *minute = m;
  return TRUE;
}


/* ------------------------------------------------------------------------ */
/* Words                                                                    */

static char *
fold (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  g_autoptr(GString) bare = g_string_new (NULL);

  if (decomposed == NULL)
    return g_strdup ("");

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (bare, c);
    }
  return g_utf8_casefold (bare->str, -1);
}

/* Splits folded text into words: white space and commas separate them, and
 * a word's final full stop goes ("Fr.", "15.", "15.1."). */
static GPtrArray *
split_words (const char *folded)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) word = g_string_new (NULL);

  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || c == ',' || g_unichar_isspace (c))
        {
          if (word->len > 1 && word->str[word->len - 1] == '.')
            g_string_truncate (word, word->len - 1);
          if (word->len > 0)
            g_ptr_array_add (words, g_strdup (word->str));
          g_string_truncate (word, 0);
          if (c == 0)
            break;
        }
      else
        g_string_append_unichar (word, c);
    }
  return words;
}

static void
add_alternatives (GPtrArray  *list,
                  const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "|", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *folded = fold (parts[i]);
      g_autoptr(GPtrArray) words = split_words (folded);
      g_autofree char *joined = NULL;

      g_ptr_array_add (words, NULL);
      joined = g_strjoinv (" ", (char **) words->pdata);
      if (joined[0] != '\0' && !g_ptr_array_find_with_equal_func (list, joined, g_str_equal, NULL))
        g_ptr_array_add (list, g_steal_pointer (&joined));
    }
}

/* The alternatives of a translatable list of words ("tomorrow|tmrw"), folded,
 * each with its words separated by one space: the mentor's language first,
 * then the English original. */
static GPtrArray *
word_list (const char *context,
           const char *msgid)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);

  add_alternatives (list, g_dpgettext2 (NULL, context, msgid));
  add_alternatives (list, msgid);
  return list;
}

static gboolean
in_word_list (const char *context,
              const char *msgid,
              const char *words)
{
  g_autoptr(GPtrArray) list = word_list (context, msgid);

  return g_ptr_array_find_with_equal_func (list, words, g_str_equal, NULL);
}

/* The first alternative of a list in the mentor's language, as written,
 * for examples. */
static char *
first_alternative (const char *context,
                   const char *msgid)
{
  const char *translated = g_dpgettext2 (NULL, context, msgid);
  const char *bar = strchr (translated, '|');

  return g_strstrip (bar ? g_strndup (translated, bar - translated) : g_strdup (translated));
}

#define TODAY_CONTEXT "date input: words for today, separated by |"
#define TOMORROW_CONTEXT "date input: words for tomorrow, separated by |"
#define YESTERDAY_CONTEXT "date input: words for yesterday, separated by |"
#define AFTER_TOMORROW_CONTEXT "date input: words for the day after tomorrow, separated by |"
#define BEFORE_YESTERDAY_CONTEXT "date input: words for the day before yesterday, separated by |"
#define AHEAD_CONTEXT "date input: a time from now, %s is a period such as “2 weeks”; alternatives separated by |"
#define AGO_CONTEXT "date input: a time before now, %s is a period such as “3 days”; alternatives separated by |"
#define NEXT_CONTEXT "date input: %s is a weekday, or the word for week, month or year, as in “next friday”; alternatives separated by |"
#define LAST_CONTEXT "date input: %s is a weekday, or the word for week, month or year, as in “last monday”; alternatives separated by |"
#define THIS_CONTEXT "date input: %s is a weekday, as in “this friday”; alternatives separated by |"
#define DAYS_CONTEXT "date input: words for a day or days, as in “in 3 days”, separated by |"
#define WEEKS_CONTEXT "date input: words for a week or weeks, as in “in 2 weeks”, separated by |"
#define MONTHS_CONTEXT "date input: words for a month or months, as in “in 3 months”, separated by |"
#define YEARS_CONTEXT "date input: words for a year or years, as in “in 1 year”, separated by |"
#define ONE_CONTEXT "date input: words for the number one, as in “in a week”, separated by |"
#define LEADING_CONTEXT "date input: words that may come before a date, as in “by friday”, separated by |"
#define FILLER_CONTEXT "date input: words that may stand inside a date, as in “the 3rd of December”, separated by |"
#define ORDINAL_CONTEXT "date input: endings of ordinal numbers, as in “3rd”, separated by |"
#define EXAMPLE_CONTEXT "date input: an example in the hint of a date field"

/* ------------------------------------------------------------------------ */
/* Names from the locale                                                    */

typedef struct
{
  char     *name;   /* folded */
  guint     index;  /* GDateWeekday or GDateMonth */
} Name;

static void
name_free (Name *name)
{
  g_free (name->name);
  g_free (name);
}

static void
add_name (GPtrArray  *names,
          GDateTime  *dt,
          const char *format,
          guint       index)
{
  g_autofree char *text = g_date_time_format (dt, format);
  g_autofree char *folded = NULL;
  gsize len;
  Name *name;

  if (text == NULL)
    return;
  folded = fold (g_strstrip (text));
  len = strlen (folded);
  /* Some locales end abbreviations with a full stop ("janv."); typed ones
   * lose theirs in split_words(). */
  if (len > 1 && folded[len - 1] == '.')
    folded[len - 1] = '\0';
  if (folded[0] == '\0')
    return;

  name = g_new0 (Name, 1);
  name->name = g_steal_pointer (&folded);
  name->index = index;
  g_ptr_array_add (names, name);
}

/* Names as the current thread's locale writes them: weekdays from a
 * reference week (1 January 2024 was a Monday), months from a reference
 * year; both the forms used in a date and those standing alone. */
static void
add_locale_names (GPtrArray *names,
                  gboolean   weekdays)
{
  if (weekdays)
    {
      for (guint i = 0; i < 7; i++)
        {
          g_autoptr(GDateTime) dt = g_date_time_new_utc (2024, 1, 1 + i, 12, 0, 0);

          add_name (names, dt, "%A", G_DATE_MONDAY + i);
          add_name (names, dt, "%a", G_DATE_MONDAY + i);
        }
    }
  else
    {
      for (guint i = 0; i < 12; i++)
        {
          g_autoptr(GDateTime) dt = g_date_time_new_utc (2024, 1 + i, 15, 12, 0, 0);

          add_name (names, dt, "%B", G_DATE_JANUARY + i);
          add_name (names, dt, "%OB", G_DATE_JANUARY + i);
          add_name (names, dt, "%b", G_DATE_JANUARY + i);
          add_name (names, dt, "%Ob", G_DATE_JANUARY + i);
        }
    }
}

/* The names of the mentor's locale, then those of the C locale (English),
 * so "friday" is understood in German too. */
static GPtrArray *
locale_names (gboolean weekdays)
{
  GPtrArray *names = g_ptr_array_new_with_free_func ((GDestroyNotify) name_free);
  locale_t c_locale;

  add_locale_names (names, weekdays);

  if ((c_locale = newlocale (LC_ALL_MASK, "C", (locale_t) 0)) != (locale_t) 0)
    {
      locale_t old = uselocale (c_locale);

      add_locale_names (names, weekdays);
      uselocale (old);
      freelocale (c_locale);
    }
  return names;
}

/* Returns: the weekday or month @word names: a name or abbreviation, or
 * the start of one name (at least three letters: "thurs", "sept"); 0 if it
 * names none or could be several. */
static guint
match_name (GPtrArray  *names,
            const char *word)
{
  guint found = 0;

  for (guint i = 0; i < names->len; i++)
    {
      Name *name = g_ptr_array_index (names, i);

      if (g_str_equal (name->name, word))
        return name->index;
    }

  if (g_utf8_strlen (word, -1) < 3)
    return 0;

  for (guint i = 0; i < names->len; i++)
    {
      Name *name = g_ptr_array_index (names, i);

      if (g_str_has_prefix (name->name, word))
        {
          if (found != 0 && found != name->index)
            return 0;
          found = name->index;
        }
    }
  return found;
}

static GDateWeekday
match_weekday (const char *word)
{
  g_autoptr(GPtrArray) names = locale_names (TRUE);

  return (GDateWeekday) match_name (names, word);
}

static GDateMonth
match_month (const char *word)
{
  g_autoptr(GPtrArray) names = locale_names (FALSE);

  return (GDateMonth) match_name (names, word);
}

/* The locale's numeric date order: "dmy", "mdy" or "ymd". */
static void
numeric_order (char order[4])
{
  const char *format = nl_langinfo (D_FMT);
  guint n = 0;

  for (const char *p = format; p != NULL && *p != '\0' && n < 3; p++)
    {
      if (*p != '%')
        continue;
      p++;
      /* Skip flags and modifiers: %-d, %Ey, %Od. */
      while (*p == '-' || *p == '_' || *p == '0' || *p == '^' || *p == '#' || *p == 'E' || *p == 'O')
        p++;
      switch (*p)
        {
        case 'd': case 'e':
          order[n++] = 'd';
          break;
        case 'm':
          order[n++] = 'm';
          break;
        case 'y': case 'Y': case 'C':
          order[n++] = 'y';
          break;
        case 'D':
          memcpy (order, "mdy", 3);
          n = 3;
          break;
        case 'F':
          memcpy (order, "ymd", 3);
          n = 3;
          break;
        case '\0':
          p--;
          break;
        default:
          break;
        }
    }

  if (n != 3 || !strchr (order, 'd') || !strchr (order, 'm') || !strchr (order, 'y'))
    memcpy (order, "ymd", 3);
  order[3] = '\0';
}

/* ------------------------------------------------------------------------ */
/* Messages                                                                 */

static void
set_error (GError     **error,
           const char  *format,
           ...) G_GNUC_PRINTF (2, 3);

static void
set_error (GError     **error,
           const char  *format,
           ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    {
      g_autofree char *message = g_strdup_vprintf (format, args);

      g_set_error_literal (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_DATE, message);
    }
  va_end (args);
}

static char *
format_month (guint month,
              int   year)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (year > 0 ? year : 2024, month, 1, 12, 0, 0);

  if (year > 0)
    /* Translators: a month and its year in a message, "February 2027"; see g_date_time_format() */
    return g_date_time_format (dt, C_("date input", "%OB %Y"));
  return g_date_time_format (dt, "%OB");
}

static void
set_no_day_error (GError **error,
                  guint    day,
                  guint    month,
                  int      year)
{
  g_autofree char *when = format_month (month, year);

  /* Translators: "There is no day 31 in April.", "… in February 2027." */
  set_error (error, _("There is no day %u in %s."), day, when);
}

static void
set_range_error (GError **error)
{
  set_error (error, _("Rapport keeps dates from the year %d to %d."), RAPPORT_YEAR_MIN, RAPPORT_YEAR_MAX);
}

static char *
weekday_name (GDateWeekday weekday)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (2024, 1, weekday, 12, 0, 0);

  return g_date_time_format (dt, "%A");
}

/* ------------------------------------------------------------------------ */
/* Reading                                                                  */

typedef enum
{
  READ_NO,     /* not this form; try another */
  READ_OK,
  READ_ERROR,  /* this form, but wrong; @error says why */
} Read;

typedef struct
{
  GDate           today;
  RapportDateBias bias;
  /* Only relative words ("tomorrow", "in 2 weeks", "fri") unless a word
   * such as "by" leads in: for dates at the end of a title. */
  gboolean        relative_only;
} Reader;

typedef enum
{
  UNIT_DAY,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_YEAR,
} Unit;

#define MAX_COUNT 999

static char *
join_words (char * const *words,
            guint         n)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
all_digits (const char *word)
{
  if (*word == '\0')
    return FALSE;
  for (; *word != '\0'; word++)
    if (!g_ascii_isdigit (*word))
      return FALSE;
  return TRUE;
}

static gboolean
match_unit (const char *word,
            Unit       *unit)
{
  if (in_word_list (DAYS_CONTEXT, NC_(DAYS_CONTEXT, "day|days|d"), word))
    *unit = UNIT_DAY;
  else if (in_word_list (WEEKS_CONTEXT, NC_(WEEKS_CONTEXT, "week|weeks|wk|wks|w"), word))
    *unit = UNIT_WEEK;
  else if (in_word_list (MONTHS_CONTEXT, NC_(MONTHS_CONTEXT, "month|months|mo|mos"), word))
    *unit = UNIT_MONTH;
  else if (in_word_list (YEARS_CONTEXT, NC_(YEARS_CONTEXT, "year|years|yr|yrs|y"), word))
    *unit = UNIT_YEAR;
  else
    return FALSE;
  return TRUE;
}

static Read
read_count (const char  *word,
            guint       *count,
            GError     **error)
{
  guint64 value;

  if (in_word_list (ONE_CONTEXT, NC_(ONE_CONTEXT, "a|an|one"), word))
    {
      *count = 1;
      return READ_OK;
    }
  if (!all_digits (word))
    return READ_NO;

  value = strlen (word) > 6 ? G_MAXUINT64 : g_ascii_strtoull (word, NULL, 10);
  if (value < 1 || value > MAX_COUNT)
    {
      set_error (error, _("Count from 1 to %d."), MAX_COUNT);
      return READ_ERROR;
    }
  *count = (guint) value;
  return READ_OK;
}

/* A period: "2 weeks", "a week", "2w". */
static Read
read_period (char * const  *words,
             guint          n,
             guint         *count,
             Unit          *unit,
             GError       **error)
{
  Read read;

  if (n == 2)
    {
      if (!match_unit (words[1], unit))
        return READ_NO;
      return read_count (words[0], count, error);
    }

  if (n == 1)
    {
      gsize digits = strspn (words[0], "0123456789");
      g_autofree char *number = NULL;

      if (digits == 0 || words[0][digits] == '\0' || !match_unit (words[0] + digits, unit))
        return READ_NO;
      number = g_strndup (words[0], digits);
      read = read_count (number, count, error);
      return read;
    }

  return READ_NO;
}

static Read
check_range (const GDate  *date,
             GError      **error)
{
  if (!g_date_valid (date) || !rapport_year_in_range (g_date_get_year (date)))
    {
      set_range_error (error);
      return READ_ERROR;
    }
  return READ_OK;
}

static Read
shift (const Reader  *reader,
       Unit           unit,
       int            count,
       GDate         *date,
       GError       **error)
{
  guint n = ABS (count);

  *date = reader->today;
  switch (unit)
    {
    case UNIT_DAY:
    case UNIT_WEEK:
      n *= unit == UNIT_WEEK ? 7 : 1;
      if (count > 0)
        g_date_add_days (date, n);
      else
        g_date_subtract_days (date, n);
      break;

    case UNIT_MONTH:
      if (count > 0)
        g_date_add_months (date, n);
      else
        g_date_subtract_months (date, n);
      break;

    case UNIT_YEAR:
      if (count > 0)
        g_date_add_years (date, n);
      else
        g_date_subtract_years (date, n);
      break;

    default:
      g_assert_not_reached ();
    }
  return check_range (date, error);
}

/* The nearest @weekday in the bias's direction; today only when
 * @include_today. */
static void
nearest_weekday (const GDate     *today,
                 GDateWeekday     weekday,
                 RapportDateBias  bias,
                 gboolean         include_today,
                 GDate           *date)
{
  int current = g_date_get_weekday (today);
  int delta;

  *date = *today;
  if (bias == RAPPORT_DATE_BIAS_FUTURE)
    {
      delta = ((int) weekday - current + 7) % 7;
      if (delta == 0 && !include_today)
        delta = 7;
      g_date_add_days (date, delta);
    }
  else
    {
      delta = (current - (int) weekday + 7) % 7;
      if (delta == 0 && !include_today)
        delta = 7;
      g_date_subtract_days (date, delta);
    }
}

/* Does @words match @pattern ("in %s", "%s ago", "vor %s")? If so, the
 * words standing for %s are [*first, *first + *n). */
static gboolean
match_pattern (char * const *words,
               guint         n,
               const char   *pattern,
               guint        *first,
               guint        *count)
{
  g_autoptr(GPtrArray) parts = split_words (pattern);
  guint hole = G_MAXUINT;
  guint before, after;

  for (guint i = 0; i < parts->len; i++)
    if (g_str_equal (g_ptr_array_index (parts, i), "%s"))
      hole = i;
  if (hole == G_MAXUINT)
    return FALSE;

  before = hole;
  after = parts->len - hole - 1;
  if (n <= before + after)
    return FALSE;

  for (guint i = 0; i < before; i++)
    if (!g_str_equal (words[i], g_ptr_array_index (parts, i)))
      return FALSE;
  for (guint i = 0; i < after; i++)
    if (!g_str_equal (words[n - after + i], g_ptr_array_index (parts, hole + 1 + i)))
      return FALSE;

  *first = before;
  *count = n - before - after;
  return TRUE;
}

static gboolean
match_pattern_list (const char   *context,
                    const char   *msgid,
                    char * const *words,
                    guint         n,
                    guint        *first,
                    guint        *count)
{
  g_autoptr(GPtrArray) list = word_list (context, msgid);

  for (guint i = 0; i < list->len; i++)
    if (match_pattern (words, n, g_ptr_array_index (list, i), first, count))
      return TRUE;
  return FALSE;
}

/* "in 2 weeks", "3 days ago", "vor 3 Tagen". */
static Read
read_relative_period (const Reader  *reader,
                      char * const  *words,
                      guint          n,
                      GDate         *date,
                      GError       **error)
{
  guint first, len, count;
  Unit unit;
  Read read;

  if (match_pattern_list (AHEAD_CONTEXT, /* xgettext:no-c-format */ NC_(AHEAD_CONTEXT, "in %s|%s from now"), words, n, &first, &len))
    {
      if ((read = read_period (words + first, len, &count, &unit, error)) != READ_OK)
        return read;
      return shift (reader, unit, count, date, error);
    }
  if (match_pattern_list (AGO_CONTEXT, /* xgettext:no-c-format */ NC_(AGO_CONTEXT, "%s ago"), words, n, &first, &len))
    {
      if ((read = read_period (words + first, len, &count, &unit, error)) != READ_OK)
        return read;
      return shift (reader, unit, -(int) count, date, error);
    }
  return READ_NO;
}

/* "next friday", "last monday", "this friday", "next week". */
static Read
read_next_last (const Reader  *reader,
                char * const  *words,
                guint          n,
                GDate         *date,
                GError       **error)
{
  enum { NEXT, LAST, THIS } which;
  guint first, len;
  GDateWeekday weekday;
  Unit unit;

  if (match_pattern_list (NEXT_CONTEXT, /* xgettext:no-c-format */ NC_(NEXT_CONTEXT, "next %s|coming %s|this coming %s"),
                          words, n, &first, &len))
    which = NEXT;
  else if (match_pattern_list (LAST_CONTEXT, /* xgettext:no-c-format */ NC_(LAST_CONTEXT, "last %s|past %s|previous %s"),
                               words, n, &first, &len))
    which = LAST;
  else if (match_pattern_list (THIS_CONTEXT, /* xgettext:no-c-format */ NC_(THIS_CONTEXT, "this %s"), words, n, &first, &len))
    which = THIS;
  else
    return READ_NO;

  if (len != 1)
    return READ_NO;

  if ((weekday = match_weekday (words[first])) != G_DATE_BAD_WEEKDAY)
    {
      switch (which)
        {
        case NEXT:
          /* That day in the next week; weeks start on Monday. */
          *date = reader->today;
          g_date_add_days (date, 8 - g_date_get_weekday (&reader->today));
          g_date_add_days (date, weekday - G_DATE_MONDAY);
          break;

        case LAST:
          nearest_weekday (&reader->today, weekday, RAPPORT_DATE_BIAS_PAST, FALSE, date);
          break;

        case THIS:
        default:
          nearest_weekday (&reader->today, weekday, reader->bias, TRUE, date);
          break;
        }
      return check_range (date, error);
    }

  if (which != THIS && match_unit (words[first], &unit))
    return shift (reader, unit, which == NEXT ? 1 : -1, date, error);

  return READ_NO;
}

/* A day of the month: "3", "03", "3rd". */
static gboolean
match_day (const char *word,
           guint      *day)
{
  gsize digits = strspn (word, "0123456789");

  if (digits == 0 || digits > 2)
    return FALSE;
  if (word[digits] != '\0' &&
      !in_word_list (ORDINAL_CONTEXT, NC_(ORDINAL_CONTEXT, "st|nd|rd|th"), word + digits))
    return FALSE;

  *day = (guint) g_ascii_strtoull (word, NULL, 10);
  return TRUE;
}

/* A day and month, and maybe a year, once the numbers are known. A missing
 * year (@year 0) is settled by the bias: the next such day from today on,
 * or the last one up to today. */
static Read
resolve (const Reader  *reader,
         guint          day,
         guint          month,
         int            year,
         GDate         *date,
         GError       **error)
{
  int this_year = g_date_get_year (&reader->today);

  if (month < 1 || month > 12)
    {
      set_error (error, _("There is no month %u."), month);
      return READ_ERROR;
    }

  if (year != 0)
    {
      if (!rapport_year_in_range (year))
        {
          set_range_error (error);
          return READ_ERROR;
        }
      if (day < 1 || !g_date_valid_dmy (day, month, year))
        {
          set_no_day_error (error, day, month, year);
          return READ_ERROR;
        }
      g_date_clear (date, 1);
      g_date_set_dmy (date, day, month, year);
      return READ_OK;
    }

  /* The longest month of its name: February has a 29th in leap years. */
  if (day < 1 || day > g_date_get_days_in_month (month, 2024))
    {
      set_no_day_error (error, day, month, 0);
      return READ_ERROR;
    }

  for (int i = 0; i <= 8; i++)
    {
      int y = reader->bias == RAPPORT_DATE_BIAS_FUTURE ? this_year + i : this_year - i;

      if (!g_date_valid_dmy (day, month, y))
        continue;
      g_date_clear (date, 1);
      g_date_set_dmy (date, day, month, y);
      if (reader->bias == RAPPORT_DATE_BIAS_FUTURE ? g_date_compare (date, &reader->today) >= 0
                                                   : g_date_compare (date, &reader->today) <= 0)
        return check_range (date, error);
    }

  g_date_clear (date, 1);
  set_range_error (error);
  return READ_ERROR;
}

/* A two-digit year is the one of its century nearest today. */
static int
expand_year (const char   *digits,
             const Reader *reader)
{
  int value = (int) g_ascii_strtoull (digits, NULL, 10);
  int this_year = g_date_get_year (&reader->today);
  int year;

  if (strlen (digits) != 2)
    return value;

  year = (this_year / 100) * 100 + value;
  if (year > this_year + 50)
    year -= 100;
  else if (year <= this_year - 50)
    year += 100;
  return year;
}

/* "15.01.2027", "01/15/2027", "15.1.", "1/15", "2027-01-15". */
static Read
read_numeric (const Reader  *reader,
              const char    *word,
              GDate         *date,
              GError       **error)
{
  g_auto(GStrv) groups = NULL;
  char order[4];
  guint n, day = 0, month = 0;
  int year = 0;
  gboolean iso;

  if (strspn (word, "0123456789./-") != strlen (word) || !g_ascii_isdigit (word[0]))
    return READ_NO;

  groups = g_strsplit_set (word, "./-", -1);
  n = g_strv_length (groups);
  if (n < 2 || n > 3)
    return READ_NO;
  for (guint i = 0; i < n; i++)
    if (!all_digits (groups[i]) || strlen (groups[i]) > 4)
      return READ_NO;

  /* A leading four-digit year is always year, month, day. */
  iso = strlen (groups[0]) == 4;
  if (iso)
    memcpy (order, "ymd", 4);
  else
    numeric_order (order);

  if (n == 2)
    {
      char *y;

      if (iso)
        return READ_NO;
      /* Day and month in the locale's order, without the year. */
      if ((y = strchr (order, 'y')) != NULL)
        memmove (y, y + 1, strlen (y));
    }

  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (groups[i]);

      switch (order[i])
        {
        case 'd':
          if (len > 2)
            return READ_NO;
          day = (guint) g_ascii_strtoull (groups[i], NULL, 10);
          break;
        case 'm':
          if (len > 2)
            return READ_NO;
          month = (guint) g_ascii_strtoull (groups[i], NULL, 10);
          break;
        case 'y':
          if (len != 2 && len != 4)
            return READ_NO;
          year = expand_year (groups[i], reader);
          if (year == 0)
            year = -1;
          break;
        default:
          return READ_NO;
        }
    }

  return resolve (reader, day, month, year, date, error);
}

/* "3 dec", "dec 3", "3rd of December 2027", "15. März". */
static Read
read_names (const Reader  *reader,
            char * const  *all_words,
            guint          all_n,
            GDate         *date,
            GError       **error)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  GDateMonth month;
  guint day;
  int year = 0;
  guint n;

  /* Leave out "the", "of" and their like. */
  for (guint i = 0; i < all_n; i++)
    if (!in_word_list (FILLER_CONTEXT, NC_(FILLER_CONTEXT, "the|of"), all_words[i]))
      g_ptr_array_add (words, all_words[i]);
  n = words->len;

#define W(i) ((const char *) g_ptr_array_index (words, (i)))

  if (n == 3)
    {
      if (!all_digits (W (2)) || strlen (W (2)) != 4)
        return READ_NO;
      year = (int) g_ascii_strtoull (W (2), NULL, 10);
      if (year == 0)
        year = -1;
      n = 2;
    }
  if (n != 2)
    return READ_NO;

  if (match_day (W (0), &day) && (month = match_month (W (1))) != G_DATE_BAD_MONTH)
    return resolve (reader, day, month, year, date, error);
  if ((month = match_month (W (0))) != G_DATE_BAD_MONTH && match_day (W (1), &day))
    return resolve (reader, day, month, year, date, error);

#undef W

  return READ_NO;
}

/* A date written out: numbers or names, no relative words. */
static Read
read_absolute (const Reader  *reader,
               char * const  *words,
               guint          n,
               GDate         *date,
               GError       **error)
{
  if (n == 1)
    return read_numeric (reader, words[0], date, error);
  return read_names (reader, words, n, date, error);
}

static Read
read_words (const Reader  *reader,
            char * const  *words,
            guint          n,
            GDate         *date,
            GError       **error)
{
  static const struct {
    const char *context;
    const char *words;
    int         days;
  } relative_days[] = {
    { TODAY_CONTEXT, NC_(TODAY_CONTEXT, "today"), 0 },
    { TOMORROW_CONTEXT, NC_(TOMORROW_CONTEXT, "tomorrow|tmrw|tmr"), 1 },
    { YESTERDAY_CONTEXT, NC_(YESTERDAY_CONTEXT, "yesterday"), -1 },
    { AFTER_TOMORROW_CONTEXT, NC_(AFTER_TOMORROW_CONTEXT, "day after tomorrow|the day after tomorrow"), 2 },
    { BEFORE_YESTERDAY_CONTEXT, NC_(BEFORE_YESTERDAY_CONTEXT, "day before yesterday|the day before yesterday"), -2 },
  };
  g_autofree char *joined = NULL;
  GDateWeekday weekday;
  gboolean relative_only = reader->relative_only;
  Read read;

  /* "by friday", "due tomorrow", "am Freitag". */
  while (n > 1 && in_word_list (LEADING_CONTEXT, NC_(LEADING_CONTEXT, "on|by|due|until|till"), words[0]))
    {
      words++;
      n--;
      relative_only = FALSE;
    }
  if (n == 0)
    return READ_NO;

  joined = join_words (words, n);
  for (guint i = 0; i < G_N_ELEMENTS (relative_days); i++)
    {
      if (in_word_list (relative_days[i].context, relative_days[i].words, joined))
        {
          *date = reader->today;
          if (relative_days[i].days >= 0)
            g_date_add_days (date, relative_days[i].days);
          else
            g_date_subtract_days (date, -relative_days[i].days);
          return check_range (date, error);
        }
    }

  if ((read = read_relative_period (reader, words, n, date, error)) != READ_NO)
    return read;
  if ((read = read_next_last (reader, words, n, date, error)) != READ_NO)
    return read;

  weekday = match_weekday (words[0]);
  if (weekday != G_DATE_BAD_WEEKDAY && n == 1)
    {
      /* A weekday alone leans with the field; today's weekday is a week
       * away, since "today" says today. */
      nearest_weekday (&reader->today, weekday, reader->bias, FALSE, date);
      return check_range (date, error);
    }

  if (relative_only)
    return READ_NO;

  if (weekday != G_DATE_BAD_WEEKDAY)
    {
      /* "Fri, 15 Jan 2027": the weekday must be the date's. */
      if ((read = read_absolute (reader, words + 1, n - 1, date, error)) != READ_OK)
        return read;
      if (g_date_get_weekday (date) != weekday)
        {
          g_autofree char *shown = rapport_date_input_format_numeric (date);
          g_autofree char *is = weekday_name (g_date_get_weekday (date));
          g_autofree char *typed = weekday_name (weekday);

          /* Translators: "01/15/2027 is a Friday, not a Monday." */
          set_error (error, _("%s is a %s, not a %s."), shown, is, typed);
          g_date_clear (date, 1);
          return READ_ERROR;
        }
      return READ_OK;
    }

  return read_absolute (reader, words, n, date, error);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */

/**
 * rapport_date_input_parse:
 * @text: (nullable): what the mentor typed: "tomorrow", "fri", "next
 *   monday", "last monday", "in 2 weeks", "3 days ago", "3 dec",
 *   "15.01.2027" (in the order of the locale), "2027-01-15", or their
 *   translations ("Freitag", "Fr", "in 2 Wochen", "vor 3 Tagen")
 * @now: the current local time, which relative words count from
 * @bias: which way a date the text leaves open leans
 * @date: (out caller-allocates): the date it names
 * @error: a %RAPPORT_MODEL_ERROR_INVALID_DATE whose message says what is
 *   wrong, in the mentor's language
 *
 * A weekday alone is the next such day after today (%RAPPORT_DATE_BIAS_FUTURE)
 * or the last one before today (%RAPPORT_DATE_BIAS_PAST); "next <weekday>"
 * is that day in the next week (weeks start on Monday), "last <weekday>" the
 * most recent one before today, "this <weekday>" the nearest one the bias's
 * way, today included. A day and month without a year is the next such day
 * from today on, or the last one up to today. Years outside
 * rapport_year_in_range() are refused.
 *
 * Returns: %TRUE if @text names a date
 */
gboolean
rapport_date_input_parse (const char       *text,
                          GDateTime        *now,
                          RapportDateBias   bias,
                          GDate            *date,
                          GError          **error)
{
  g_autofree char *folded = NULL;
  g_autoptr(GPtrArray) words = NULL;
  Reader reader;
  Read read;

  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_date_clear (date, 1);

  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      set_error (error, _("This text is not a date Rapport understands."));
      return FALSE;
    }

  folded = fold (text ? text : "");
  words = split_words (folded);
  if (words->len == 0)
    {
      set_error (error, _("Type a date."));
      return FALSE;
    }

  g_date_clear (&reader.today, 1);
  g_date_set_dmy (&reader.today,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
  reader.bias = bias;
  reader.relative_only = FALSE;

  read = read_words (&reader, (char * const *) words->pdata, words->len, date, error);
  if (read == READ_OK)
    return TRUE;

  g_date_clear (date, 1);
  if (read == READ_NO)
    {
      g_autofree char *shown = g_strstrip (g_strdup (text));

      /* Translators: the text the mentor typed in a date field */
      set_error (error, _("“%s” is not a date Rapport understands."), shown);
    }
  return FALSE;
}

/**
 * rapport_date_input_find_trailing:
 * @text: a title as typed: "send the chapter by fri", "Lebenslauf in 2 Wochen"
 * @now: the current local time
 * @bias: which way a date the text leaves open leans
 * @date: (out caller-allocates): the date the end of @text names
 * @date_start: (out) (optional): where the date's words begin in @text, in
 *   bytes, so the title is what comes before
 *
 * Finds a date at the end of a title, as rapport_date_input_parse() reads
 * it: relative words ("tomorrow", "in 2 weeks", "next monday", "fri") on
 * their own, and any date after a word that leads into one ("by 3 dec",
 * "bis 15.01."), so a title ending in a number ("Read chapter 3") keeps it.
 * At least one word is left for the title.
 *
 * Returns: %TRUE if @text ends with a date
 */
gboolean
rapport_date_input_find_trailing (const char      *text,
                                  GDateTime       *now,
                                  RapportDateBias  bias,
                                  GDate           *date,
                                  gsize           *date_start)
{
  g_autoptr(GArray) starts = NULL;
  Reader reader;
  gboolean in_word = FALSE;

  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  /* Where each word of the text begins. */
  starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));

      if (!space && !in_word)
        {
          gsize offset = p - text;

          g_array_append_val (starts, offset);
        }
      in_word = !space;
    }

  g_date_clear (&reader.today, 1);
  g_date_set_dmy (&reader.today,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
  reader.bias = bias;
  reader.relative_only = TRUE;

  /* The longest date first: "in 2 weeks" rather than "weeks". */
  for (guint k = MIN (starts->len - 1, 6); starts->len > 1 && k >= 1; k--)
    {
      gsize start = g_array_index (starts, gsize, starts->len - k);
      g_autofree char *folded = fold (text + start);
      g_autoptr(GPtrArray) words = split_words (folded);

      if (words->len > 0 &&
          read_words (&reader, (char * const *) words->pdata, words->len, date, NULL) == READ_OK)
        {
          if (date_start != NULL)
            *date_start = start;
          return TRUE;
        }
      g_date_clear (date, 1);
    }
  return FALSE;
}

/**
 * rapport_date_input_read:
 *
 * Like rapport_date_input_parse(), giving the date as stored.
 *
 * Returns: (transfer full) (nullable): `YYYY-MM-DD`, or %NULL with @error set
 */
char *
rapport_date_input_read (const char       *text,
                         GDateTime        *now,
                         RapportDateBias   bias,
                         GError          **error)
{
  GDate date;

  if (!rapport_date_input_parse (text, now, bias, &date, error))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

/**
 * rapport_date_input_format_numeric:
 * @date: a valid date
 *
 * Returns: (transfer full): @date in the locale's numeric form with a
 *   four-digit year: "15.01.2027", "01/15/2027"
 */
char *
rapport_date_input_format_numeric (const GDate *date)
{
  g_autoptr(GString) format = NULL;
  char buf[64];

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  format = g_string_new (nl_langinfo (D_FMT));
  g_string_replace (format, "%D", "%m/%d/%Y", 0);
  g_string_replace (format, "%y", "%Y", 0);
  g_string_replace (format, "%e", "%d", 0);
  if (format->len == 0 || g_date_strftime (buf, sizeof buf, format->str, date) == 0)
    g_snprintf (buf, sizeof buf, "%04u-%02u-%02u", g_date_get_year (date),
                g_date_get_month (date), g_date_get_day (date));
  return g_strdup (buf);
}

static char *
fill_pattern (const char *pattern,
              const char *value)
{
  g_autoptr(GString) out = g_string_new (pattern);

  g_string_replace (out, "%s", value, 1);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * rapport_date_input_dup_examples:
 * @now: the current local time
 * @bias: the field's bias
 *
 * Four dates a field of @bias understands, in the mentor's language and as
 * the locale writes them: "tomorrow", "Fri", "in 2 weeks", "01/15/2027" for
 * a due date; "yesterday", "last Monday", "3 days ago", "09/01/2026" for a
 * date in the past.
 *
 * Returns: (transfer full): the examples
 */
GStrv
rapport_date_input_dup_examples (GDateTime       *now,
                                 RapportDateBias  bias)
{
  g_autoptr(GPtrArray) examples = g_ptr_array_new_with_free_func (g_free);
  GDate example;
  int year;

  g_return_val_if_fail (now != NULL, NULL);

  year = g_date_time_get_year (now);
  g_date_clear (&example, 1);

  if (bias == RAPPORT_DATE_BIAS_FUTURE)
    {
      g_autoptr(GDateTime) friday = g_date_time_new_utc (2024, 1, 5, 12, 0, 0);

      g_ptr_array_add (examples, first_alternative (TOMORROW_CONTEXT, NC_(TOMORROW_CONTEXT, "tomorrow|tmrw|tmr")));
      g_ptr_array_add (examples, g_date_time_format (friday, "%a"));
      g_ptr_array_add (examples, g_strdup (C_(EXAMPLE_CONTEXT, "in 2 weeks")));
      g_date_set_dmy (&example, 15, G_DATE_JANUARY, year + 1);
    }
  else
    {
      g_autofree char *last = first_alternative (LAST_CONTEXT, /* xgettext:no-c-format */ NC_(LAST_CONTEXT, "last %s|past %s|previous %s"));
      g_autofree char *monday = weekday_name (G_DATE_MONDAY);

      g_ptr_array_add (examples, first_alternative (YESTERDAY_CONTEXT, NC_(YESTERDAY_CONTEXT, "yesterday")));
      g_ptr_array_add (examples, fill_pattern (last, monday));
      g_ptr_array_add (examples, g_strdup (C_(EXAMPLE_CONTEXT, "3 days ago")));
      /* The last 1 September: "Mentoring since 1 sep". */
      g_date_set_dmy (&example, 1, G_DATE_SEPTEMBER,
                      g_date_time_get_month (now) >= 9 ? year : year - 1);
    }
  g_ptr_array_add (examples, rapport_date_input_format_numeric (&example));

  g_ptr_array_add (examples, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&examples), FALSE);
}

/**
 * rapport_date_input_dup_hint:
 *
 * Returns: (transfer full): a sentence for a date field, quoting
 *   rapport_date_input_dup_examples()
 */
char *
rapport_date_input_dup_hint (GDateTime       *now,
                             RapportDateBias  bias)
{
  g_auto(GStrv) examples = rapport_date_input_dup_examples (now, bias);

  /* Translators: the hint of a date field; each %s is an example such as
   * “tomorrow”, “Fri”, “in 2 weeks”, “01/15/2027” */
  return g_strdup_printf (_("Type a date such as %s, %s, %s or %s, or pick one."),
                          examples[0], examples[1], examples[2], examples[3]);
}

/* ------------------------------------------------------------------------ */
/* Times                                                                    */

static gboolean
strip_suffix (char       *text,
              const char *suffix)
{
  gsize len = strlen (text), slen = strlen (suffix);

  if (slen == 0 || slen > len || strcmp (text + len - slen, suffix) != 0)
    return FALSE;
  text[len - slen] = '\0';
  return TRUE;
}

/* The locale's "AM" or "PM", folded, without full stops or spaces. */
static char *
meridiem (nl_item item)
{
  g_autofree char *folded = fold (nl_langinfo (item));
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    if (*p != '.' && *p != ' ')
      g_string_append_c (out, *p);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
read_clock (char *text,
            int  *hour,
            int  *minute)
{
  gsize len = strlen (text);
  char *sep = strpbrk (text, ":.");

  if (sep != NULL)
    {
      *sep = '\0';
      if (strpbrk (sep + 1, ":.") != NULL || strlen (text) < 1 || strlen (text) > 2 ||
          strlen (sep + 1) != 2 || !all_digits (text) || !all_digits (sep + 1))
        return FALSE;
      *hour = atoi (text);
      *minute = atoi (sep + 1);
      return TRUE;
    }

  if (!all_digits (text) || len > 4)
    return FALSE;
  if (len <= 2)
    {
      *hour = atoi (text);
      *minute = 0;
    }
  else
    {
      *minute = atoi (text + len - 2);
      text[len - 2] = '\0';
      *hour = atoi (text);
    }
  return TRUE;
}

/**
 * rapport_time_input_parse:
 * @text: (nullable): what the mentor typed: "14:30", "9:05", "9", "14.30",
 *   "1430", "14 Uhr" (words after a time come from the catalogue), or with
 *   the locale's AM/PM ("2:30 PM")
 * @hour: (out) (optional): 0–23
 * @minute: (out) (optional): 0–59
 * @error: a %RAPPORT_MODEL_ERROR_INVALID_TIME in the mentor's language
 *
 * The one rule for a typed time of day.
 *
 * Returns: %TRUE if @text is a time of day
 */
gboolean
rapport_time_input_parse (const char  *text,
                          int         *hour,
                          int         *minute,
                          GError     **error)
{
  g_autofree char *folded = NULL;
  g_autofree char *am = NULL;
  g_autofree char *pm = NULL;
  g_autoptr(GString) compact = g_string_new (NULL);
  g_autoptr(GPtrArray) after = NULL;
  int h = 0, m = 0, half = 0;
  gboolean ok;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text != NULL && g_utf8_validate (text, -1, NULL))
    {
      folded = fold (text);
      for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          g_string_append_unichar (compact, g_utf8_get_char (p));
    }

  /* "14 Uhr", "9h". */
  after = word_list ("time input: words that may follow a time of day, as in “14 Uhr”, separated by |",
                     NC_("time input: words that may follow a time of day, as in “14 Uhr”, separated by |",
                         "h|o'clock"));
  for (guint i = 0; i < after->len; i++)
    {
      g_autofree char *word = g_strdelimit (g_strdup (g_ptr_array_index (after, i)), " ", '\0');

      if (strip_suffix (compact->str, word))
        {
          g_string_set_size (compact, strlen (compact->str));
          break;
        }
    }

  /* AM and PM, where the locale has them. */
  am = meridiem (AM_STR);
  pm = meridiem (PM_STR);
  if (compact->len > 0)
    {
      g_autoptr(GString) bare = g_string_new (NULL);

      for (const char *p = compact->str; *p != '\0'; p++)
        if (*p != '.' || g_ascii_isdigit (p[1]))
          g_string_append_c (bare, *p);
      if (strip_suffix (bare->str, am) && bare->str[0] != '\0')
        half = 1;
      else if (strip_suffix (bare->str, pm) && bare->str[0] != '\0')
        half = 2;
      if (half != 0)
        g_string_assign (compact, bare->str);
    }

  ok = compact->len > 0 && read_clock (compact->str, &h, &m) && m <= 59;
  if (ok && half != 0)
    {
      ok = h >= 1 && h <= 12;
      h = h % 12 + (half == 2 ? 12 : 0);
    }
  ok = ok && h <= 23;

  if (!ok)
    {
      g_autofree char *shown = g_strstrip (g_strdup (text && g_utf8_validate (text, -1, NULL) ? text : ""));

      if (shown[0] == '\0')
        g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_TIME,
                     /* Translators: %s is an example time, 14:30 */
                     _("Type a time of day, such as %s."), "14:30");
      else
        g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_TIME,
                     /* Translators: the first %s is what was typed, the second an example, 14:30 */
                     _("“%s” is not a time of day. Type hours and minutes, such as %s."),
                     shown, "14:30");
      return FALSE;
    }

  if (hour)
    *hour = h;
  if (minute)
    *minute = m;
  return TRUE;
}

/**
 * rapport_time_input_read:
 *
 * Like rapport_time_input_parse(), giving the time as stored.
 *
 * Returns: (transfer full) (nullable): `HH:MM`, or %NULL with @error set
 */
char *
rapport_time_input_read (const char  *text,
                         GError     **error)
{
  int h, m;

  if (!rapport_time_input_parse (text, &h, &m, error))
    return NULL;
  return g_strdup_printf ("%02d:%02d", h, m);
}
