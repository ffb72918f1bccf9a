#!/usr/bin/env bash
# Recomputes, with plain git, the figures levermap writes into a snapshot, so that anyone can check
# a report. Usage: docs/recompute.sh GIT_DIR BRANCH DATE
#   GIT_DIR  the repository (a bare one, or the .git of a clone)
#   BRANCH   the branch of the snapshot's provenance (e.g. main)
#   DATE     the snapshot date, YYYY-MM-DD (days are UTC)
# Needs git 2.33 or later, awk, sort, uniq and GNU date. Prints one "key: value" line per figure.
set -eu  # not pipefail: awk exit and head end pipes early on purpose
export LC_ALL=C TZ=UTC  # byte order for sort, UTC days for dates
g() { git --git-dir="$1" "${@:2}"; }
dir="$1" branch="$2" day="$3"
end=$(date -u -d "$day + 1 day" +%s)            # first second after the snapshot date
start=$(date -u -d "$day - 364 days" +%s)        # first second of the 365-day window

# The snapshot's commit: the last commit of the first-parent line committed on or before the date.
commit=$(g "$dir" rev-list --first-parent --format='%ct %H' --no-commit-header "$branch" |
         awk -v e="$end" '$1 < e { print $2; exit }')
echo "commit: $commit"
echo "commit_date: $(g "$dir" log -1 --format=%cd --date=format-local:%Y-%m-%d "$commit")"

# Identities as git prints them: .mailmap of the snapshot's commit applied (%aE, %aN), e-mail lower-cased.
mm=(-c mailmap.file=/dev/null -c "mailmap.blob=$commit:.mailmap")
bots=$'\\[bot\\]|(^|[\t+])(dependabot|dependabot-preview|renovate|renovate-bot|renovatebot|github-actions|greenkeeper|greenkeeperio-bot|snyk-bot|mergify|pre-commit-ci|imgbot|imgbotapp|allcontributors|all-contributors|codecov|codecov-io|k8s-ci-robot|k8s-merge-robot|semantic-release-bot|copybara-service|pyup-bot|whitesource-bolt|deepsource-autofix|web-flow|bors|bors-ng|homu|gitter-badger|transifex-integration|weblate|crowdin-bot)(@|\t|$)|(^|[-_ \t+])bot(@|\t|$)'  # BotRule: [bot], known automation accounts, a name or login ending in bot
authors() {  # commits in the window reachable from the commit, merges left out: "email<TAB>name"
  g "$dir" "${mm[@]}" log --no-merges --format='%ct%x09%aE%x09%aN' "$commit" |
    awk -F'\t' -v s="$start" -v e="$end" '$1 >= s && $1 < e { print tolower($2) "\t" $3 }'
}
echo "concentration.commits: $(authors | grep -Eiv "$bots" | wc -l)"
echo "concentration.bot_commits: $(authors | grep -Ei "$bots" | wc -l)"
echo "concentration.authors: $(authors | grep -Eiv "$bots" | cut -f1 | sort -u | wc -l)"
echo "concentration.bot_authors: $(authors | grep -Ei "$bots" | cut -f1 | sort -u | wc -l)"
echo "concentration.bus_factor: $(authors | grep -Eiv "$bots" | cut -f1 | sort | uniq -c | sort -rn |
  awk '{ c[NR] = $1; t += $1 } END { for (i = 1; i <= NR; i++) { s += c[i]; if (2 * s >= t) { print i; exit } } print 0 }')"
echo "concentration.identities (the 10 largest):"
authors | grep -Eiv "$bots" | cut -f1 | sort | uniq -c | sort -k1,1nr -k2,2 | head -10 | sed 's/^/  /'
echo "concentration.domains (before actors and mail providers):"
authors | grep -Eiv "$bots" | cut -f1 | sed 's/.*@//' | sort | uniq -c | sort -k1,1nr -k2,2 | head -10 | sed 's/^/  /'

# Who merges: committers of first-parent merges in the window; GitHub web merges credit the author.
echo "mergers:"
g "$dir" "${mm[@]}" log --first-parent --merges --format='%ct%x09%cE%x09%aE' "$commit" |
  awk -F'\t' -v s="$start" -v e="$end" '$1 >= s && $1 < e { m = tolower($2); if (m == "noreply@github.com") m = tolower($3); print m }' |
  sort | uniq -c | sort -k1,1nr -k2,2 | sed 's/^/  /'

# DCO: the 1000 newest non-merge commits (committer date, then id) with a Signed-off-by trailer.
sample=$(g "$dir" log --no-merges --format='%ct %H %(trailers:key=Signed-off-by,separator=%x20)' "$commit" |
  sort -k1,1nr -k2,2 | head -n 1000)
echo "terms.dco_sampled: $(printf '%s\n' "$sample" | grep -c .)"
echo "terms.dco_signed_off: $(printf '%s\n' "$sample" | awk 'NF > 2' | wc -l)"

# Signatures on the first-parent line in the window (a gpgsig header, whatever the key).
g "$dir" log --first-parent --pretty=raw "$commit" |
  awk -v s="$start" -v e="$end" '
    /^commit / { if (n) done(); n = 1; signed = 0; t = 0 }
    /^committer / { t = $(NF - 1) }
    /^gpgsig/ { signed = 1 }
    function done() { if (t >= s && t < e) { total++; signs += signed } }
    END { if (n) done(); printf "stewardship.signed_commits: %d of %d\n", signs, total }'

# Tags dated on or before the snapshot date, and those carrying a signature.
g "$dir" for-each-ref refs/tags --format='%(creatordate:unix) %(if)%(contents:signature)%(then)signed%(else)-%(end) %(refname:short)' |
  awk -v e="$end" '$1 != "" && $1 < e { n++; if ($2 == "signed") s++ } END { printf "stewardship.tags: %d\nstewardship.signed_tags: %d\n", n, s }'

# License files at the commit and every change of them along the first-parent line.
echo "license.files: $(g "$dir" ls-tree --name-only "$commit" | grep -Ei '^(un)?licen[cs]e|^copying|[-_]licen[cs]e' | tr '\n' ' ')"
echo "license.history (first-parent commits changing root license files; merges list the side commit):"
g "$dir" log --first-parent --format='%H %cd %P' --date=format-local:%Y-%m-%d "$commit" -- \
    ':(icase,glob)licen[cs]e*' ':(icase,glob)copying*' ':(icase,glob)unlicen[cs]e*' ':(icase,glob)*[-_]licen[cs]e*' |
  while read -r h d p1 p2; do
    if [ -n "${p2:-}" ]; then
      side=$(g "$dir" log -1 --format=%H "$p1..$p2" -- ':(icase,glob)licen[cs]e*' ':(icase,glob)copying*' ':(icase,glob)unlicen[cs]e*')
      echo "  $d ${side:-$h} via $h"
    else
      echo "  $d $h"
    fi
  done | sort
