#!/usr/bin/env bash
# Wall time of a 20-point sweep locally and on 2- and 3-silo localhost clusters, the fixed cost of a submission and the
# overhead per work item (docs/distributed.md, "Measured on this machine"). Needs a Release build of the simulator.
set -u
B="$(cd "$(dirname "$0")/.." && pwd)/simulator/bin/Release/net10.0/SalesDomain.Simulator"
W=$(mktemp -d); cd "$W"
GRID=(sweep --param '$.salesForce[0].count=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20' --runs 20 --months 6 --json)
PORT=23111
# t OUT ERR COMMAND…: seconds of COMMAND with stdout to OUT and stderr to ERR.
t() { local out=$1 err=$2; shift 2; local s e; s=$(date +%s.%N); "$@" >"$out" 2>"$err"; e=$(date +%s.%N); printf '%.1f' "$(echo "$e - $s" | bc)"; }
start_workers() {
  PIDS=()
  for k in $(seq 0 $(($1 - 1))); do
    "$B" worker --cluster localhost:$PORT --port $((PORT + 2 * k)) >w$k.log 2>&1 & PIDS+=($!)
    [ "$k" = 0 ] && sleep 4
  done
  for _ in $(seq 120); do [ "$(cat w*.log | grep -c ready)" = "$1" ] && break; sleep 0.5; done
}
stop_workers() { kill "${PIDS[@]}"; wait "${PIDS[@]}" 2>/dev/null; rm -f w*.log; }

echo "local sweep: $(t local.json /dev/null "$B" "${GRID[@]}" --out local) s"
for n in 2 3; do
  start_workers $n
  echo "$n-silo sweep: $(t c$n.json c$n.err "$B" "${GRID[@]}" --out c$n --cluster localhost:$PORT) s;" \
       "equal: $(cmp -s local.json c$n.json && cmp -s local/sweep.csv c$n/sweep.csv && echo yes || echo NO)"
  if [ $n = 2 ]; then
    # New seeds each time: a grain keeps its answer, and a repeated key would be answered without running.
    R=(run --months 1 --json --cluster localhost:$PORT)
    echo "1 replication:             $(t /dev/null /dev/null "$B" "${R[@]}" --runs 1 --seed 21) s"
    echo "200 replications, 1 item:  $(t /dev/null /dev/null "$B" "${R[@]}" --runs 200 --batch-runs 200 --seed 22) s"
    echo "200 replications, 200 items: $(t /dev/null /dev/null "$B" "${R[@]}" --runs 200 --batch-runs 1 --seed 23) s"
    echo "local, 1 replication:      $(t /dev/null /dev/null "$B" run --months 1 --json --runs 1 --seed 21) s"
  fi
  stop_workers
done
uptime
rm -rf "$W"
