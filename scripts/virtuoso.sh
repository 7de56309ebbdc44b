#!/usr/bin/env bash
# Starts or stops a throw-away Virtuoso (Debian's virtuoso-opensource-7) on 127.0.0.1, for tests and local trials.
#
#   scripts/virtuoso.sh start DIR PORT_HTTP PORT_SQL   creates DIR/virtuoso.ini and a fresh DB in DIR, starts the
#                                                      server, waits until SPARQL answers, sets the dba password
#   scripts/virtuoso.sh load DIR FILE GRAPH             bulk-loads FILE (.nt/.nq/.ttl, optionally .gz) with ld_dir and
#                                                      rdf_loader_run, then checkpoints; fails if the loader logged an error
#   scripts/virtuoso.sh stop DIR                       shuts it down (SQL shutdown, then TERM after 10 s, KILL after 30 s)
#
# The dba password is $VIRTUOSO_DBA_PASSWORD (default: dba-test; keep it to letters, digits and '-').
# Endpoints: http://127.0.0.1:PORT_HTTP/sparql (query, anonymous) and /sparql-graph-crud-auth (Graph Store
# Protocol, Digest auth as dba). Both listeners bind to 127.0.0.1 only. Needs virtuoso-t and isql-vt.
set -euo pipefail

PASSWORD="${VIRTUOSO_DBA_PASSWORD:-dba-test}"

die() { echo "virtuoso.sh: $*" >&2; exit 1; }

write_ini() { # DIR PORT_HTTP PORT_SQL
  local dir="$1"
  mkdir -p "$dir/db" "$dir/load" "$dir/vsp"
  cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile       = $dir/db/virtuoso.db
ErrorLogFile       = $dir/db/virtuoso.log
LockFile           = $dir/db/virtuoso.lck
TransactionFile    = $dir/db/virtuoso.trx
xa_persistent_file = $dir/db/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $dir/db/virtuoso-temp.db
TransactionFile    = $dir/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort         = 127.0.0.1:$3
DirsAllowed        = ., $dir/load
NumberOfBuffers    = 20000
MaxDirtyBuffers    = 15000
ServerThreads      = 10
CheckpointInterval = 60
SchedulerInterval  = 10

[HTTPServer]
ServerPort         = 127.0.0.1:$2
ServerRoot         = $dir/vsp
ServerThreads      = 10
MaxClientConnections = 10
KeepAliveTimeout   = 10

[SPARQL]
ResultSetMaxRows   = 100000
MaxQueryExecutionTime = 60
DefaultQuery       = select distinct ?Concept where {[] a ?Concept} LIMIT 100
INI
}

wait_http() { # PORT_HTTP
  for _ in $(seq 1 120); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/sparql?query=ASK%7B%7D" || true)
    [ "$code" = 200 ] && return 0
    sleep 0.5
  done
  return 1
}

start() {
  [ $# -eq 3 ] || die "usage: virtuoso.sh start DIR PORT_HTTP PORT_SQL"
  command -v virtuoso-t >/dev/null || die "virtuoso-t not found: run scripts/install-system-packages.sh"
  local dir; dir="$(mkdir -p "$1" && cd "$1" && pwd)"
  write_ini "$dir" "$2" "$3"
  # +wait: the launcher forks the daemon and returns once initialisation has finished.
  (cd "$dir/db" && virtuoso-t +configfile "$dir/virtuoso.ini" +wait) >"$dir/start.log" 2>&1 \
    || { cat "$dir/start.log" "$dir/db/virtuoso.log" >&2 2>/dev/null; die "virtuoso-t failed to start"; }
  wait_http "$2" || { tail -20 "$dir/db/virtuoso.log" >&2; die "SPARQL endpoint on port $2 did not answer"; }
  echo "$3" > "$dir/sql-port"
  # A fresh DB has dba/dba and dav/dav; dav is a DAV-only user, hence the direct UPDATE (as Debian's postinst does).
  isql-vt "127.0.0.1:$3" dba dba \
    exec="USER_SET_PASSWORD('dba','$PASSWORD'); UPDATE SYS_USERS SET U_PASSWORD='$PASSWORD' WHERE U_NAME='dav'; checkpoint;" \
    >"$dir/password.log" 2>&1 || { cat "$dir/password.log" >&2; die "could not set the dba password"; }
  echo "virtuoso: http://127.0.0.1:$2/sparql (pid $(pid_of "$dir"))"
}

pid_of() { sed -n 's/^VIRT_PID=//p' "$1/db/virtuoso.lck" 2>/dev/null || true; }

stop() {
  [ $# -eq 1 ] || die "usage: virtuoso.sh stop DIR"
  local dir="$1" pid
  pid="$(pid_of "$dir")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || { echo "virtuoso: not running in $dir"; return 0; }
  isql-vt "127.0.0.1:$(cat "$dir/sql-port")" dba "$PASSWORD" exec="shutdown;" >/dev/null 2>&1 || true
  for i in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { echo "virtuoso: stopped"; return 0; }
    [ "$i" = 20 ] && kill -TERM "$pid" 2>/dev/null || true
    sleep 0.5
  done
  kill -KILL "$pid" 2>/dev/null || true
  echo "virtuoso: killed"
}

load() {
  [ $# -eq 3 ] || die "usage: virtuoso.sh load DIR FILE GRAPH"
  local dir="$1" name; name="$(basename "$2")"
  cp "$2" "$dir/load/$name"
  # Fed on stdin: isql's exec= mangles '%'. ld_dir loads nothing for a file already in LOAD_LIST, so forget it first.
  isql-vt "127.0.0.1:$(cat "$dir/sql-port")" dba "$PASSWORD" >"$dir/load.log" 2>&1 <<SQL || { cat "$dir/load.log" >&2; die "bulk load failed"; }
DELETE FROM DB.DBA.LOAD_LIST WHERE ll_file = '$dir/load/$name';
ld_dir('$dir/load', '$name', '$3');
rdf_loader_run();
checkpoint;
SELECT 'LOAD_ERROR', ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_file = '$dir/load/$name' AND ll_error IS NOT NULL;
SQL
  if grep -q '^LOAD_ERROR' "$dir/load.log"; then grep '^LOAD_ERROR' "$dir/load.log" >&2; die "the bulk loader reported an error"; fi
  echo "virtuoso: loaded $name into <$3>"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  load) shift; load "$@" ;;
  stop) shift; stop "$@" ;;
  *) die "usage: virtuoso.sh start DIR PORT_HTTP PORT_SQL | load DIR FILE GRAPH | stop DIR" ;;
esac
