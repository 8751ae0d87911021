#!/usr/bin/env bash
# The seed-1 reference set: the runs a refactor must leave byte-identical (champion.json, metrics.csv,
# checkpoint.json, bests.jsonl). Build the engine before and after a change, run this with each build, and compare.
#
#   scripts/reference-set.sh run BIN_DIR OUT_DIR      # BIN_DIR holds wann.dll (dotnet build src/Wann.Cli -c Release -o BIN_DIR)
#   scripts/reference-set.sh compare OLD_DIR NEW_DIR  # cmp every file; exit 1 when one differs or is missing
#
# About 6 minutes on 2 cores: the paper's swing-up run (1,024 generations), swing-up 128 generations with a
# checkpoint every 32, cartpole 64, double-pole NEAT 64 and car racing 64 generations.
set -uo pipefail
cd "$(dirname "$0")/.."

runs=(
  "swingup-full|experiments/swingup-paper.json|"
  "swingup-128|experiments/swingup-paper.json|--generations 128 --checkpoint-every 32"
  "cartpole-64|experiments/cartpole.json|--generations 64"
  "doublepole-neat-64|experiments/doublepole-neat.json|--generations 64"
  "carracing-64|experiments/carracing.json|--generations 64"
)
files=(champion.json metrics.csv checkpoint.json bests.jsonl)

usage() { echo "usage: $0 run BIN_DIR OUT_DIR | compare OLD_DIR NEW_DIR" >&2; exit 2; }

case "${1:-}" in
  run)
    [ $# -eq 3 ] || usage
    bin=$2 out=$3
    [ -f "$bin/wann.dll" ] || { echo "$bin/wann.dll: not found (build with: dotnet build src/Wann.Cli/Wann.Cli.csproj -c Release -o $bin)" >&2; exit 2; }
    mkdir -p "$out"
    for entry in "${runs[@]}"; do
      IFS='|' read -r name config flags <<< "$entry"
      rm -rf "${out:?}/$name"
      start=$(date +%s)
      # shellcheck disable=SC2086 # flags are words
      dotnet "$bin/wann.dll" run "$config" --seed 1 --threads 2 --out "$out/$name" $flags > "$out/$name.log" 2>&1 \
        || { echo "$name: wann run failed (see $out/$name.log)" >&2; exit 1; }
      echo "$name: $(( $(date +%s) - start )) s"
    done
    ;;
  compare)
    [ $# -eq 3 ] || usage
    old=$2 new=$3 differ=0 same=0
    for entry in "${runs[@]}"; do
      name=${entry%%|*}
      for f in "${files[@]}"; do
        if [ ! -f "$old/$name/$f" ] && [ ! -f "$new/$name/$f" ]; then continue; fi
        if cmp -s "$old/$name/$f" "$new/$name/$f"; then same=$((same + 1)); else differ=$((differ + 1)); echo "differs: $name/$f"; fi
      done
    done
    echo "reference set: $((same + differ)) files, $differ differ"
    [ "$differ" -eq 0 ] || exit 1
    ;;
  *) usage ;;
esac
