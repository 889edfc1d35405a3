# bash completion for parallax-cli                      -*- shell-script -*-
#
# Copyright 2026 The Parallax Authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installed as bash-completion's completions/parallax-cli, loaded on first
# use. tests/test-completion.sh checks it against every command's --help.

_parallax_cli ()
{
  local cur prev words cword
  local commands="align export figures segment"
  local cmd options

  if declare -F _init_completion >/dev/null 2>&1; then
    # -s splits --option=value into the option and the value.
    _init_completion -s || return
  else
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
    cur=${words[cword]}
    prev=${words[cword - 1]}
    # Without bash-completion, '=' is a word of its own.
    if [ "$cur" = "=" ]; then
      cur=""
    fi
    if [ "$prev" = "=" ] && [ "$cword" -ge 2 ]; then
      prev=${words[cword - 2]}
    fi
  fi

  COMPREPLY=()

  if [ "$cword" -le 1 ]; then
    case $cur in
      -*) COMPREPLY=($(compgen -W "--help --version" -- "$cur")) ;;
      *) COMPREPLY=($(compgen -W "$commands" -- "$cur")) ;;
    esac
    return 0
  fi

  cmd=${words[1]}
  case $cmd in
    segment|figures) options="--format --max-size --help" ;;
    align) options="--threshold --format --max-size --help" ;;
    export) options="--output --paper --portrait --landscape --title --classroom --threshold --max-size --help" ;;
    *) return 0 ;;
  esac

  case $prev in
    -f|--format)
      COMPREPLY=($(compgen -W "text json" -- "$cur"))
      return 0
      ;;
    --paper)
      COMPREPLY=($(compgen -W "a4 letter" -- "$cur"))
      return 0
      ;;
    -o|--output)
      _parallax_cli_files "$cur"
      return 0
      ;;
    -t|--threshold|--max-size|--title)
      # A number or free text: nothing to offer.
      return 0
      ;;
  esac

  case $cur in
    -*) COMPREPLY=($(compgen -W "$options" -- "$cur")) ;;
    *) _parallax_cli_files "$cur" ;;
  esac
  return 0
}

# Article files and folders (or, after --output, the file to write).
_parallax_cli_files ()
{
  if declare -F _filedir >/dev/null 2>&1; then
    _filedir
  else
    compopt -o filenames 2>/dev/null
    local IFS=$'\n'
    COMPREPLY=($(compgen -f -- "$1"))
  fi
}

complete -F _parallax_cli parallax-cli
