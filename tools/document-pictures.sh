#!/usr/bin/env bash
# Redraws docs/images/*.png, the first page of each PDF document the portal prints, from a fresh demo database, so the
# pictures in the user guide (docs/huong-dan-su-dung.md) stay true to the code.
#
#   tools/document-pictures.sh            # needs the .NET SDK, curl and pdftoppm (Debian poppler-utils)
#
# It builds the portal, starts it on its own SQLite file in a temporary folder (a first start seeds the demo district and
# its year), signs in as the demo accounts, downloads each document as PDF and draws its first page at 60 dpi
# (pdftoppm -png -r 60 -f 1 -l 1). The portal it started is stopped at the end; nothing else is touched.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/docs/images"
port="${PORT:-5197}"
site="http://127.0.0.1:$port"
work="$(mktemp -d)"
portal_pid=""

cleanup() {
  if [[ -n "$portal_pid" ]]; then kill "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

for tool in curl pdftoppm pdfinfo dotnet; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (pdftoppm: apt-get install -y poppler-utils)" >&2; exit 1; }
done

dotnet build "$root/src/LearningSociety.Web" -c Debug -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$site" \
  ConnectionStrings__Sqlite="Data Source=$work/demo.db" Logging__FilePath="" \
  dotnet run --project "$root/src/LearningSociety.Web" -c Debug --no-build --no-launch-profile >"$work/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 1 240); do curl -sf "$site/health" >/dev/null && break; sleep 0.5; done
curl -sf "$site/health" >/dev/null || { echo "The portal did not start; its log:" >&2; cat "$work/portal.log" >&2; exit 1; }

sign_in() {  # user name → cookie jar path
  local jar="$work/$1.cookies" token
  token=$(curl -s -c "$jar" "$site/Account/Login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "UserName=$1" --data-urlencode "Password=Demo@12345" \
    --data-urlencode "__RequestVerificationToken=$token" "$site/Account/Login"
  echo "$jar"
}

first_link() {  # cookie jar, page, link prefix → the first PDF link on the page that starts with the prefix
  curl -s -b "$1" "$site$2" | grep -o "href=\"$3[^\"]*format=pdf\"" | head -1 | sed 's/^href="//; s/"$//; s/&amp;/\&/g'
}

picture() {  # cookie jar, address, picture name
  [[ -n "$2" ]] || { echo "No link for $3" >&2; exit 1; }
  curl -sf -b "$1" -o "$work/$3.pdf" "$site$2"
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/$3.pdf" "$out/$3"
  echo "docs/images/$3.png ($(du -k "$out/$3.png" | cut -f1) KB) ← $2: $(pdfinfo "$work/$3.pdf" | sed -n 's/^Pages: *//p') pages, $(( $(stat -c %s "$work/$3.pdf") / 1024 )) KB"
}

mkdir -p "$out"
commune=$(sign_in ubndxa)
district=$(sign_in phonggd)

picture "$commune" "$(first_link "$commune" /Reports /Reports/Proposals)" danh-sach-de-nghi
picture "$commune" "$(first_link "$commune" /Reports /Reports/Minutes)" bien-ban-tham-dinh
picture "$commune" "$(first_link "$commune" /Reports '/Reports/Scorecards?[^"]*list=all')" phieu-danh-gia
picture "$commune" "$(first_link "$commune" /Reports /Reports/Commune)" bieu-tong-hop-xa
picture "$district" "$(first_link "$district" /Reports /Reports/District)" bieu-tong-hop-huyen
picture "$commune" "$(first_link "$commune" /Reports /Reports/Universalization)" bieu-3-pho-cap
picture "$commune" "$(first_link "$commune" /Reports /Reports/Targets)" bieu-4-chi-tieu
# The demo's decision is last year's (this year's candidates are still on their way).
picture "$district" "$(first_link "$district" "/Reports?year=$(( $(TZ=Asia/Ho_Chi_Minh date +%Y) - 1 ))" /Reports/Decision)" quyet-dinh-cong-nhan
plan=$(curl -s -b "$commune" "$site/Plans" | grep -o 'href="/Plans/Details/[0-9]*"' | head -1 | grep -o '[0-9]*')
picture "$commune" "/Reports/Plan/$plan?format=pdf" ke-hoach
