#!/usr/bin/env bash
# Keeps a study's finished runs in the repository, so a study longer than one machine's life can be continued on
# another: a run is finished exactly when its assessment.json exists, and `wann study` skips such runs.
#
#   scripts/study-archive.sh save STUDY_DIR ARCHIVE_DIR     # copy the outputs and each finished run's small files
#   scripts/study-archive.sh restore ARCHIVE_DIR STUDY_DIR  # copy them back; then run `wann study SUITE --out STUDY_DIR`
#
# Kept per finished run: assessment.json (its outcome), timing.json (its wall time), config.json and champion.json
# (what it ran and found); the study's runs.csv, summary.json, report.md and timings.csv. Not kept: checkpoints,
# metrics.csv and bests.jsonl (megabytes per run; the curve plot then covers only the runs whose metrics are present)
# and unfinished runs (they start again from generation 0 after a restore, with the same result: runs are deterministic).
set -euo pipefail

usage() { echo "usage: $0 save STUDY_DIR ARCHIVE_DIR | restore ARCHIVE_DIR STUDY_DIR" >&2; exit 2; }
[ $# -eq 3 ] || usage
from=$2 to=$3
[ -d "$from" ] || { echo "$from: not a folder" >&2; exit 2; }

case "$1" in
  save)
    mkdir -p "$to"
    for f in runs.csv summary.json report.md timings.csv; do
      [ -f "$from/$f" ] && cp "$from/$f" "$to/$f"
    done
    count=0
    while IFS= read -r -d '' assessment; do
      run=$(dirname "$assessment")
      rel=${run#"$from"/}
      mkdir -p "$to/$rel"
      for f in assessment.json timing.json config.json champion.json; do
        [ -f "$run/$f" ] && cp "$run/$f" "$to/$rel/$f"
      done
      count=$((count + 1))
    done < <(find "$from" -name assessment.json -print0)
    echo "saved $count finished runs to $to"
    ;;
  restore)
    mkdir -p "$to"
    cp -r "$from/." "$to/"
    echo "restored $(find "$from" -name assessment.json | wc -l) finished runs to $to"
    ;;
  *) usage ;;
esac
