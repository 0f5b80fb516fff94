# Shared by the benchmark scripts (sourced, not run): a fresh database on the Debian PostgreSQL
# server, the packaged application on it with a given heap, the region-scale dataset, and a session
# of the dataset's regional operator (password and TOTP). Run as root.
# Sets: pgport, port, app (pid), operator, org (an organization of the region), session, here.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
here=$(pwd)
command -v wrk >/dev/null && command -v oathtool >/dev/null && command -v psql >/dev/null || {
  apt-get update -qq && apt-get install -y -qq wrk oathtool postgresql >/dev/null; }
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
pg_lsclusters -h | grep -q online || pg_ctlcluster "$version" main start
pgport=$(pg_lsclusters -h | awk '$4 == "online" {print $3; exit}')
su postgres -c "psql -q -p $pgport -c 'drop database if exists nastavnik_bench'"
su postgres -c "psql -q -p $pgport -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'nastavnik_bench') then create role nastavnik_bench login password 'bench'; end if; end \\\$\\\$\""
su postgres -c "psql -q -p $pgport -c 'create database nastavnik_bench owner nastavnik_bench'"

(cd .. && ls target/nastavnik-*.jar >/dev/null 2>&1 || ./mvnw -B -q -DskipTests package)
jar=$(ls ../target/nastavnik-*.jar | head -n 1)
port=18090
export NASTAVNIK_DB_URL="jdbc:postgresql://localhost:$pgport/nastavnik_bench" NASTAVNIK_DB_USER=nastavnik_bench NASTAVNIK_DB_PASSWORD=bench
log=/tmp/nastavnik-bench.log
# shellcheck disable=SC2086
java ${HEAP:--Xmx512m} ${JFR:-} -jar "$jar" --server.port=$port >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
until curl -fs http://localhost:$port/actuator/health >/dev/null; do sleep 2; kill -0 $app; done

../mvnw -B -q -f pom.xml compile exec:java -Dexec.mainClass=org.nastavnik.bench.RegionDataset \
  -Dexec.args="$NASTAVNIK_DB_URL nastavnik_bench bench 60000" | tee /tmp/nastavnik-dataset.txt
operator=$(grep -o 'bench-operator-[0-9]*@example.org' /tmp/nastavnik-dataset.txt)
org=$(grep -o 'first organization id [0-9]*' /tmp/nastavnik-dataset.txt | grep -o '[0-9]*$')

cookies=$(mktemp)
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -fs -c "$cookies" -b "$cookies" http://localhost:$port/login | csrf)
curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=$operator" \
  --data-urlencode "password=bench-operator-password" --data-urlencode "_csrf=$token" http://localhost:$port/login
token=$(curl -fs -c "$cookies" -b "$cookies" http://localhost:$port/login/second-factor | csrf)
curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "code=$(oathtool --totp -b JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP)" \
  --data-urlencode "_csrf=$token" http://localhost:$port/login/second-factor
session=$(awk '$6 == "SESSION" {print $7}' "$cookies")
