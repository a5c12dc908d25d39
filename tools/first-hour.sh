#!/bin/sh
# A new user's first hour: the README's two commands, run as the README says, timed.
#
#   tools/first-hour.sh
#
# 1. `make serve`, until http://127.0.0.1:8000 serves the home page of every language
#    (then it is stopped);
# 2. `make test`.
# Prints one line per command, PASS or FAIL with its time, and exits 1 if one failed; the
# commands' output is in $FIRST_HOUR_LOGS (default /tmp/first-hour). tools/fresh-machine.sh
# runs it inside a new Debian root file system; .github/workflows/ci.yml in containers.
set -u
cd "$(dirname "$0")/.."
logs=${FIRST_HOUR_LOGS:-/tmp/first-hour}
mkdir -p "$logs"
failed=0

# The pages `make serve` must answer, and the language each must be in (<html lang>).
homes="http://127.0.0.1:8000/ en
http://127.0.0.1:8000/pytorch-notes/zh/ zh"

served() {
  echo "$homes" | python3 -c '
import re, sys, urllib.request
for line in sys.stdin:
    url, lang = line.split()
    try:
        html = urllib.request.urlopen(url, timeout=10).read().decode()
    except OSError:
        sys.exit(1)
    if not re.search(r"<html[^>]* lang=\"%s\"" % lang, html):
        sys.exit(1)
'
}

start=$(date +%s)
setsid make serve >"$logs/serve.log" 2>&1 &
pid=$!
ok=0
while kill -0 "$pid" 2>/dev/null && [ $(($(date +%s) - start)) -lt 3600 ]; do
  if served; then ok=1; break; fi
  sleep 5
done
took=$(($(date +%s) - start))
kill -TERM "-$pid" 2>/dev/null  # its process group (setsid): make and the server
wait "$pid" 2>/dev/null
if [ "$ok" = 1 ]; then
  echo "first hour: make serve PASS: every language served after $took s"
else
  echo "first hour: make serve FAIL after $took s (log: $logs/serve.log):"
  tail -n 15 "$logs/serve.log"
  failed=1
fi

start=$(date +%s)
if make test >"$logs/test.log" 2>&1; then
  echo "first hour: make test PASS in $(($(date +%s) - start)) s: $(grep -E '[0-9]+ passed' "$logs/test.log" | tail -n 1)"
else
  echo "first hour: make test FAIL after $(($(date +%s) - start)) s (log: $logs/test.log):"
  tail -n 25 "$logs/test.log"
  failed=1
fi
exit $failed
