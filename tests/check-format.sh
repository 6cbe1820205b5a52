#!/usr/bin/env bash
# Checks the C++ lines changed since BASE against .clang-format, so new code follows it without a whole-tree reformat.
#   tests/check-format.sh [BASE]     exit 0: formatted; 1: prints the diff clang-format wants; 2: cannot check
# BASE defaults to $ALS_FORMAT_BASE, else the commit that added .clang-format (every line written since is
# checked), else HEAD (only the uncommitted changes). Uncommitted changes to tracked files are always included.
# To fix what it reports: stage the changes, then git-clang-format-14 --binary clang-format-14 BASE (those lines only).
set -euo pipefail
cd "$(dirname "$0")/.."

formatter=
for candidate in clang-format-14 clang-format; do
    if command -v "$candidate" >/dev/null; then
        formatter=$(command -v "$candidate")
        break
    fi
done
git_clang_format=
for candidate in git-clang-format-14 git-clang-format; do
    if command -v "$candidate" >/dev/null; then
        git_clang_format=$(command -v "$candidate")
        break
    fi
done
if [ -z "$formatter" ] || [ -z "$git_clang_format" ]; then
    echo "check-format: clang-format and git-clang-format are needed (Debian: apt-get install clang-format-14)" >&2
    exit 2
fi
# Another major version lays some lines out differently; .clang-format was measured with 14.
version=$("$formatter" --version | sed -n 's/.*version \([0-9]*\).*/\1/p')
if [ "$version" != 14 ]; then
    echo "check-format: note: $formatter is version $version; .clang-format was written for 14" >&2
fi

base=${1:-${ALS_FORMAT_BASE:-}}
if [ -z "$base" ]; then
    base=$(git log --diff-filter=A --format=%H -1 -- .clang-format)
    base=${base:-HEAD}
fi
if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
    echo "check-format: no commit '$base' here (a shallow clone? fetch more history or pass a BASE)" >&2
    exit 2
fi

echo "check-format: C++ lines changed since $(git rev-parse --short "$base")"
# git-clang-format 14 exits 0 whether or not it has something to say: its diff is the answer.
out=$("$git_clang_format" --binary "$formatter" --style file --extensions cpp,h --diff "$base" -- app ui tests bench \
    2>&1) || {
    printf '%s\n' "$out" >&2
    exit 2
}
if grep -q '^diff --git' <<<"$out"; then
    printf '%s\n' "$out"
    echo "check-format: the lines above are not formatted as .clang-format says; stage your changes, then run:" >&2
    echo "    $(basename "$git_clang_format") --binary $formatter $(git rev-parse --short "$base")" >&2
    exit 1
fi
echo "check-format: ok"
