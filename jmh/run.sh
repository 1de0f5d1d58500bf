#!/usr/bin/env bash
# Runs the short benchmark suite (about ten minutes on 2 cores, most of it JIT warm-up) and prints one Markdown table.
#
#   jmh/run.sh                         # everything, short settings
#   jmh/run.sh 'HtmlBenchmark'         # a subset (any JMH option or regex may follow;
#   jmh/run.sh -i 5 -r 2s              #  options given here replace the short defaults)
#   NEWSCLEAN_CORPUS=/path/to/corpus jmh/run.sh
#
# The corpus is found through -Dnewsclean.corpus (from NEWSCLEAN_CORPUS), else ../shared/corpus
# from the repository root. JMH's log goes to jmh/target/jmh-run.log, its JSON to
# jmh/target/jmh-result.json.
set -euo pipefail

if [ "${1:-}" = "--help" ]; then
  sed -n '2,11s/^# \{0,1\}//p' "$0"
  exit 0
fi

cd "$(dirname "$0")/.."

JAR=jmh/target/benchmarks.jar
OUT=jmh/target/jmh-result.json
LOG=jmh/target/jmh-run.log

if [ ! -f "$JAR" ] || [ -n "$(find cleaner/src corpus/src jmh/src jmh/pom.xml cleaner/pom.xml corpus/pom.xml pom.xml -newer "$JAR" -print -quit)" ]; then
  echo "building $JAR ..." >&2
  mvn -q -o -pl jmh -am package -DskipTests >&2
fi

JAVA_OPTS=()
if [ -n "${NEWSCLEAN_CORPUS:-}" ]; then
  JAVA_OPTS+=("-Dnewsclean.corpus=$NEWSCLEAN_CORPUS")
fi

# the short settings, each unless the caller gave that option
OPTS=()
for kv in "-f 1" "-wi 2" "-w 1s" "-i 3" "-r 1s"; do
  flag=${kv%% *}
  given=no
  for a in "$@"; do
    if [ "$a" = "$flag" ]; then given=yes; fi
  done
  if [ $given = no ]; then OPTS+=($kv); fi
done

echo "running the benchmarks (log: $LOG) ..." >&2
if ! java "${JAVA_OPTS[@]}" -jar "$JAR" "${OPTS[@]}" -prof gc -rf json -rff "$OUT" "$@" >"$LOG" 2>&1; then
  tail -40 "$LOG" >&2
  exit 1
fi

model=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
jv=$(java -version 2>&1 | head -1)
echo "Machine: $(nproc) cores, ${model:-unknown CPU}, $jv, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
java -cp "$JAR" org.newsclean.jmh.Table "$OUT"
