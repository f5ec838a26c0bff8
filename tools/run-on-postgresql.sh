#!/usr/bin/env bash
# The portal on PostgreSQL in one command, once PostgreSQL is installed (apt-get install postgresql):
#   tools/run-on-postgresql.sh            http://localhost:5080, demo district, data kept between runs
# It starts a cluster of its own (tools/postgres-cluster.sh) in src/LearningSociety.Web/App_Data/postgres on
# 127.0.0.1:${LOCAL_POSTGRES_PORT:-5433}, runs the portal with Database:Provider=PostgreSql (migrations and demo
# data at start, as on SQLite) and stops the cluster when the portal stops. Arguments go to `dotnet run`.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=src/LearningSociety.Web/App_Data/postgres
admin=$(tools/postgres-cluster.sh start "$dir" "${LOCAL_POSTGRES_PORT:-5433}")
trap 'tools/postgres-cluster.sh stop "$dir"' EXIT

export Database__Provider=PostgreSql
export ConnectionStrings__PostgreSql="${admin/Database=postgres/Database=learningsociety}"
export Database__SeedDemoData=true
dotnet run --project src/LearningSociety.Web "$@"
