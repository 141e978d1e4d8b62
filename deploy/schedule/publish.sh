#!/usr/bin/env bash
# Build both editions for today and publish them. Run daily just after midnight (Europe/Amsterdam)
# by wegwijs-build.timer, cron or a scheduled CI job. A failed build publishes nothing: dist/ keeps
# the previous output and this script stops.
set -euo pipefail
cd "$(dirname "$0")/../.."

export TZ=Europe/Amsterdam
# The public edition's address (sitemap, feeds, structured data) and, if it is served under a
# sub-path, that path. VERVANG DIT door uw eigen adres.
export WEGWIJS_SITE="${WEGWIJS_SITE:-https://wegwijs.example.nl}"

git pull --ff-only
npm ci --no-audit --no-fund
npm run build

# VERVANG DIT: the hosts and folders of your web servers.
rsync -a --delete-after dist/publiek/ publish@www.example.nl:/srv/wegwijs/publiek/
rsync -a --delete-after dist/intern/ publish@intranet.example.nl:/srv/wegwijs/intern/
