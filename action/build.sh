#!/usr/bin/env bash
# The Action's build step: optionally collects snapshots, then builds the site of a data repository
# with the jar fetch.sh downloaded, through levermap's own launcher (so with its JVM options).
#   LEVERMAP_JAR        the jar to run
#   LEVERMAP_DIRECTORY  the data repository (default: the current folder)
#   LEVERMAP_OUTPUT     the site folder (default: _site)
#   LEVERMAP_BASE_URL   the URL the site is published at (optional)
#   LEVERMAP_COLLECT    project ids to collect first, separated by spaces, or "all" (optional)
#   LEVERMAP_SHARD      with "all", collect only shard I/N of the projects, e.g. 2/4 (optional)
#   LEVERMAP_BUILD      "false": collect only, build no site (default: true)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${LEVERMAP_JAR:?LEVERMAP_JAR names the jar to run}"
export LEVERMAP_JAR
# A runner starts empty and runs each command once: a class data sharing archive would be written at
# some cost and never used, so the launcher makes none here.
export LEVERMAP_CDS="${LEVERMAP_CDS:-off}"
dir="${LEVERMAP_DIRECTORY:-.}"
out="${LEVERMAP_OUTPUT:-_site}"

# The commit time is the build time: the same commit always gives the same site.
if [[ -z "${SOURCE_DATE_EPOCH:-}" ]] && git -C "$dir" rev-parse --verify -q HEAD >/dev/null; then
  SOURCE_DATE_EPOCH="$(git -C "$dir" log -1 --format=%ct)"
  export SOURCE_DATE_EPOCH
fi

if [[ -n "${LEVERMAP_COLLECT:-}" ]]; then
  if [[ "$LEVERMAP_COLLECT" == all ]]; then
    ids=(--all)
  else
    read -r -a ids <<<"$LEVERMAP_COLLECT"
  fi
  [[ -n "${LEVERMAP_SHARD:-}" ]] && ids+=(--shard "$LEVERMAP_SHARD")
  "$here/levermap" collect -C "$dir" "${ids[@]}"
elif [[ -n "${LEVERMAP_SHARD:-}" ]]; then
  echo "::error::the input shard goes with collect: all" >&2
  exit 2
fi

[[ "${LEVERMAP_BUILD:-true}" == false ]] && exit 0

args=(build -C "$dir" -o "$out")
[[ -n "${LEVERMAP_BASE_URL:-}" ]] && args+=(--base-url "$LEVERMAP_BASE_URL")
"$here/levermap" "${args[@]}"
