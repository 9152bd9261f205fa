#!/usr/bin/env bash
# bench.sh: the end-to-end benchmark harness (issue 7, docs/performance.md).
#
# Builds a corpus of BENCH_MB MB by repeating seeds/ with varied ids and
# dates in a temporary directory (removed on exit, never committed), then
# measures on that same corpus, one program at a time:
#   (a) raw gse, the same dictionary, a plain loop over the lines of every
#       document: the pipeline's mode (shortest path, no HMM) and gse's
#       precise mode with HMM (on the first BENCH_HMM_MB MB: it is slow);
#       plus pipeline/segment alone, the segmenter the pipeline now uses;
#   (b) nodejieba (cppjieba), precise mode with HMM, when `require('nodejieba')`
#       works (set NODE_PATH to its node_modules); skipped with a message if not;
#   (c) `extract run` end to end writing Parquet, --jobs 1 and --jobs BENCH_JOBS.
# and prints MB/s, documents/s, peak RSS, start-up times and the ratios
# (c)/(a) and (c)/(b). Timing is wall-clock on a possibly shared machine:
# run it on a quiet one, and read docs/performance.md for what it measured.
#
# nodejieba is never a dependency of the project; install it for yourself
# into a cache directory, which this script finds by default:
#   npm_config_yes=true npm install --prefix ~/.cache/extract-bench nodejieba
#
# Environment: BENCH_MB (default 200), BENCH_HMM_MB (default 20),
# BENCH_JOBS (default: nproc), EXTRACT (default bin/extract, built if
# missing), BENCH_KEEP=1 keeps the temporary directory, BENCH_SKIP_E2E=1
# skips (c) for a quick look at the segmenters.
set -euo pipefail
cd "$(dirname "$0")/.."

MB=${BENCH_MB:-200}
HMM_MB=${BENCH_HMM_MB:-20}
JOBS=${BENCH_JOBS:-$(nproc)}
EXTRACT=${EXTRACT:-bin/extract}
TIME=/usr/bin/time
jieba_cache=${XDG_CACHE_HOME:-$HOME/.cache}/extract-bench/node_modules
if [ -z "${NODE_PATH:-}" ] && [ -d "$jieba_cache" ]; then
	export NODE_PATH=$jieba_cache
fi

if [ ! -x "$TIME" ]; then
	echo "bench: $TIME (GNU time) is needed for peak RSS: apt-get install -y time" >&2
	exit 1
fi
if [ ! -x "$EXTRACT" ]; then
	go build -o "$EXTRACT" ./cmd/extract
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/extract-bench.XXXXXX")
if [ "${BENCH_KEEP:-}" = 1 ]; then
	echo "bench: keeping $tmp"
else
	trap 'rm -rf "$tmp"' EXIT
fi

go build -o "$tmp/benchcorpus" ./cmd/benchcorpus
"$tmp/benchcorpus" make -mb "$MB" -seeds seeds -out "$tmp/corpus"
docs=$(sed -n 's/.*"documents":\([0-9]*\).*/\1/p' "$tmp/corpus.json")
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(go version | cut -d' ' -f3)"
echo

# results: name mbps docs_per_s rss_mb startup_s cpu_mbps
: >"$tmp/results"

# key VALUE from a "k=v k=v" line
kv() { sed -n "s/.*\b$1=\([0-9.]*\).*/\1/p" "$2" | tail -1; }

# measure NAME CMD...: runs a segmentation loop that prints mbps= docs_per_s= startup= on stderr
measure() {
	local name=$1
	shift
	if ! "$TIME" -f 'rss_kb=%M wall=%e' -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err"; then
		echo "$name: failed"
		cat "$tmp/err" >&2
		return 1
	fi
	cat "$tmp/out"
	echo "$name $(kv mbps "$tmp/err") $(kv docs_per_s "$tmp/err") $(($(kv rss_kb "$tmp/time") / 1024)) $(kv startup "$tmp/err") $(kv cpu_mbps "$tmp/err")" >>"$tmp/results"
}

echo "== (a) raw gse, same dictionary, plain loop over lines"
measure gse-dag "$tmp/benchcorpus" segment -mode gse-dag "$tmp/corpus"
measure gse-hmm "$tmp/benchcorpus" segment -mode gse-hmm -limit-mb "$HMM_MB" "$tmp/corpus"
measure segment "$tmp/benchcorpus" segment -mode ours "$tmp/corpus"
echo

echo "== (b) nodejieba (cppjieba), precise mode with HMM"
if node -e "require('nodejieba')" >/dev/null 2>&1; then
	measure nodejieba node scripts/bench_jieba.js "$tmp/corpus" "$docs"
else
	echo "nodejieba: not installed, skipped (npm_config_yes=true npm install --prefix ~/.cache/extract-bench nodejieba, or set NODE_PATH)"
fi
echo

# start-up: the whole program over an empty directory (dictionary + segmenter + process)
mkdir "$tmp/empty"
"$TIME" -f 'wall=%e' -o "$tmp/time" "$EXTRACT" run --quiet --out "$tmp/out-empty" "$tmp/empty"
startup=$(kv wall "$tmp/time")

if [ "${BENCH_SKIP_E2E:-}" != 1 ]; then
	echo "== (c) extract run end to end, Parquet"
	bytes=$(sed -n 's/.*"bytes":\([0-9]*\).*/\1/p' "$tmp/corpus.json")
	for j in 1 "$JOBS"; do
		rm -rf "$tmp/out"
		"$TIME" -f 'rss_kb=%M wall=%e user=%U sys=%S' -o "$tmp/time" "$EXTRACT" run --quiet --jobs "$j" --out "$tmp/out" "$tmp/corpus"
		wall=$(kv wall "$tmp/time")
		cpu=$(awk -v u="$(kv user "$tmp/time")" -v s="$(kv sys "$tmp/time")" 'BEGIN { print u + s }')
		cmbps=$(awk -v b="$bytes" -v c="$cpu" 'BEGIN { printf "%.3f", b / 1e6 / c }')
		rss=$(($(kv rss_kb "$tmp/time") / 1024))
		mbps=$(awk -v b="$bytes" -v w="$wall" 'BEGIN { printf "%.3f", b / 1e6 / w }')
		dps=$(awk -v d="$docs" -v w="$wall" 'BEGIN { printf "%.1f", d / w }')
		echo "extract --jobs $j: $docs docs, $((bytes / 1000000)) MB in ${wall}s (start-up included): $mbps MB/s, $dps docs/s, peak RSS ${rss} MB, ${cpu} CPU-s: $cmbps MB per CPU-second"
		echo "extract-j$j $mbps $dps $rss $startup $cmbps" >>"$tmp/results"
	done
	echo
fi

echo "== summary (MB/s wall-clock; RSS in MB; start-up in s; MB per CPU-second, which other load on the machine does not skew)"
awk -v startup="$startup" -v jobs="$JOBS" '
	{ mbps[$1] = $2; dps[$1] = $3; rss[$1] = $4; up[$1] = $5; cmb[$1] = $6; order[++n] = $1 }
	function ratio(a, b) { return (b in mbps && a in mbps && mbps[b] > 0) ? sprintf("%.2f", mbps[a] / mbps[b]) : "n/a" }
	function cratio(a, b) { return (b in cmb && a in cmb && cmb[b] > 0) ? sprintf("%.2f", cmb[a] / cmb[b]) : "n/a" }
	END {
		printf "%-12s %10s %10s %8s %9s %10s\n", "run", "MB/s", "docs/s", "RSS", "start-up", "MB/CPU-s"
		for (i = 1; i <= n; i++) { k = order[i]; printf "%-12s %10s %10s %8s %9s %10s\n", k, mbps[k], dps[k], rss[k], up[k], cmb[k] }
		print ""
		printf "extract start-up (empty input, whole process): %ss\n", startup
		if ("extract-j1" in mbps) {
			jn = "extract-j" jobs
			printf "(c)/(a) extract --jobs 1 / gse-dag: %s (per CPU-s %s)   / gse-hmm: %s (per CPU-s %s)\n", ratio("extract-j1", "gse-dag"), cratio("extract-j1", "gse-dag"), ratio("extract-j1", "gse-hmm"), cratio("extract-j1", "gse-hmm")
			printf "(c)/(b) extract --jobs 1 / nodejieba: %s (per CPU-s %s)   extract --jobs %s / nodejieba: %s\n", ratio("extract-j1", "nodejieba"), cratio("extract-j1", "nodejieba"), jobs, ratio(jn, "nodejieba")
			printf "scaling --jobs %s / --jobs 1: %s\n", jobs, ratio(jn, "extract-j1")
		}
	}' "$tmp/results"
