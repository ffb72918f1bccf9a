#!/usr/bin/env bash
# The Action's first step: downloads levermap.jar of one release and checks it against the SHA-256
# published beside it. A jar that does not match is never run.
#   LEVERMAP_VERSION   the release tag, e.g. v0.2.0 (required)
#   LEVERMAP_DOWNLOAD  the URL the release assets are under, without the tag
#                      (https://github.com/OWNER/REPO/releases/download)
#   LEVERMAP_HOME      the folder to put the jar in
# Prints the jar's path as the step output `jar` when GITHUB_OUTPUT is set.
set -euo pipefail
: "${LEVERMAP_VERSION:?the Action needs the input version: the levermap release to run, e.g. v0.2.0}"
: "${LEVERMAP_DOWNLOAD:?the Action could not tell which repository it comes from: set its input repository}"
: "${LEVERMAP_HOME:?LEVERMAP_HOME names the folder to put the jar in}"
case "$LEVERMAP_VERSION" in
  v[0-9]*) ;;
  *) echo "::error::version must be a release tag such as v0.2.0, not '$LEVERMAP_VERSION'" >&2; exit 2 ;;
esac

mkdir -p "$LEVERMAP_HOME"
cd "$LEVERMAP_HOME"
url="$LEVERMAP_DOWNLOAD/$LEVERMAP_VERSION"
curl --fail --silent --show-error --location --retry 3 -o levermap.jar "$url/levermap.jar"
curl --fail --silent --show-error --location --retry 3 -o levermap.jar.sha256 "$url/levermap.jar.sha256"
# The checksum file is sha256sum's own format: "<hash>  levermap.jar".
if ! sha256sum --check --status levermap.jar.sha256; then
  echo "::error::levermap.jar from $url does not match its published SHA-256" >&2
  exit 1
fi
# Each run downloads the jar anew, and levermap keys the caches that outlive a run (the history index,
# the trees' license files, the launcher's class data sharing archive; restored by actions/cache) by the
# jar's path, size and time: with the download's time every run would start them afresh. The time
# stands for the content instead, the same for the same release in every run.
touch -d "@$((1000000000 + 16#$(cut -c1-7 levermap.jar.sha256)))" levermap.jar
echo "levermap $LEVERMAP_VERSION: $(cut -d' ' -f1 levermap.jar.sha256)"
if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  echo "jar=$LEVERMAP_HOME/levermap.jar" >>"$GITHUB_OUTPUT"
fi
