#!/bin/sh
# The core library must stay headless: no GTK or libadwaita under src/core.
srcdir=${1:-$(cd "$(dirname "$0")/.." && pwd)}

if grep -rnE '#\s*include\s*[<"](gtk/|gdk/|adwaita|gsk/)' "$srcdir/src/core"; then
  echo "src/core includes GTK or libadwaita (see above)"
  exit 1
fi
exit 0
