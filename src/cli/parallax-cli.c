/* parallax-cli.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "parallax-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "px-core.h"

/* Exit statuses: 0 success, 1 a failure (nothing usable, or some input
 * skipped: the output is still written), 2 wrong usage or a command that is
 * not built yet.
 */
enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

typedef struct
{
  const char *name;
  const char *summary;
  int       (*run) (int argc, char **argv);
} Command;

static char *opt_format = NULL;
static gint64 opt_max_size = 0;
static double opt_threshold = -1.0;

/* Options several commands take; parse_options() adds the ones asked for. */
enum {
  WITH_FORMAT    = 1 << 0,
  WITH_THRESHOLD = 1 << 1,
  WITH_SET       = 1 << 2,   /* compares a set: says what one article alone gives */
};

static GOptionEntry format_entries[] = {
  { "format", 'f', 0, G_OPTION_ARG_STRING, &opt_format, N_("Output format: text or json"), "FORMAT" },
  { NULL }
};

static GOptionEntry threshold_entries[] = {
  { "threshold", 't', 0, G_OPTION_ARG_DOUBLE, &opt_threshold,
    N_("Link strength needed to group passages, 0 to 1 (lower finds more)"), "X" },
  { NULL }
};

static GOptionEntry input_entries[] = {
  { "max-size", 0, 0, G_OPTION_ARG_INT64, &opt_max_size, N_("Largest file to read, in bytes"), "BYTES" },
  { NULL }
};

static void
print_error (const char *message)
{
  g_printerr ("parallax-cli: %s\n", message);
}

/* Without a path there is nothing to read: wrong usage, said with the
 * command's usage line.
 */
static gboolean
check_paths (const char  *command,
             const char  *parameter,
             int          argc)
{
  if (argc >= 2)
    return TRUE;
  print_error (_("no input given: name article files or folders"));
  g_printerr (_("Usage: parallax-cli %s [OPTION…] %s\n"), command, parameter);
  return FALSE;
}

/* One article has nothing to be compared with. The comparison is still
 * written (every sentence stands alone), but it is not what was asked for:
 * the user hears why, and the exit status says so, for align and export
 * alike.
 */
static gboolean
check_several (GPtrArray *articles)
{
  g_autofree char *message = NULL;

  if (articles->len >= 2)
    return TRUE;
  message = g_strdup_printf (_("only one article (%s): nothing to compare"),
                             px_article_get_id (g_ptr_array_index (articles, 0)));
  print_error (message);
  return FALSE;
}

static gboolean
parse_options (const char    *command,
               const char    *parameter,
               const char    *summary,
               GOptionEntry  *entries,
               guint          common,
               int           *argc,
               char        ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("parallax-cli %s", command);

  g_set_prgname (prgname);
  g_option_context_set_summary (context, summary);
  if (common & WITH_SET)
    g_option_context_set_description (context,
                                      _("With one article alone there is nothing to compare: the output is "
                                        "still written, and the exit status is 1."));
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (common & WITH_THRESHOLD)
    g_option_context_add_main_entries (context, threshold_entries, GETTEXT_PACKAGE);
  if (common & WITH_FORMAT)
    g_option_context_add_main_entries (context, format_entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, input_entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      print_error (error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_format (void)
{
  if (opt_format == NULL)
    opt_format = g_strdup ("text");
  if (!g_str_equal (opt_format, "text") && !g_str_equal (opt_format, "json"))
    {
      g_autofree char *message = g_strdup_printf (_("unknown format “%s” (use text or json)"),
                                                  opt_format);
      print_error (message);
      return FALSE;
    }
  return TRUE;
}

/* An aligner with --threshold applied, or %NULL (reported) when it is out
 * of range.
 */
static PxAligner *
new_aligner (void)
{
  PxAligner *aligner;

  if (opt_threshold > 1.0)
    {
      print_error (_("the threshold must be between 0 and 1"));
      return NULL;
    }
  aligner = px_aligner_new ();
  if (opt_threshold >= 0.0)
    px_aligner_set_threshold (aligner, opt_threshold);
  return aligner;
}

/* Loads every path given; per-file failures go to stderr as one line each
 * and make the command fail at the end, but do not stop the others.
 */
static GPtrArray *
load_paths (int        argc,
            char     **argv,
            gboolean  *partial)
{
  g_autoptr(PxArticleLoader) loader = px_article_loader_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *articles;

  *partial = FALSE;

  if (opt_max_size > 0)
    px_article_loader_set_max_size (loader, opt_max_size);

  for (int i = 1; i < argc; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (argv[i]));

  articles = px_article_loader_load_set (loader, (GFile **)files->pdata, files->len,
                                         &errors, NULL, &error);
  if (articles == NULL)
    {
      print_error (error->message);
      return NULL;
    }

  for (guint i = 0; i < errors->len; i++)
    print_error (g_ptr_array_index (errors, i));
  *partial = errors->len > 0;

  for (guint i = 0; i < articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (articles, i);
      const char * const *warnings = px_article_get_warnings (article);

      for (guint w = 0; warnings[w] != NULL; w++)
        {
          g_autofree char *message = g_strdup_printf (_("warning: %s"), warnings[w]);
          print_error (message);
        }
    }

  return articles;
}

static void
print_segment_text (PxArticle *article)
{
  const PxSentence *sentences;
  const char *text = px_article_get_text (article);
  guint n_paragraphs, n_sentences;
  guint s = 0;

  px_article_get_paragraphs (article, &n_paragraphs);
  sentences = px_article_get_sentences (article, &n_sentences);

  g_print ("== %s\n", px_article_get_id (article));
  g_print ("%s: %s\n", _("Outlet"), px_article_get_outlet (article));
  g_print ("%s: %s\n", _("Title"), px_article_get_title (article));
  if (px_article_get_date (article) != NULL)
    g_print ("%s: %s\n", _("Date"), px_article_get_date (article));
  if (px_article_get_url (article) != NULL)
    g_print ("%s: %s\n", _("URL"), px_article_get_url (article));
  g_print ("%s: %s\n", _("Language"), px_article_get_language (article));
  if (px_article_get_place (article) != NULL || px_article_get_agency (article) != NULL)
    g_print ("%s: %s (%s)\n", _("Dateline"),
             px_article_get_place (article) ? px_article_get_place (article) : "",
             px_article_get_agency (article) ? px_article_get_agency (article) : "");
  g_print ("%s: %u, %s: %u\n", _("Paragraphs"), n_paragraphs, _("Sentences"), n_sentences);

  for (guint p = 0; p < n_paragraphs; p++)
    {
      g_print ("\n¶%u\n", p + 1);
      for (; s < n_sentences && sentences[s].paragraph == p; s++)
        g_print ("  [%u] %-11s %5u–%-5u %.*s\n", s,
                 px_sentence_kind_to_string (sentences[s].kind),
                 sentences[s].start, sentences[s].end,
                 (int)(sentences[s].end - sentences[s].start), text + sentences[s].start);
    }
  g_print ("\n");
}


/* A report is printed at once: g_print() would first format a copy of it,
 * which for a large set costs as much as writing it.
 */
/* Ends a JSON document written to standard output; a write that failed
 * (a full disk, a closed pipe) is one line on stderr.
 */
static gboolean
finish_document (PxJsonWriter *writer)
{
  g_autoptr(GError) error = NULL;

  if (px_json_writer_finish (writer, &error))
    return TRUE;
  print_error (error->message);
  return FALSE;
}

static int
run_segment (int    argc,
             char **argv)
{
  g_autoptr(GPtrArray) articles = NULL;
  gboolean partial;

  if (!parse_options ("segment", _("PATH…"),
                      _("Print each article's metadata, paragraphs and sentences."),
                      NULL, WITH_FORMAT, &argc, &argv) ||
      !check_format () || !check_paths ("segment", _("PATH…"), argc))
    return EXIT_USAGE;

  if (!(articles = load_paths (argc, argv, &partial)))
    return EXIT_FAILED;

  if (g_str_equal (opt_format, "json"))
    {
      g_autoptr(PxJsonWriter) writer = px_json_writer_new_for_stream (stdout, TRUE);

      px_json_writer_begin_object (writer);
      px_json_report_write_header (writer);
      px_json_writer_member (writer, "documents");
      px_json_report_write_documents (writer, articles);
      px_json_writer_end_object (writer);
      if (!finish_document (writer))
        return EXIT_FAILED;
    }
  else
    {
      for (guint i = 0; i < articles->len; i++)
        print_segment_text (g_ptr_array_index (articles, i));
    }

  return partial ? EXIT_FAILED : EXIT_OK;
}

/* The text synopsis: claim by claim, source by source. */
static void
print_alignment_text (PxAlignment *alignment)
{
  guint n_groups = px_alignment_get_n_groups (alignment);
  guint n_articles = px_alignment_get_n_articles (alignment);

  for (guint g = 0; g < n_groups; g++)
    {
      const PxAlignmentMember *members;
      guint n_members, n_sources = 0, last = G_MAXUINT;
      g_autoptr(GString) missing = g_string_new (NULL);

      members = px_alignment_group_get_members (alignment, g, &n_members);
      for (guint m = 0; m < n_members; m++)
        {
          if (members[m].article != last)
            n_sources++;
          last = members[m].article;
        }

      g_print ("[%u] ", px_alignment_group_get_id (alignment, g));
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u/%u source", "%u/%u sources", n_articles),
               n_sources, n_articles);
      g_print ("\n");
      for (guint m = 0; m < n_members; m++)
        {
          PxArticle *article = px_alignment_get_article (alignment, members[m].article);
          g_autofree char *text = px_article_dup_sentence_text (article, members[m].sentence);
          const char *outlet = px_article_get_outlet (article);

          g_print ("  %s: %s\n", outlet ? outlet : px_article_get_id (article), text);
        }
      for (guint a = 0; a < n_articles; a++)
        {
          PxArticle *article = px_alignment_get_article (alignment, a);
          const char *outlet = px_article_get_outlet (article);
          gboolean present = FALSE;

          for (guint m = 0; m < n_members; m++)
            present |= members[m].article == a;
          if (present)
            continue;
          if (missing->len > 0)
            g_string_append (missing, ", ");
          g_string_append (missing, outlet ? outlet : px_article_get_id (article));
        }
      if (missing->len > 0)
        g_print ("  — %s %s\n", _("not in:"), missing->str);
      g_print ("\n");
    }

  g_print ("%s\n", _("Only in one source:"));
  for (guint a = 0; a < n_articles; a++)
    {
      PxArticle *article = px_alignment_get_article (alignment, a);
      const char *outlet = px_article_get_outlet (article);
      const guint *unique;
      guint n;

      unique = px_alignment_get_unique_sentences (alignment, a, &n);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *text = px_article_dup_sentence_text (article, unique[i]);

          g_print ("  %s: %s\n", outlet ? outlet : px_article_get_id (article), text);
        }
    }
}

static int
run_align (int    argc,
           char **argv)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(PxAligner) aligner = NULL;
  g_autoptr(PxAlignment) alignment = NULL;
  g_autoptr(GError) error = NULL;
  gboolean partial;

  if (!parse_options ("align", _("PATH…"),
                      _("Align an article set and print the comparison report."),
                      NULL, WITH_FORMAT | WITH_THRESHOLD | WITH_SET, &argc, &argv) ||
      !check_format () || !check_paths ("align", _("PATH…"), argc))
    return EXIT_USAGE;

  if (!(aligner = new_aligner ()))
    return EXIT_USAGE;

  if (!(articles = load_paths (argc, argv, &partial)))
    return EXIT_FAILED;

  if (!check_several (articles))
    partial = TRUE;

  if (!(alignment = px_aligner_run (aligner, articles, NULL, &error)))
    {
      print_error (error->message);
      return EXIT_FAILED;
    }

  {
    g_autoptr(PxComparison) comparison = px_comparison_new (alignment);

    if (g_str_equal (opt_format, "json"))
      {
        g_autoptr(PxJsonWriter) writer = px_json_writer_new_for_stream (stdout, TRUE);

        px_comparison_write_json (comparison, writer);
        if (!finish_document (writer))
          return EXIT_FAILED;
      }
    else
      {
        GPtrArray *divergences = px_comparison_get_divergences (comparison);

        print_alignment_text (alignment);

        /* Then what differs, claim by claim: figures, attribution chains,
         * quotes.
         */
        g_print ("\n%s\n", _("Divergences"));
        for (guint i = 0; i < divergences->len; i++)
          {
            PxDivergence *d = g_ptr_array_index (divergences, i);

            if (d->kind == PX_DIVERGENCE_WORDING || d->kind == PX_DIVERGENCE_OMISSION)
              continue;
            g_print ("  [%u] %-11s %s\n", px_alignment_group_get_id (alignment, d->group),
                     px_divergence_kind_to_string (d->kind), d->summary);
          }

        g_print ("\n%s\n", _("Attribution chains"));
        for (guint a = 0; a < px_alignment_get_n_articles (alignment); a++)
          {
            GPtrArray *found = px_comparison_get_attributions (comparison, a);
            g_autofree char *root = px_comparison_dup_root (comparison, a);

            for (guint k = 0; k < found->len; k++)
              {
                PxAttribution *attribution = g_ptr_array_index (found, k);
                g_autofree char *chain = px_attribution_describe_chain (attribution, root);
                const guint *groups;
                guint n_groups;

                groups = px_alignment_get_groups_for_sentence (alignment, a, px_attribution_get_sentence (attribution),
                                                               &n_groups);
                if (n_groups == 0)
                  continue;
                g_print ("  [%u] %s\n", px_alignment_group_get_id (alignment, groups[0]), chain ? chain : "");
              }
          }
      }
  }

  return partial ? EXIT_FAILED : EXIT_OK;
}

static char *opt_output = NULL;
static char *opt_paper = NULL;
static char *opt_title = NULL;
static gboolean opt_portrait = FALSE;
static gboolean opt_landscape = FALSE;
static gboolean opt_classroom = FALSE;

/* The set's name for an export: the folder's name when one folder was
 * given, else a neutral one.
 */
static char *
set_title (int    argc,
           char **argv,
           guint  n_articles)
{
  if (opt_title != NULL)
    return g_strdup (opt_title);
  if (argc == 2 && g_file_test (argv[1], G_FILE_TEST_IS_DIR))
    {
      g_autofree char *canonical = g_canonicalize_filename (argv[1], NULL);
      return g_path_get_basename (canonical);
    }
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Comparison of %u source",
                                       "Comparison of %u sources", n_articles),
                          n_articles);
}

static int
run_export (int    argc,
            char **argv)
{
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
      N_("File to write; its extension (.pdf, .html, .csv, .json) selects the format"), "FILE" },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &opt_paper, N_("Paper size for PDF: a4 or letter"), "SIZE" },
    { "portrait", 0, 0, G_OPTION_ARG_NONE, &opt_portrait,
      N_("Portrait pages (by default landscape from five sources on)"), NULL },
    { "landscape", 0, 0, G_OPTION_ARG_NONE, &opt_landscape,
      N_("Landscape pages (by default from five sources on)"), NULL },
    { "title", 0, 0, G_OPTION_ARG_STRING, &opt_title, N_("Title of the comparison"), "TEXT" },
    { "classroom", 0, 0, G_OPTION_ARG_NONE, &opt_classroom,
      N_("Hide outlet names (sources become Source A, B, …)"), NULL },
    { NULL }
  };
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(PxAligner) aligner = NULL;
  g_autoptr(PxAlignment) alignment = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  g_autoptr(PxReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *title = NULL;
  g_autofree char *contents = NULL;
  PxPaper paper = PX_PAPER_A4;
  gboolean partial;
  gboolean ok;

  if (!parse_options ("export", _("--output FILE PATH…"),
                      _("Write the comparison as PDF, HTML, CSV or JSON."),
                      entries, WITH_THRESHOLD | WITH_SET, &argc, &argv))
    return EXIT_USAGE;

  if (opt_output == NULL)
    {
      print_error (_("no output file given (use --output FILE.pdf, .html, .csv or .json)"));
      return EXIT_USAGE;
    }
  lower = g_ascii_strdown (opt_output, -1);
  if (!g_str_has_suffix (lower, ".pdf") && !g_str_has_suffix (lower, ".html") &&
      !g_str_has_suffix (lower, ".htm") && !g_str_has_suffix (lower, ".csv") &&
      !g_str_has_suffix (lower, ".json"))
    {
      g_autofree char *message = g_strdup_printf (_("cannot tell the format of “%s” (use .pdf, .html, .csv or .json)"),
                                                  opt_output);
      print_error (message);
      return EXIT_USAGE;
    }
  if (opt_portrait && opt_landscape)
    {
      print_error (_("--portrait and --landscape exclude each other"));
      return EXIT_USAGE;
    }
  if (opt_paper != NULL)
    {
      if (g_ascii_strcasecmp (opt_paper, "letter") == 0)
        paper = PX_PAPER_LETTER;
      else if (g_ascii_strcasecmp (opt_paper, "a4") != 0)
        {
          g_autofree char *message = g_strdup_printf (_("unknown paper size “%s” (use a4 or letter)"), opt_paper);
          print_error (message);
          return EXIT_USAGE;
        }
    }

  if (!check_paths ("export", _("--output FILE PATH…"), argc))
    return EXIT_USAGE;
  if (!(aligner = new_aligner ()))
    return EXIT_USAGE;
  if (!(articles = load_paths (argc, argv, &partial)))
    return EXIT_FAILED;
  if (!check_several (articles))
    partial = TRUE;
  if (!(alignment = px_aligner_run (aligner, articles, NULL, &error)))
    {
      print_error (error->message);
      return EXIT_FAILED;
    }
  comparison = px_comparison_new (alignment);
  title = set_title (argc, argv, articles->len);

  if (g_str_has_suffix (lower, ".json"))
    {
      contents = px_comparison_to_json (comparison);
      ok = px_report_write_file (opt_output, contents, strlen (contents), &error);
    }
  else
    {
      report = px_comparison_build_report (comparison, title, opt_classroom);
      if (g_str_has_suffix (lower, ".pdf"))
        ok = px_pdf_export (report, opt_output, paper,
                            opt_portrait ? PX_PAGE_PORTRAIT : opt_landscape ? PX_PAGE_LANDSCAPE : PX_PAGE_AUTO,
                            NULL, &error);
      else
        {
          contents = g_str_has_suffix (lower, ".csv") ? px_report_to_csv (report) : px_report_to_html (report);
          ok = px_report_write_file (opt_output, contents, strlen (contents), &error);
        }
    }

  if (!ok)
    {
      print_error (error->message);
      return EXIT_FAILED;
    }

  return partial ? EXIT_FAILED : EXIT_OK;
}

/* One line per figure: where, as written, and how it was read. */
static void
print_figures_text (GPtrArray *articles,
                    GArray    *mentions,
                    GPtrArray *comparisons)
{
  guint m = 0;

  for (guint a = 0; a < articles->len; a++)
    {
      PxArticle *article = g_ptr_array_index (articles, a);
      const char *text = px_article_get_text (article);
      const char *outlet = px_article_get_outlet (article);

      g_print ("== %s", px_article_get_id (article));
      if (outlet != NULL)
        g_print (" (%s)", outlet);
      g_print ("\n");

      for (; m < mentions->len && g_array_index (mentions, PxFigureMention, m).document == a; m++)
        {
          PxFigureMention *mention = &g_array_index (mentions, PxFigureMention, m);
          PxFigure *f = mention->figure;
          g_autofree char *reading = px_figure_format (f);
          const char *noun = px_figure_get_noun (f);
          guint end = px_figure_get_end (f);

          /* Show the counted noun with the figure, as the reader sees it. */
          if (noun != NULL)
            {
              const char *at = strstr (text + end, noun);

              if (at != NULL && at - (text + end) < 80)
                end = at - text + strlen (noun);
            }
          g_print ("  [%u] #%u %-34.*s → %s %s (%s)%s\n", mention->sentence, m,
                   (int)(end - px_figure_get_start (f)), text + px_figure_get_start (f),
                   reading,
                   px_figure_get_unit (f) && px_figure_get_kind (f) == PX_FIGURE_KIND_COUNT
                     ? px_figure_get_unit (f) : "",
                   px_figure_qualifier_to_string (px_figure_get_qualifier (f)),
                   px_figure_get_is_part (f) ? _(", part of a total") : "");
        }
      if (a + 1 < articles->len)
        g_print ("\n");
    }

  g_print ("\n%s\n", _("Quantities:"));
  for (guint c = 0; c < comparisons->len; c++)
    {
      PxFigureComparison *comparison = g_ptr_array_index (comparisons, c);

      g_print ("%s%s: %s — %s\n", comparison->quantity,
               comparison->is_part ? _(" (part)") : "",
               px_figure_verdict_to_string (comparison->verdict), comparison->summary);
      for (guint k = 0; k < comparison->mentions->len; k++)
        {
          guint index = g_array_index (comparison->mentions, guint, k);
          PxFigureMention *mention = &g_array_index (mentions, PxFigureMention, index);
          g_autofree char *reading = px_figure_format (mention->figure);

          g_print ("  %-28s #%-3u %-24s %s\n",
                   px_article_get_id (g_ptr_array_index (articles, mention->document)),
                   index, px_figure_get_text (mention->figure), reading);
        }
    }
}

static int
run_figures (int    argc,
             char **argv)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GPtrArray) comparisons = NULL;
  gboolean partial;

  if (!parse_options ("figures", _("PATH…"),
                      _("List the figures of every source and compare them by quantity."),
                      NULL, WITH_FORMAT, &argc, &argv) ||
      !check_format () || !check_paths ("figures", _("PATH…"), argc))
    return EXIT_USAGE;

  if (!(articles = load_paths (argc, argv, &partial)))
    return EXIT_FAILED;

  mentions = px_figure_extract_articles (articles);
  comparisons = px_figure_compare_mentions (articles, mentions);

  if (g_str_equal (opt_format, "json"))
    {
      g_autoptr(PxJsonWriter) writer = px_json_writer_new_for_stream (stdout, TRUE);

      px_json_writer_begin_object (writer);
      px_json_report_write_header (writer);
      px_json_writer_member (writer, "documents");
      px_json_report_write_documents (writer, articles);
      px_json_writer_member (writer, "figures");
      px_figure_mentions_write_json (writer, articles, mentions);
      px_json_writer_member (writer, "figure_comparisons");
      px_figure_comparisons_write_json (writer, comparisons);
      px_json_writer_end_object (writer);
      if (!finish_document (writer))
        return EXIT_FAILED;
    }
  else
    print_figures_text (articles, mentions, comparisons);

  return partial ? EXIT_FAILED : EXIT_OK;
}

static const Command commands[] = {
  { "align", N_("Align an article set and print the comparison report"), run_align },
  { "export", N_("Write the comparison as PDF, HTML, CSV or JSON"), run_export },
  { "figures", N_("List the figures of every source and compare them"), run_figures },
  { "segment", N_("Print articles, metadata and sentences"), run_segment },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n", _("Usage: parallax-cli COMMAND [OPTION…] PATH…"));
  fprintf (stream, "%s\n\n", _("Compare how several news outlets cover the same event."));
  fprintf (stream, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Options:"));
  fprintf (stream, "  %-10s %s\n", "--help", _("Show this help"));
  fprintf (stream, "  %-10s %s\n", "--version", _("Show the version"));
  fprintf (stream, "\n%s\n", _("Exit status:"));
  fprintf (stream, "  0  %s\n", _("success"));
  fprintf (stream, "  1  %s\n", _("an input could not be used, or align or export had one article alone"));
  fprintf (stream, "     %s\n", _("(the output for the rest is still written)"));
  fprintf (stream, "  2  %s\n", _("wrong usage, such as no path given"));
  fprintf (stream, "\n%s\n", _("Run “parallax-cli COMMAND --help” for a command’s options."));
}

int
main (int    argc,
      char **argv)
{
  const char *localedir;

  setlocale (LC_ALL, "");
  localedir = g_getenv ("PARALLAX_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version") || g_str_equal (argv[1], "-v"))
    {
      g_print ("parallax-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  {
    g_autofree char *message = g_strdup_printf (_("unknown command “%s” (try --help)"), argv[1]);
    print_error (message);
  }
  return EXIT_USAGE;
}
