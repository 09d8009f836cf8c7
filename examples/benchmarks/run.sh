#!/usr/bin/env bash
# Rebuilds the benchmarks and runs the whole comparison (docs/performance.md), then prints the table.
#   examples/benchmarks/run.sh            JMH: notation (a) and its yardstick (a0), analysis (b), ICU (c),
#                                         commonmark (d), regex (e), the analysis yardstick (f),
#                                         at 10 KB / 1 MB / 10 MB, with -prof gc; then the report
#   examples/benchmarks/run.sh --quick    the same with one warm-up and two measured iterations
#   examples/benchmarks/run.sh --pipeline the pipeline's targets (docs/performance.md): analysis of the reference article
#                                         repeated to 400 KB and 4 MB against ICU's sentence iterator in the same run,
#                                         allocation per byte, linearity, Notation.parse (about 4 minutes)
#   examples/benchmarks/run.sh --prose    the fast prose path against the NLP one (ascribe-nlp) on the reference article,
#                                         once and repeated to 400 KB, against ICU's sentence iterator (about 3 minutes)
#   examples/benchmarks/run.sh --corpus   the corpus runs: 1 vs 2 threads on 60 MB in a fixed 2 GB heap (after 20 s
#                                         of warm-up on each), alternating 1,2,1,2,1,2,1 so that each 2-thread run has
#                                         a 1-thread run on each side; then 1 GB under -Xmx256m
# Extra arguments after the mode go to JMH (for example -p size=10000).
set -euo pipefail
cd "$(dirname "$0")/../.."
mode="${1:-}"
[ $# -gt 0 ] && shift
mvn -B -ntp -q package -DskipTests -pl examples/benchmarks -am
jar=examples/benchmarks/target/benchmarks.jar
out=examples/benchmarks/target
if [ "$mode" = "--pipeline" ]; then
  java -jar "$jar" PipelineBenchmark -prof gc -rf csv -rff "$out/pipeline.csv" "$@" 2>&1 | tee "$out/pipeline.log"
  java -cp "$jar" io.github.ascribe.benchmarks.PipelineReport "$out/pipeline.csv" | tee "$out/pipeline.md"
  exit 0
fi
if [ "$mode" = "--prose" ]; then
  java -jar "$jar" ProsePathBenchmark -prof gc -rf csv -rff "$out/prose.csv" "$@" 2>&1 | tee "$out/prose.log"
  exit 0
fi
if [ "$mode" = "--corpus" ]; then
  java -Xms2g -Xmx2g -cp "$jar" io.github.ascribe.benchmarks.CorpusRun "$out/corpus-60m.jsonl" 60000000 1,2,1,2,1,2,1
  java -Xmx256m -cp "$jar" io.github.ascribe.benchmarks.CorpusRun "$out/corpus-1g.jsonl" 1000000000 2
  exit 0
fi
iterations=()
if [ "$mode" = "--quick" ]; then
  iterations=(-wi 1 -i 2 -w 2 -r 3)
elif [ -n "$mode" ]; then
  set -- "$mode" "$@"
fi
java -jar "$jar" -prof gc -rf csv -rff "$out/jmh.csv" "${iterations[@]}" "$@" 2>&1 | tee "$out/jmh.log"
java -cp "$jar" io.github.ascribe.benchmarks.Report "$out/jmh.csv" | tee "$out/report.md"
