/* px-json-schema.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "px-json-schema"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "px-json-schema.h"

static gboolean
has_kind (JsonNode   *node,
          PxJsonKind  kind)
{
  GType type;

  switch (kind)
    {
    case PX_JSON_OBJECT:
      return JSON_NODE_HOLDS_OBJECT (node);
    case PX_JSON_LIST:
      return JSON_NODE_HOLDS_ARRAY (node);
    default:
      break;
    }

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  switch (kind)
    {
    case PX_JSON_STRING:
      return type == G_TYPE_STRING;
    case PX_JSON_INT:
      return type == G_TYPE_INT64;
    case PX_JSON_NUMBER:
      return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
    case PX_JSON_BOOLEAN:
      return type == G_TYPE_BOOLEAN;
    default:
      g_assert_not_reached ();
    }
}

/* "corrections[3].members is not a list": the path as a reader of the file
 * would write it, the top level being "the file".
 */
static char *
mismatch (const char *path,
          PxJsonKind  kind)
{
  const char *where = *path != '\0' ? path : _("the file");

  switch (kind)
    {
    case PX_JSON_OBJECT:
      return g_strdup_printf (_("%s is not an object"), where);
    case PX_JSON_LIST:
      return g_strdup_printf (_("%s is not a list"), where);
    case PX_JSON_STRING:
      return g_strdup_printf (_("%s is not a text"), where);
    case PX_JSON_INT:
      return g_strdup_printf (_("%s is not a whole number"), where);
    case PX_JSON_NUMBER:
      return g_strdup_printf (_("%s is not a number"), where);
    case PX_JSON_BOOLEAN:
      return g_strdup_printf (_("%s is not true or false"), where);
    default:
      g_assert_not_reached ();
    }
}

static char *
member_path (const char *path,
             const char *name)
{
  return *path != '\0' ? g_strdup_printf ("%s.%s", path, name) : g_strdup (name);
}

static gboolean
check_members (const PxJsonSchema  *schema,
               JsonObject          *object,
               const char          *path,
               char               **problem)
{
  for (const PxJsonMember *m = schema->members; m != NULL && m->name != NULL; m++)
    {
      JsonNode *value = json_object_get_member (object, m->name);
      g_autofree char *child = member_path (path, m->name);

      if (value == NULL)
        {
          if (!m->required)
            continue;
          *problem = g_strdup_printf (_("%s is missing"), child);
          return FALSE;
        }
      if (!px_json_schema_check (m->schema, value, child, problem))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_elements (const PxJsonSchema  *schema,
                JsonArray           *array,
                const char          *path,
                char               **problem)
{
  guint length = json_array_get_length (array);
  guint n_items = 0;

  if (schema->items != NULL)
    {
      while (schema->items[n_items] != NULL)
        n_items++;
      if (length != n_items)
        {
          *problem = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%s does not have %u item",
                                                   "%s does not have %u items", n_items),
                                      path, n_items);
          return FALSE;
        }
    }

  for (guint i = 0; i < length; i++)
    {
      const PxJsonSchema *item = schema->items != NULL ? schema->items[i] : schema->element;
      g_autofree char *child = g_strdup_printf ("%s[%u]", path, i);

      if (item != NULL && !px_json_schema_check (item, json_array_get_element (array, i), child, problem))
        return FALSE;
    }
  return TRUE;
}

/**
 * px_json_schema_check:
 * @schema: what @node must be
 * @node: a parsed JSON value
 * @path: where @node is, for the message ("" for the top level)
 * @problem: (out) (optional): the first mismatch, with its path
 *
 * Walks @node along @schema, depth first in document order, and stops at
 * the first mismatch. The walk goes no deeper than @schema, so a deeply
 * nested input cannot exhaust the stack.
 *
 * Returns: whether @node fits @schema
 */
gboolean
px_json_schema_check (const PxJsonSchema  *schema,
                      JsonNode            *node,
                      const char          *path,
                      char               **problem)
{
  g_autofree char *discarded = NULL;

  g_return_val_if_fail (schema != NULL, FALSE);
  g_return_val_if_fail (node != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (problem == NULL)
    problem = &discarded;

  if (schema->nullable && JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!has_kind (node, schema->kind))
    {
      *problem = mismatch (path, schema->kind);
      return FALSE;
    }
  if (schema->kind == PX_JSON_OBJECT)
    return check_members (schema, json_node_get_object (node), path, problem);
  if (schema->kind == PX_JSON_LIST)
    return check_elements (schema, json_node_get_array (node), path, problem);
  return TRUE;
}

/**
 * px_json_text_check:
 * @data: (array length=length): JSON text
 * @length: its length
 * @max_depth: how deeply lists and objects may nest
 * @first_end: (out) (optional): with %PX_JSON_TEXT_MORE_VALUES, where the
 *   second value starts: json-glib may parse the text before it safely, to
 *   tell text that is no JSON at all from JSON with more after it
 *
 * What json-glib 1.6 does not survive, found in one pass over the bytes
 * before it parses them: it recurses once per level of nesting, so deep
 * enough nesting overflows the stack; and it reads on after the first
 * top-level value and loses it when a second one follows ("{}[]" loads,
 * and leaks the object).
 *
 * Returns: %PX_JSON_TEXT_OK, or the problem (the text may still be
 *   malformed in other ways, which json-glib then reports)
 */
PxJsonTextProblem
px_json_text_check (const char *data,
                    gsize       length,
                    guint       max_depth,
                    gsize      *first_end)
{
  gboolean in_string = FALSE, in_scalar = FALSE;
  guint depth = 0, values = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        {
          in_scalar = FALSE;
          continue;
        }
      /* At the top level, anything but the rest of a number or word
       * starts another value.
       */
      if (depth == 0 && !(in_scalar && strchr ("{}[]\",:", c) == NULL) && ++values > 1)
        {
          if (first_end != NULL)
            *first_end = i;
          return PX_JSON_TEXT_MORE_VALUES;
        }
      in_scalar = FALSE;
      if (c == '"')
        in_string = TRUE;
      else if ((c == '{' || c == '[') && ++depth > max_depth)
        return PX_JSON_TEXT_TOO_DEEP;
      else if ((c == '}' || c == ']') && depth > 0)
        depth--;
      else if (depth == 0)
        in_scalar = TRUE;
    }
  return PX_JSON_TEXT_OK;
}
