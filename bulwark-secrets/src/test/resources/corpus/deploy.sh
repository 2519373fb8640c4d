#!/bin/sh
# expect: BW1090
export PGPASSWORD='r3pl1ca-Sync!'
# lookalike
export PGPASSWORD="$(cat /run/secrets/pg)"
# lookalike
export PGPASSWORD="$DB_PASSWORD"
