#!/bin/bash
# tests/test-completion.sh COMPLETION PARALLAX-CLI
#
# Sources the bash completion as bash-completion would load it, completes a
# few partial command lines by calling the function with COMP_WORDS and
# COMP_CWORD, and checks that every option of every command's --help is
# offered. Exits 1 on the first mismatch of any check, after running them all.
set -u

completion=$1
cli=$2
failed=0
checks=0

# The real loader when installed (it defines _init_completion and _filedir);
# the completion also works without it, and is tested either way.
if [ "${WITHOUT_BASH_COMPLETION:-}" = "" ] && [ -r /usr/share/bash-completion/bash_completion ]; then
  . /usr/share/bash-completion/bash_completion
fi
. "$completion"

# complete_line "WORD WORD ... PARTIAL": the words of the line, the last one
# being completed (use '' for an empty last word). Sets $reply, one per line.
complete_line () {
  COMP_WORDS=("$@")
  COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _parallax_cli parallax-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  reply=$(printf '%s\n' "${COMPREPLY[@]}" | sort)
}

expect () {
  local want=$1
  shift
  checks=$((checks + 1))
  complete_line "$@"
  want=$(printf '%s\n' $want | sort)
  if [ "$reply" = "$want" ]; then
    echo "ok $checks - $*"
  else
    echo "not ok $checks - $*: got [$(echo $reply)], want [$(echo $want)]"
    failed=1
  fi
}

expect_contains () {
  local want=$1
  shift
  checks=$((checks + 1))
  complete_line "$@"
  if printf '%s\n' "$reply" | grep -qxF -- "$want"; then
    echo "ok $checks - $* offers $want"
  else
    echo "not ok $checks - $*: [$(echo $reply)] lacks $want"
    failed=1
  fi
}

expect "align export figures segment" parallax-cli ''
expect "align" parallax-cli al
expect "export" parallax-cli ex
expect "--help --version" parallax-cli --
expect "--format" parallax-cli align --f
expect "--paper --portrait" parallax-cli export --p
expect "json text" parallax-cli segment --format ''
expect "json" parallax-cli figures -f j
expect "a4 letter" parallax-cli export --paper ''
expect "" parallax-cli align --threshold ''
expect "" parallax-cli nosuchcommand ''

# Files and folders for the paths and for --output.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/articles"
touch "$dir/article-one.txt" "$dir/article-two.html" "$dir/other.md"
expect "$dir/article-one.txt $dir/article-two.html $dir/articles" parallax-cli align "$dir/art"
expect "$dir/articles" parallax-cli segment "$dir/articles"
expect "$dir/other.md" parallax-cli export --output "$dir/o"

# Every option that a command's --help lists must be offered.
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
if [ -z "$commands" ]; then
  echo "not ok - no commands found in parallax-cli --help"
  failed=1
fi
for command in $commands; do
  expect_contains "$command" parallax-cli "$command"
  for option in $("$cli" "$command" --help | grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+'); do
    expect_contains "$option" parallax-cli "$command" --
  done
done

echo "1..$checks"
exit $failed
