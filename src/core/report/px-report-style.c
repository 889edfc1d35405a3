/* px-report-style.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-report-style"

#include "config.h"

#include "px-report-style.h"

/* Body text at 9 pt and notes at 8 pt are the smallest a printed page
 * reads well at; nothing in the report is set smaller.
 */
static const struct
{
  const char       *font;
  double            size;
  PxReportTextRole  role;
} styles[PX_N_STYLES] = {
  [PX_STYLE_TITLE]     = { "DejaVu Sans Bold", 17.0, PX_REPORT_TEXT_HEADING },
  [PX_STYLE_HEADING]   = { "DejaVu Sans Bold", 12.0, PX_REPORT_TEXT_HEADING },
  [PX_STYLE_BODY]      = { "DejaVu Sans",       9.0, PX_REPORT_TEXT_BODY },
  [PX_STYLE_BODY_BOLD] = { "DejaVu Sans Bold",  9.0, PX_REPORT_TEXT_BODY },
  [PX_STYLE_NOTE]      = { "DejaVu Sans",       8.0, PX_REPORT_TEXT_NOTE },
  [PX_STYLE_NOTE_BOLD] = { "DejaVu Sans Bold",  8.0, PX_REPORT_TEXT_NOTE },
};

double
px_style_get_size (PxStyle style)
{
  g_return_val_if_fail (style < PX_N_STYLES, 9.0);
  return styles[style].size;
}

/**
 * px_style_create_context:
 * @cr: a context on the target surface
 *
 * One Pango context serves every layout of a report, which is much cheaper
 * than a context per layout. Metrics must not depend on the output device,
 * or a page break computed for the PDF would differ from the printer's.
 *
 * Returns: (transfer full): the context
 */
PangoContext *
px_style_create_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

PangoLayout *
px_style_layout (PangoContext *context,
                 PxStyle       style,
                 double        width,
                 PxWrap        wrap)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc = pango_font_description_from_string (styles[style].font);

  pango_font_description_set_size (desc, (int)(styles[style].size * PANGO_SCALE));
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      switch (wrap)
        {
        case PX_WRAP_WORD:
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
          break;
        case PX_WRAP_PASSAGE:
          /* Passages stand in narrow columns, where DejaVu's generous
           * line height would add a tenth to every block: 9 on 10 points
           * is the leading of newspaper columns.
           */
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_line_spacing (layout, 0.95);
          break;
        case PX_WRAP_ELLIPSIZE:
        default:
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          pango_layout_set_single_paragraph_mode (layout, TRUE);
          break;
        }
    }
  return layout;
}

PangoLayout *
px_style_layout_markup (PangoContext *context,
                        PxStyle       style,
                        const char   *markup,
                        double        width,
                        PxWrap        wrap)
{
  PangoLayout *layout = px_style_layout (context, style, width, wrap);

  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

double
px_style_layout_height (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return pango_units_to_double (height);
}

/* Left-aligned tab stops every @tab_width points: columns of symbols in
 * one layout, rather than a layout per symbol.
 */
void
px_style_layout_set_tabs (PangoLayout *layout,
                          guint        n_tabs,
                          double       tab_width)
{
  PangoTabArray *tabs = pango_tab_array_new (n_tabs, FALSE);

  for (guint i = 0; i < n_tabs; i++)
    pango_tab_array_set_tab (tabs, i, PANGO_TAB_LEFT, pango_units_from_double ((i + 1) * tab_width));
  pango_layout_set_tabs (layout, tabs);
  pango_tab_array_free (tabs);
}

/* Tab stops at @stops (PX_STYLE_STOPS of them, 0 ending the list early)
 * and a hanging indent: the columns of a table row in one layout, with
 * its last column wrapping under itself.
 */
void
px_style_layout_set_stops (PangoLayout  *layout,
                           const double *stops,
                           double        indent)
{
  PangoTabArray *tabs = pango_tab_array_new (PX_STYLE_STOPS, FALSE);
  guint n = 0;

  while (n < PX_STYLE_STOPS && stops[n] > 0)
    {
      pango_tab_array_set_tab (tabs, n, PANGO_TAB_LEFT, pango_units_from_double (stops[n]));
      n++;
    }
  pango_tab_array_resize (tabs, n);
  pango_layout_set_tabs (layout, tabs);
  pango_tab_array_free (tabs);
  pango_layout_set_indent (layout, pango_units_from_double (-indent));
}

void
px_style_sizes_init (PxStyleSizes *sizes)
{
  for (guint r = 0; r < PX_REPORT_N_TEXT_ROLES; r++)
    sizes->smallest[r] = 0;
}

static void
note_size (PxStyleSizes     *sizes,
           PxReportTextRole  role,
           double            size)
{
  if (sizes->smallest[role] == 0 || size < sizes->smallest[role])
    sizes->smallest[role] = size;
}

/**
 * px_style_sizes_track:
 * @sizes: the sizes seen so far
 * @style: the layout's style
 * @layout: a layout made with px_style_layout()
 *
 * Records the sizes @layout draws text at: its style's, and any that its
 * attributes set. Text set smaller than its style is a note beside it (a
 * verdict after a figure), and counted as one.
 */
void
px_style_sizes_track (PxStyleSizes *sizes,
                      PxStyle       style,
                      PangoLayout  *layout)
{
  PangoAttrList *attrs = pango_layout_get_attributes (layout);
  double base = styles[style].size;
  GSList *list;

  note_size (sizes, styles[style].role, base);
  if (attrs == NULL)
    return;

  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;
      double size = 0;

      if (attr->klass->type == PANGO_ATTR_SIZE || attr->klass->type == PANGO_ATTR_ABSOLUTE_SIZE)
        size = ((PangoAttrSize *)attr)->size / (double)PANGO_SCALE;
      else if (attr->klass->type == PANGO_ATTR_SCALE)
        size = base * ((PangoAttrFloat *)attr)->value;
      if (size > 0)
        note_size (sizes, size < base ? PX_REPORT_TEXT_NOTE : styles[style].role, size);
    }
  g_slist_free_full (list, (GDestroyNotify)pango_attribute_destroy);
}
