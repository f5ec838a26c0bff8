#!/usr/bin/env bash
# HTTP load on the production shape: two published portal instances (Production) on one PostgreSQL database,
# behind caddy (deploy/Caddyfile, TLS), loaded with hey (Debian package `hey`). Everything on loopback; it stops
# what it started. Needs postgresql, caddy, hey and curl.
#   benchmarks/load/two-instances-postgresql.sh [SECONDS per run, default 15]
# LEARNINGSOCIETY_PUBLISHED=<folder> reuses a published build; otherwise it publishes the Release build.
set -euo pipefail
[ "${LOAD_TRACE:-}" = x ] && set -x
cd "$(dirname "$0")/../.."
seconds=${1:-15}

work=$(mktemp -d /tmp/learningsociety-load.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  tools/postgres-cluster.sh stop "$work/postgres" || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

published=${LEARNINGSOCIETY_PUBLISHED:-}
if [ -z "$published" ]; then
  dotnet publish src/LearningSociety.Web -c Release -o "$work/published" --nologo -v quiet
  published="$work/published"
fi

admin=$(tools/postgres-cluster.sh start "$work/postgres")
export ASPNETCORE_ENVIRONMENT=Production
export Database__Provider=PostgreSql
export ConnectionStrings__PostgreSql="${admin/Database=postgres/Database=learningsociety_load}"
export Database__SeedDemoData=true
export DataProtection__Certificate__Path="$work/keys/dataprotection.pfx"
export DataProtection__Certificate__Password="load-test"
export Logging__FilePath=""
dotnet "$published/LearningSociety.Web.dll" create-key-certificate "$DataProtection__Certificate__Path" >/dev/null

ports=()
for i in 1 2; do
  port=$(free_port)
  ports+=("$port")
  ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$published/LearningSociety.Web.dll" >"$work/portal$i.log" 2>&1 &
  pids+=($!)
  # The first instance migrates and seeds alone; the second starts on the ready database.
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
  curl -sf "http://127.0.0.1:$port/health" >/dev/null || { cat "$work/portal$i.log"; exit 1; }
done

https_port=$(free_port)
PORTAL_SITE=localhost PORTAL_UPSTREAM="127.0.0.1:${ports[0]} 127.0.0.1:${ports[1]}" CADDY_ADMIN=off \
  CADDY_HTTPS_PORT=$https_port CADDY_HTTP_PORT=$(free_port) HOME="$work" XDG_DATA_HOME="$work/caddy" XDG_CONFIG_HOME="$work/caddy" \
  caddy run --config deploy/Caddyfile --adapter caddyfile >"$work/caddy.log" 2>&1 &
pids+=($!)
site="https://localhost:$https_port"
for _ in $(seq 1 60); do curl -skf "$site/health" >/dev/null && break; sleep 0.5; done

sign_in() {
  local jar="$work/$1.cookies"
  local token
  token=$(curl -sk -c "$jar" "$site/Account/Login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  curl -sk -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "UserName=$1" --data-urlencode "Password=Demo@12345" \
    --data-urlencode "__RequestVerificationToken=$token" "$site/Account/Login" | grep -q 302
  awk -F '\t' '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " } /^#HttpOnly_/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$jar"
}
district_cookie=$(sign_in phonggd)
branch_cookie=$(sign_in chihoi)
district_id=$(runuser -u postgres -- psql -h "$work/postgres" -p "$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$admin")" -d learningsociety_load -tAc \
  "select \"Id\" from \"AdministrativeUnits\" where \"Code\" = '481'")

# Warm-up (JIT, caches, connection pools on both instances), not recorded.
for path in "/" "/Approvals" "/Reports/District?districtId=$district_id&format=excel"; do
  hey -n 40 -c 4 -host localhost -H "Cookie: $district_cookie" "$site$path" >/dev/null 2>&1 || true
done
hey -n 40 -c 4 -host localhost -H "Cookie: $branch_cookie" "$site/Citizens" >/dev/null 2>&1 || true

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD)"
run() {  # name, cookie, path, hey options...
  local name=$1 cookie=$2 path=$3; shift 3
  # -host: hey sends the Host header as TLS server name, and caddy knows "localhost", not "localhost:PORT".
  hey -z "${seconds}s" "$@" -host localhost -H "Cookie: $cookie" "$site$path" >"$work/hey.txt" 2>&1 || { cat "$work/hey.txt"; return 1; }
  local rps p50 p95 p99 codes
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/hey.txt")
  p50=$(awk '/ 50% in/ {print $3}' "$work/hey.txt")
  p95=$(awk '/ 95% in/ {print $3}' "$work/hey.txt")
  p99=$(awk '/ 99% in/ {print $3}' "$work/hey.txt")
  codes=$(grep -Eo '\[[0-9]+\][[:space:]]+[0-9]+ responses' "$work/hey.txt" | tr -s ' \t' ' ' | paste -sd ',' - || true)
  [ -n "${LOAD_TRACE:-}" ] && cat "$work/hey.txt"
  printf '%-44s %8s req/s  p50 %6ss  p95 %6ss  p99 %6ss  %s\n' "$name" "$rps" "$p50" "$p95" "$p99" "$codes"
}
run "dashboard (district), 50 users x 1 req/s" "$district_cookie" "/" -c 50 -q 1
run "dashboard (district), 20 workers flat out" "$district_cookie" "/" -c 20
run "citizens (branch), 50 users x 1 req/s" "$branch_cookie" "/Citizens" -c 50 -q 1
run "approvals inbox (district), 50 x 1 req/s" "$district_cookie" "/Approvals" -c 50 -q 1
run "district report Excel, 10 users x 1 req/s" "$district_cookie" "/Reports/District?districtId=$district_id&format=excel" -c 10 -q 1
for i in 1 2; do echo "instance $i answered $(grep -c 'responded' "$work/portal$i.log" || true) logged requests"; done
