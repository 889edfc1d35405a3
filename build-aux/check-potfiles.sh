#!/bin/sh
# Fails when a source file with translatable strings is missing from
# po/POTFILES.in, or when POTFILES.in names a file that does not exist.
# Adapted from the check Nautilus runs in its CI.
srcdir=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$srcdir" || exit 1

status=0
listed=$(grep -v '^#' po/POTFILES.in | grep -v '^$')

for file in $listed; do
  if [ ! -f "$file" ]; then
    echo "po/POTFILES.in lists $file, which does not exist"
    status=1
  fi
done

candidates=$( { grep -rl --include='*.c' -E '\b(N?_|C_|NC_|g_dngettext)\s*\(' src;
                grep -rl --include='*.ui' 'translatable="yes"' ui; } | sort -u)

for file in $candidates; do
  if ! echo "$listed" | grep -qx "$file"; then
    echo "$file has translatable strings but is not in po/POTFILES.in"
    status=1
  fi
done

exit $status
