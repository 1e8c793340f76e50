#!/usr/bin/env bash
# Gateway overhead: the same GET served directly by a backend and through the gateway, measured
# side by side (alternating rounds, one run) at a fixed concurrency with wrk. Prints throughput
# ratio, added median and p99 latency, and the peak RSS (VmHWM) of the gateway and the backend.
#
#   gateway/bench/run.sh                      # defaults below
#   CONNECTIONS=32 ROUNDS=5 gateway/bench/run.sh
#
# Against a running platform (e.g. the launcher's) instead of the built-in stand-in backend:
#   DIRECT_URL=http://localhost:8082/api/v1/centres VIA_URL=http://localhost:8080/arnhem/api/v1/centres \
#   TOKEN=<access token of an Arnhem user> RSS_PORTS="8080 8081 8082 8083" gateway/bench/run.sh
# (the direct request gets the same token and Trefpunt-Tenant: arnhem, as the gateway would send).
#
# GATEWAY_CPUS=1 OTHER_CPUS=0 gives the gateway CPUs of its own, as in production where it runs on
# its own nodes: the gateway process is pinned to GATEWAY_CPUS, every other Java and PostgreSQL
# process and wrk to OTHER_CPUS (taskset; undone at exit). Without them all share every core.
#
# Needs wrk (apt-get install -y wrk) and a JDK 17+. Builds the gateway jar if it is missing.
set -euo pipefail

CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-60s}
ROUNDS=${ROUNDS:-3}
GATEWAY_JAVA_OPTS=${GATEWAY_JAVA_OPTS:--Xmx256m}
BACKEND_JAVA_OPTS=${BACKEND_JAVA_OPTS:--Xmx256m}

cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }

BACKEND_PID=""; GATEWAY_PID=""; PINNED=""
pid_on_port() { ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
cleanup() {
  for pid in $PINNED; do taskset -apc "0-$(($(nproc --all) - 1))" "$pid" >/dev/null 2>&1 || true; done
  [[ -n $GATEWAY_PID ]] && kill "$GATEWAY_PID" 2>/dev/null || true
  [[ -n $BACKEND_PID ]] && kill "$BACKEND_PID" 2>/dev/null || true
}
trap cleanup EXIT
WORK=$(mktemp -d)

if [[ -n ${DIRECT_URL:-} && -n ${VIA_URL:-} && -n ${TOKEN:-} ]]; then
  echo "Measuring a running platform: $DIRECT_URL vs $VIA_URL"
else
  JAR=gateway/target/gateway-0.1.0-SNAPSHOT.jar
  if [[ ! -f $JAR || ! -f gateway/target/test-classes/nl/trefpunt/gateway/bench/BenchBackend.class ]]; then
    echo "Building the gateway..."
    ./mvnw -B -q -pl gateway package -DskipTests
  fi
  ./mvnw -B -q -pl gateway dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath" >/dev/null


  java $BACKEND_JAVA_OPTS -cp "gateway/target/test-classes:$(cat "$WORK/classpath")" \
    nl.trefpunt.gateway.bench.BenchBackend >"$WORK/backend.out" 2>"$WORK/backend.err" &
  BACKEND_PID=$!
  for _ in $(seq 1 100); do grep -q '^PID=' "$WORK/backend.out" 2>/dev/null && break; sleep 0.2; done
  value() { grep "^$1=" "$WORK/backend.out" | head -1 | cut -d= -f2-; }
  BACKEND_PORT=$(value PORT); ISSUER=$(value ISSUER); JWKS=$(value JWKS); TOKEN=$(value TOKEN)
  [[ -n $BACKEND_PORT ]] || { echo "Backend did not start:"; cat "$WORK/backend.err"; exit 1; }
  BACKEND=http://127.0.0.1:$BACKEND_PORT

  GATEWAY_PORT=${GATEWAY_PORT_OVERRIDE:-18480}
  java $GATEWAY_JAVA_OPTS -jar "$JAR" \
    --server.port="$GATEWAY_PORT" \
    --trefpunt.services.tenant-url="$BACKEND" \
    --trefpunt.services.core-url="$BACKEND" \
    --trefpunt.services.reservation-url="$BACKEND" \
    --trefpunt.keycloak.url="$BACKEND" \
    --trefpunt.keycloak.issuer="$ISSUER" \
    --trefpunt.keycloak.jwk-set-uri="$JWKS" \
    --trefpunt.rate-limit.replenish-rate=1000000 \
    --trefpunt.rate-limit.burst-capacity=1000000 \
    >"$WORK/gateway.log" 2>&1 &
  GATEWAY_PID=$!
  GATEWAY=http://127.0.0.1:$GATEWAY_PORT
  for _ in $(seq 1 300); do
    curl -fs "$GATEWAY/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$GATEWAY_PID" 2>/dev/null || { echo "Gateway did not start:"; tail -50 "$WORK/gateway.log"; exit 1; }
    sleep 0.5
  done

  DIRECT_URL="$BACKEND/api/v1/centres"
  VIA_URL="$GATEWAY/arnhem/api/v1/centres"
  for _ in $(seq 1 10); do # the first request may meet a cold JVM
    check=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$VIA_URL")
    [[ $check == 200 ]] && break
    sleep 2
  done
  [[ $check == 200 ]] || { echo "Gateway answered $check for $VIA_URL"; tail -30 "$WORK/gateway.log"; exit 1; }

fi

# wrk's latency figures in milliseconds: "50% 1.23ms" / "812.00us" / "1.02s".
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.3f", v}'; }
measure() { # url seconds -> "rps p50 p99"
  local out; out=$("${WRK[@]}" -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency \
    -H "Authorization: Bearer $TOKEN" -H "Trefpunt-Tenant: arnhem" "$1")
  local rps p50 p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out" | to_ms)
  p99=$(awk '$1=="99%" {print $2}' <<<"$out" | to_ms)
  local errors; errors=$(awk '/Non-2xx|Socket errors/' <<<"$out")
  [[ -z $errors ]] || echo "  wrk reported: $errors" >&2
  echo "$rps $p50 $p99"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

WRK=(wrk)
if [[ -n ${GATEWAY_CPUS:-} ]]; then
  : "${OTHER_CPUS:?set OTHER_CPUS as well as GATEWAY_CPUS}"
  via_port=$(sed -E 's#^[a-z]+://[^/:]+:([0-9]+).*#\1#' <<<"$VIA_URL")
  gateway_pid=${GATEWAY_PID:-$(pid_on_port "$via_port")}
  [[ -n $gateway_pid ]] || { echo "No gateway process listens on port $via_port" >&2; exit 1; }
  for pid in $(pgrep -f 'java|postgres'); do
    [[ $pid == "$gateway_pid" ]] && continue
    taskset -apc "$OTHER_CPUS" "$pid" >/dev/null 2>&1 && PINNED="$PINNED $pid"
  done
  taskset -apc "$GATEWAY_CPUS" "$gateway_pid" >/dev/null && PINNED="$PINNED $gateway_pid"
  WRK=(taskset -c "$OTHER_CPUS" wrk)
  echo "Pinned: gateway (pid $gateway_pid) to CPUs $GATEWAY_CPUS; wrk, services, Keycloak, PostgreSQL to CPUs $OTHER_CPUS"
fi

echo "Backend  $DIRECT_URL (pid $BACKEND_PID)"
echo "Gateway  $VIA_URL (pid $GATEWAY_PID, $GATEWAY_JAVA_OPTS)"
echo "wrk: $THREADS threads, $CONNECTIONS connections, $ROUNDS rounds of $DURATION each way, warm-up $WARMUP each"
echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc --all) cores"
measure "$DIRECT_URL" "$WARMUP" >/dev/null
measure "$VIA_URL" "$WARMUP" >/dev/null

: >"$WORK/direct"; : >"$WORK/via"
printf '%-7s %-8s %12s %10s %10s\n' round target req/s p50_ms p99_ms
for round in $(seq 1 "$ROUNDS"); do
  read -r rps p50 p99 < <(measure "$DIRECT_URL" "$DURATION"); echo "$rps $p50 $p99" >>"$WORK/direct"
  printf '%-7s %-8s %12s %10s %10s\n' "$round" direct "$rps" "$p50" "$p99"
  read -r rps p50 p99 < <(measure "$VIA_URL" "$DURATION"); echo "$rps $p50 $p99" >>"$WORK/via"
  printf '%-7s %-8s %12s %10s %10s\n' "$round" gateway "$rps" "$p50" "$p99"
done

col() { awk -v c="$2" '{print $c}' "$1" | median; }
d_rps=$(col "$WORK/direct" 1); d_p50=$(col "$WORK/direct" 2); d_p99=$(col "$WORK/direct" 3)
v_rps=$(col "$WORK/via" 1); v_p50=$(col "$WORK/via" 2); v_p99=$(col "$WORK/via" 3)
rss() { awk '/^VmHWM/ {printf "%.0f MB", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "n/a"; }

echo
echo "Medians over $ROUNDS rounds at $CONNECTIONS connections:"
awk -v dr="$d_rps" -v vr="$v_rps" -v d50="$d_p50" -v v50="$v_p50" -v d99="$d_p99" -v v99="$v_p99" 'BEGIN {
  printf "  direct   %10.0f req/s   p50 %7.3f ms   p99 %7.3f ms\n", dr, d50, d99
  printf "  gateway  %10.0f req/s   p50 %7.3f ms   p99 %7.3f ms\n", vr, v50, v99
  printf "  throughput ratio gateway/direct: %.1f %%\n", 100*vr/dr
  printf "  added latency: p50 %+.3f ms, p99 %+.3f ms\n", v50-d50, v99-d99
}'
if [[ -n $GATEWAY_PID ]]; then
  echo "Peak RSS (VmHWM): gateway $(rss "$GATEWAY_PID"), backend $(rss "$BACKEND_PID")"
fi
for port in ${RSS_PORTS:-}; do
  pid=$(pid_on_port "$port"); echo "Peak RSS (VmHWM) of the process on port $port (pid ${pid:-?}): $(rss "${pid:-0}")"
done
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc --all) cores (other processes compete for the same cores)"
echo "Logs: $WORK"
