#!/bin/sh
# A backup of the Čavororo PostgreSQL database, and the rotation that keeps KEEP_DAYS days of them.
#
#   PGDATABASE   the database (default cavororo); PGHOST, PGUSER, PGPORT, PGPASSFILE as for any libpq tool
#   BACKUP_DIR   where the dumps go (default /var/backups/cavororo; created with mode 0700)
#   KEEP_DAYS    dumps older than this many days are deleted (default 30), so data erased in the bot is
#                gone from every backup KEEP_DAYS days later
#
# The dump is pg_dump's custom format (-Fc): `pg_restore --clean --if-exists -d cavororo FILE` restores it.
# It holds children's data: the folder and the files are readable by their owner only.
set -eu

database="${PGDATABASE:-cavororo}"
backup_dir="${BACKUP_DIR:-/var/backups/cavororo}"
keep_days="${KEEP_DAYS:-30}"

umask 077
mkdir -p "$backup_dir"
chmod 700 "$backup_dir"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
target="$backup_dir/cavororo-$stamp.dump"
# Written under another name first: a dump cut short never looks like a good one.
pg_dump --format=custom --no-owner --no-privileges --file="$target.partial" "$database"
mv "$target.partial" "$target"
echo "cavororo-backup: wrote $target ($(wc -c <"$target") bytes)"

# Rotation: dumps (and leftovers of failed runs) older than keep_days days.
find "$backup_dir" -maxdepth 1 -type f \( -name 'cavororo-*.dump' -o -name 'cavororo-*.dump.partial' \) \
    -mmin +"$((keep_days * 24 * 60))" -print -delete | sed 's/^/cavororo-backup: deleted /'
