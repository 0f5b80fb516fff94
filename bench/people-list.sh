#!/usr/bin/env bash
# People list on the region-scale dataset: p50/p95/p99 at 20 concurrent users for a name search
# with an organization filter, and /actuator/health in the same run, with wrk on loopback.
# Usage (as root, from the repository root or bench/): bash bench/people-list.sh
# Needs: PostgreSQL server, wrk and oathtool from Debian's packages (installed if missing).
source "$(dirname "$0")/common.sh"
curl -fs -b "SESSION=$session" "http://localhost:$port/people?q=%D0%B8%D0%B2%D0%B0%D0%BD&org=$org" | grep -o 'Найдено: [0-9]*'

export SESSION_COOKIE="SESSION=$session" ORG="$org"
echo "== people list, name search + organization filter, 20 connections, 30 s (after a 10 s warm-up)"
wrk -t2 -c20 -d10s -s "$here/people-list.lua" "http://localhost:$port" >/dev/null
wrk -t2 -c20 -d30s -s "$here/people-list.lua" "http://localhost:$port"
echo "== the same, 20 users who pause about a second between clicks (THINK_MS=1000), 30 s"
THINK_MS=1000 wrk -t2 -c20 -d30s -s "$here/people-list.lua" "http://localhost:$port"
echo "== people list, name search across the region, 20 connections, 30 s"
SEARCH_ONLY=1 wrk -t2 -c20 -d30s -s "$here/people-list.lua" "http://localhost:$port"
echo "== /actuator/health, 20 connections, 30 s"
wrk -t2 -c20 -d30s -s "$here/percentiles.lua" "http://localhost:$port/actuator/health"
