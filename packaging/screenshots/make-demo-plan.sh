#!/usr/bin/env bash
# Makes the demo plan the screenshots show: "Tiny Tea", a small tea shop on WooCommerce with four
# people, four providers, an imported shop admin, a real probe, real files checked on disk, a half
# done DDoS plan and one accepted finding — mid-way through the walk, with things left to do.
#
# Built from real parts: storefort-cli for everything it can do, an `openssl s_server` on loopback
# with a certificate for tinytea.example for the probe, a small HTTP responder that redirects to
# HTTPS, backups, exports and a git repository made on disk and checked with `storefort-cli verify`.
# What the CLI cannot do (the team, who owns which account, the recovery items' holders, the DDoS
# plan, the accepted finding, the score's history) is done by storefort-demo-plan
# (demo_plan_fill.cpp beside this script) through the plan's API. No traffic leaves this computer.
#
# Usage: make-demo-plan.sh PLAN [BUILD_DIR]
#   PLAN        the .storefort file to make (it must not exist yet)
#   BUILD_DIR   the build with bin/storefort-cli and bin/storefort-demo-plan (default: $BUILD_DIR or build);
#               storefort-demo-plan is built only when configured with -DSTOREFORT_BUILD_DEMO=ON
# Environment:
#   DEMO_LANG       en (default) or de: the language of the demo's own texts (roles, notes, answers)
#   DEMO_FILES_DIR  where the shop's files go (backups, exports, certificate, code); they must stay
#                   there while the plan is used, or its checks fail. Default: a temporary folder,
#                   removed at the end (the checks already recorded stay valid for a week).
set -euo pipefail

plan=${1:?usage: make-demo-plan.sh PLAN [BUILD_DIR]}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${2:-${BUILD_DIR:-$root/build}}
build=$(cd "$build" && pwd)
cli=$build/bin/storefort-cli
demo=$build/bin/storefort-demo-plan
lang=${DEMO_LANG:-en}

for tool in "$cli" "$demo"; do
    [ -x "$tool" ] || { echo "make-demo-plan: $tool is missing: build storefort-cli and storefort-demo-plan (-DSTOREFORT_BUILD_DEMO=ON)" >&2; exit 1; }
done
for program in openssl perl git tar gzip; do
    command -v "$program" >/dev/null || { echo "make-demo-plan: $program is not installed (./dev.sh deps)" >&2; exit 1; }
done
case $lang in en | de) ;; *) echo "make-demo-plan: DEMO_LANG is en or de" >&2; exit 2 ;; esac
if [ -e "$plan" ]; then
    echo "make-demo-plan: $plan exists already; choose a new file" >&2
    exit 1
fi
mkdir -p "$(dirname "$plan")"
plan=$(cd "$(dirname "$plan")" && pwd)/$(basename "$plan")

work=$(mktemp -d "${TMPDIR:-/tmp}/tinytea.XXXXXX")
files=${DEMO_FILES_DIR:-$work/files}
mkdir -p "$files"
files=$(cd "$files" && pwd)
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

# The CLI keeps nothing outside the plan, but Qt wants a private runtime folder.
export XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"

# The demo's own words in the chosen language: t ENGLISH GERMAN
t() { if [ "$lang" = de ]; then printf '%s' "$2"; else printf '%s' "$1"; fi; }
day() { date -d "$1" +%F; }
say() { printf '%s\n' "$*" >&2; }
record() { say "  score now $("$demo" record "$plan" --days-ago "$1")"; }

# A free port on 127.0.0.1: 443 and 80 when this user may take them and they are free (the probe's
# result then reads like a real site's), else any free port.
free_port() {
    perl -MIO::Socket::INET -e '
        for my $p (@ARGV) {
            my $s = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => $p, Listen => 1, ReuseAddr => 1)
                or next;
            print $s->sockport, "\n";
            exit 0;
        }
        exit 1;' "$@"
}
wait_for_port() {
    local i
    for i in $(seq 100); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        sleep 0.1
    done
    echo "make-demo-plan: nothing answers on 127.0.0.1:$1" >&2
    return 1
}

say "Making the demo plan of Tiny Tea ($lang) in $plan"

# --- The site: a certificate for tinytea.example from a demo CA, served on loopback -------------
mkdir -p "$work/ca" "$files/Certificate"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/O=Demo Trust/CN=Demo Trust CA" \
    -days 3650 -keyout "$work/ca/ca.key" -out "$work/ca/ca.crt" 2>/dev/null
cert=$files/Certificate/tinytea.example
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=tinytea.example" \
    -keyout "$cert.key" -out "$cert.csr" 2>/dev/null
printf '%s\n' 'subjectAltName=DNS:tinytea.example,DNS:www.tinytea.example' 'extendedKeyUsage=serverAuth' \
    'keyUsage=digitalSignature' 'basicConstraints=CA:FALSE' >"$work/ca/leaf.ext"
openssl x509 -req -in "$cert.csr" -CA "$work/ca/ca.crt" -CAkey "$work/ca/ca.key" -CAcreateserial \
    -days 80 -extfile "$work/ca/leaf.ext" -out "$cert.crt" 2>/dev/null

if [ "$(id -u)" -eq 0 ]; then
    tls_port=$(free_port 443 0)
    http_port=$(free_port 80 0)
else
    tls_port=$(free_port 0)
    http_port=$(free_port 0)
fi
# The site as the host first ran it (TLS 1.0 and 1.1 still on), then as it runs now: TLS 1.2 and
# 1.3 with Mozilla's "intermediate" ciphers. Neither sends HSTS (the shop's open point).
tls_server() { # tls_server old|new
    local protocols=(-no_tls1 -no_tls1_1) ciphers='ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305'
    if [ "$1" = old ]; then
        protocols=(-min_protocol TLSv1)
        ciphers="$ciphers:ECDHE-ECDSA-AES128-SHA:@SECLEVEL=0"
    fi
    openssl s_server -accept "127.0.0.1:$tls_port" -cert "$cert.crt" -key "$cert.key" -cert_chain "$work/ca/ca.crt" \
        "${protocols[@]}" -cipher "$ciphers" -www -quiet </dev/null >/dev/null 2>>"$work/s_server.log" &
    tls_pid=$!
    pids+=("$tls_pid")
    wait_for_port "$tls_port"
}
tls_server old
# Plain HTTP sends visitors to HTTPS, as the shop's host set it up.
perl -MIO::Socket::INET -e '
    $SIG{PIPE} = "IGNORE";
    my $server = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => $ARGV[0], Listen => 5, ReuseAddr => 1)
        or die "cannot listen: $!";
    while (my $client = $server->accept) {
        while (my $line = <$client>) { last if $line =~ /^\r?\n$/; }
        print $client "HTTP/1.1 301 Moved Permanently\r\nLocation: https://tinytea.example/\r\n"
            . "Content-Length: 0\r\nConnection: close\r\n\r\n";
        close $client;
    }' "$http_port" &
pids+=($!)
wait_for_port "$http_port"

# --- The shop and its team ------------------------------------------------------------------------
"$cli" plan new "$plan" --shop "Tiny Tea" --url https://tinytea.example --platform woocommerce >/dev/null
"$demo" team "$plan" --lang "$lang"
record 41

# --- Providers and their answers ------------------------------------------------------------------
add_provider() { "$cli" providers add "$plan" "$@" | tail -n 1; }
host=$(add_provider --name "Greenleaf Hosting" --kind host \
    --services "$(t "Web server, database and nightly backups of the shop" "Webserver, Datenbank und nächtliche Sicherung des Shops")" \
    --phone "+49 30 5550 1200" --email support@greenleaf-hosting.example --portal https://my.greenleaf-hosting.example \
    --24x7 --account TT-20418 --escalation "Sven Adler, +49 30 5550 1299" --contract-start 2019-03-15 \
    --cert "iso27001:$(day '+7 months')")
cdn=$(add_provider --name "Bluefront CDN" --kind cdn \
    --services "$(t "Content delivery and attack filtering in front of tinytea.example" "Auslieferung und Angriffsfilter vor tinytea.example")" \
    --email help@bluefront.example --portal https://dash.bluefront.example --24x7 --contract-start 2025-03-01)
payment=$(add_provider --name "Tillpoint Payments" --kind payment \
    --services "$(t "Card payments and PayPal at the checkout" "Kartenzahlung und PayPal an der Kasse")" \
    --phone "+49 69 5550 7700" --email merchants@tillpoint.example --portal https://merchant.tillpoint.example \
    --hours "$(t "Mon–Fri 8–20" "Mo–Fr 8–20 Uhr")" --account M-558201 --cert "pci-dss-aoc:$(day '+8 months')")
agency=$(add_provider --name "Leafcraft Studio" --kind developer \
    --services "$(t "Theme, plugins and updates of the shop" "Theme, Plugins und Updates des Shops")" \
    --phone "+49 40 5550 2200" --email hello@leafcraft.example --hours "$(t "Mon–Fri 9–17" "Mo–Fr 9–17 Uhr")" \
    --contract-start 2024-02-01)

# A returned fill-in file: question id, answer, who gave it, when, notes.
answers() {
    local provider=$1 file=$work/answers-$1.csv
    shift
    printf '%s\n' 'question_id,question_version,question,answer_format,answer,answered_by,answered_on,notes' >"$file"
    while [ $# -gt 0 ]; do
        printf '%s,1,,,"%s","%s",%s,"%s"\n' "$1" "$2" "$3" "$4" "$5" >>"$file"
        shift 5
    done
    "$cli" questionnaire import "$plan" --provider "$provider" "$file" >/dev/null
}
sven="Sven Adler (Greenleaf)"
asked=$(day '-33 days')
answers "$host" \
    host.tls.versions "tls12;tls13" "$sven" "$asked" "" \
    host.hsts yes "$sven" "$asked" "$(t "Said to be on for every site" "Laut Hoster für jede Seite aktiv")" \
    host.cert.auto-renew yes "$sven" "$asked" "" \
    host.cert.renew-days 30 "$sven" "$asked" "" \
    host.cert.key-holder both "$sven" "$asked" "" \
    host.ddos.protection yes "$sven" "$asked" "" \
    host.ddos.action filter "$sven" "$asked" "" \
    host.ddos.contact-minutes 30 "$sven" "$asked" "" \
    host.ddos.channel "phone;email" "$sven" "$asked" "" \
    backup.offered yes "$sven" "$asked" "" \
    backup.frequency daily "$sven" "$asked" "" \
    backup.retention-days 30 "$sven" "$asked" "" \
    backup.older-point yes "$sven" "$asked" "" \
    backup.offsite yes "$sven" "$asked" "" \
    backup.encrypted unknown "$sven" "$asked" "" \
    backup.immutable yes "$sven" "$asked" "" \
    backup.restore-tested "$(day '-5 months')" "$sven" "$asked" "" \
    backup.restore-hours 4 "$sven" "$asked" "" \
    data.export yes "$sven" "$asked" "" \
    data.export-days 2 "$sven" "$asked" "" \
    data.location eu "$sven" "$asked" "" \
    data.dpa yes "$sven" "$asked" "" \
    access.staff-mfa yes "$sven" "$asked" "" \
    access.customer-mfa yes "$sven" "$asked" "" \
    access.personal-accounts yes "$sven" "$asked" "" \
    access.roles yes "$sven" "$asked" "" \
    access.leavers-days 1 "$sven" "$asked" "" \
    logging.admin-actions yes "$sven" "$asked" "" \
    logging.retention-days 90 "$sven" "$asked" "" \
    patch.critical-days 3 "$sven" "$asked" "" \
    patch.supported yes "$sven" "$asked" "" \
    incident.notify-hours 24 "$sven" "$asked" "" \
    incident.contact "$(t "Emergency line +49 30 5550 1200, day and night" "Notfallnummer +49 30 5550 1200, rund um die Uhr")" "$sven" "$asked" "" \
    incident.plan yes "$sven" "$asked" ""
answers "$cdn" \
    host.tls.versions "tls12;tls13" "help@bluefront.example" "$(day '-30 days')" "" \
    host.ddos.protection yes "help@bluefront.example" "$(day '-30 days')" "" \
    host.ddos.action filter "help@bluefront.example" "$(day '-30 days')" "" \
    cdn.waf yes "help@bluefront.example" "$(day '-30 days')" "" \
    cdn.origin-tls yes "help@bluefront.example" "$(day '-30 days')" "" \
    data.location eu "help@bluefront.example" "$(day '-30 days')" "" \
    data.dpa yes "help@bluefront.example" "$(day '-30 days')" "" \
    access.customer-mfa yes "help@bluefront.example" "$(day '-30 days')" "" \
    access.staff-mfa yes "help@bluefront.example" "$(day '-30 days')" "" \
    access.personal-accounts yes "help@bluefront.example" "$(day '-30 days')" "" \
    logging.admin-actions yes "help@bluefront.example" "$(day '-30 days')" "" \
    logging.retention-days 365 "help@bluefront.example" "$(day '-30 days')" "" \
    patch.critical-days 1 "help@bluefront.example" "$(day '-30 days')" "" \
    incident.notify-hours 72 "help@bluefront.example" "$(day '-30 days')" "" \
    host.ddos.contact-minutes 15 "help@bluefront.example" "$(day '-30 days')" "" \
    host.ddos.channel "email;status-page" "help@bluefront.example" "$(day '-30 days')" ""
aoc=$(day '-4 months')
doc="$(t "Attestation of compliance" "Konformitätsbescheinigung") $(date -d "$aoc" +%Y)"
answers "$payment" \
    data.location eu "$doc" "$aoc" "" \
    data.subprocessors "$(t "Card networks and the acquiring bank (list on the merchant portal)" "Kartennetze und die Acquiring-Bank (Liste im Händlerportal)")" "$doc" "$aoc" "" \
    data.subprocessors-notice yes "$doc" "$aoc" "" \
    data.dpa yes "$doc" "$aoc" "" \
    access.staff-mfa yes "$doc" "$aoc" "" \
    access.customer-mfa yes "$doc" "$aoc" "" \
    access.personal-accounts yes "$doc" "$aoc" "" \
    access.roles yes "$doc" "$aoc" "" \
    access.leavers "$(t "Access is removed on the last working day" "Zugänge werden am letzten Arbeitstag entfernt")" "$doc" "$aoc" "" \
    access.leavers-days 1 "$doc" "$aoc" "" \
    logging.admin-actions yes "$doc" "$aoc" "" \
    logging.retention-days 365 "$doc" "$aoc" "" \
    logging.customer-view yes "$doc" "$aoc" "" \
    patch.critical-days 7 "$doc" "$aoc" "" \
    incident.notify-hours 24 "$doc" "$aoc" "" \
    incident.contact "$(t "Security desk, +49 69 5550 7777, day and night" "Sicherheitsdienst, +49 69 5550 7777, rund um die Uhr")" "$doc" "$aoc" "" \
    incident.plan yes "$doc" "$aoc" "" \
    payment.pci.attested yes "$doc" "$aoc" "" \
    payment.pci.aoc-date "$aoc" "$doc" "$aoc" "" \
    payment.integration hosted-page "$doc" "$aoc" "" \
    payment.card-data-stored no "$doc" "$aoc" "" \
    payment.fraud-checks yes "$doc" "$aoc" "" \
    testing.pentest-date "$(day '-7 months')" "$doc" "$aoc" ""
# Some of the agency's answers are from the start of the project, over a year ago: due again.
start=$(day '-14 months')
recent=$(day '-20 days')
answers "$agency" \
    data.dpa yes "Priya Nair" "$start" "" \
    access.personal-accounts yes "Priya Nair" "$start" "" \
    dev.credentials vault "Priya Nair" "$recent" "" \
    dev.mfa yes "Priya Nair" "$recent" "" \
    dev.git yes "Priya Nair" "$recent" "" \
    dev.changelog yes "Priya Nair" "$recent" "" \
    dev.repo-access no "Priya Nair" "$recent" "$(t "We get a copy after each release" "Wir bekommen nach jeder Veröffentlichung eine Kopie")" \
    dev.staging yes "Priya Nair" "$recent" "" \
    dev.updates yes "Priya Nair" "$recent" "" \
    dev.update-days 7 "Priya Nair" "$recent" "" \
    dev.handover yes "Priya Nair" "$recent" "" \
    incident.notify-hours 48 "Priya Nair" "$recent" ""
record 34

# --- The shop's admin: a WordPress users export, 15 accounts -------------------------------------
ago() { date -d "$1" +%s; }
users=$work/wordpress-users.csv
{
    echo 'ID,user_login,display_name,user_email,user_registered,roles,last_activity'
    echo "1,admin,admin,mei@tinytea.example,2019-04-02 10:11:00,administrator,$(ago '-3 days')"
    echo "2,mei.lin,Mei Lin,mei@tinytea.example,2019-04-02 10:20:00,administrator,$(ago '-2 hours')"
    echo "3,shop,Tiny Tea,shop@tinytea.example,2019-04-03 08:00:00,shop_manager,$(ago '-1 day')"
    echo "4,mailchimp-sync,Mailchimp for WooCommerce,,2020-06-18 14:02:00,shop_manager,$(ago '-5 hours')"
    echo "5,karl.brandt,Karl Brandt,karl@brandt-books.example,2021-01-11 09:00:00,shop_manager,$(ago '-118 days')"
    echo "6,anna.roth,Anna Roth,anna@teawords.example,2021-09-30 16:45:00,author,$(ago '-20 days')"
    echo "7,ida.marsh,Ida Marsh,ida@marsh-photo.example,2022-03-14 11:30:00,author,$(ago '-45 days')"
    echo "8,jonas,Jonas Weber,jonas@tinytea.example,2023-09-01 08:30:00,shop_manager,$(ago '-1 day')"
    echo "9,packing,Packing station,packing@tinytea.example,2023-09-04 07:45:00,shop_manager,$(ago '-6 hours')"
    echo "10,jonas.test,Jonas (test customer),jonas+test@tinytea.example,2023-10-12 13:00:00,customer,$(ago '-80 days')"
    echo "11,priya.leafcraft,Priya Nair,priya@leafcraft.example,2024-02-05 10:00:00,administrator,$(ago '-6 days')"
    echo "12,deploy-leafcraft,Leafcraft deployments,ops@leafcraft.example,2024-02-05 10:05:00,administrator,$(ago '-2 days')"
    echo "13,lukas.leafcraft,Lukas Stein,lukas@leafcraft.example,2024-02-06 09:15:00,editor,$(ago '-30 days')"
    echo "14,woo-api,WooCommerce REST API,,2024-05-21 15:20:00,shop_manager,$(ago '-1 hour')"
    echo "15,stock-sync,Stock sync (warehouse),,2025-01-08 12:00:00,shop_manager,$(ago '-3 hours')"
} >"$users"
system=$("$cli" accounts add-system "$plan" --kind shop-admin --name WooCommerce --provider "$host" | tail -n 1)
"$cli" accounts import "$plan" --format wordpress "$users" --system "$system" >/dev/null
record 27

# --- The probes: the first found TLS 1.0 and 1.1 on; the host turned them off ----------------------
probe_target=tinytea.example
[ "$tls_port" = 443 ] || probe_target=tinytea.example:$tls_port
probe() {
    "$cli" probe "$probe_target" --connect-to 127.0.0.1 --ca-file "$work/ca/ca.crt" --http-port "$http_port" \
        --plan "$plan" >"$work/probe.txt"
    say "  probe: $(grep -m1 '^Grade' "$work/probe.txt")"
}
probe
record 20
kill "$tls_pid"
wait "$tls_pid" 2>/dev/null || true
tls_server new
probe
record 13

# --- The shop's files on disk: backups, exports, the theme's code ---------------------------------
site=$work/site
mkdir -p "$site/wp-content/uploads" "$files/Backups" "$files/Exports"
for i in $(seq 1 400); do
    printf "INSERT INTO wp_posts VALUES (%d,'product','Tea no. %d','Loose-leaf tea, 100 g',%d.90);\n" "$i" "$i" $((5 + i % 20))
done >"$site/tinytea.sql"
backup() { # backup WHEN PHOTOS_KB: the shop grows a little between backups (photos do not compress)
    local name
    head -c "$(($2 * 1024))" /dev/urandom >"$site/wp-content/uploads/photos.bin"
    name=$files/Backups/tinytea-$(date -d "$1" +%Y-%m-%d-%H%M).tar.gz
    tar -czf "$name" -C "$site" .
    touch -d "$1" "$name"
}
backup '-31 days' 2900
backup '-29 hours' 3350
backup '-5 hours' 3380
{
    echo 'Order number,Date,Status,Total,Currency'
    for i in $(seq 1 60); do
        printf '%d,%s,completed,%d.%02d,EUR\n' $((4100 + i)) "$(day "-$((61 - i)) days")" $((12 + i % 40)) $((i * 7 % 100))
    done
} >"$files/Exports/orders.csv"
touch -d '-3 days' "$files/Exports/orders.csv"
{
    echo 'SKU,Name,Regular price,Stock'
    n=0
    for tea in "Sencha Kagoshima" "Darjeeling First Flush" "Assam Breakfast" "Jasmine Pearls" "Rooibos Vanilla" \
        "Genmaicha" "Earl Grey Blue Flower" "Oolong Milky" "Chai Spice" "Peppermint Leaves"; do
        n=$((n + 1))
        printf 'TT-%03d,"%s",%d.90,%d\n' "$n" "$tea" $((6 + n)) $((20 + n * 3))
    done
} >"$files/Exports/products.csv"
touch -d '-2 days' "$files/Exports/products.csv"
repo=$files/Code/tinytea-theme
mkdir -p "$repo"
git_demo() { git -C "$repo" -c user.name="Priya Nair" -c user.email=priya@leafcraft.example -c init.defaultBranch=main "$@"; }
git_demo init -q
commit() { # commit WHEN FILE MESSAGE
    printf '%s\n' "$3" >>"$repo/$2"
    git_demo add -A
    GIT_AUTHOR_DATE=$(date -d "$1" -R) GIT_COMMITTER_DATE=$(date -d "$1" -R) git_demo commit -q -m "$3"
}
commit '-90 days' style.css "Tiny Tea theme: first release"
commit '-62 days' functions.php "Checkout: show the delivery estimate"
commit '-41 days' style.css "Product page: larger photos on phones"
commit '-20 days' functions.php "Update WooCommerce templates to 9.4"
commit '-4 days' style.css "Winter collection banner"
# Pushed to the agency's repository (a local stand-in: the check never goes online).
git init -q --bare "$work/theme.git"
git_demo remote add origin "$work/theme.git"
git_demo push -q -u origin main 2>/dev/null
git_demo remote set-url origin git@git.leafcraft.example:tinytea/theme.git

# --- Who holds what, the DDoS plan, the checks ---------------------------------------------------
items=$("$demo" fill "$plan" --files "$files" --lang "$lang")
for item in $items; do
    status=0
    "$cli" verify "$plan" --item "$item" >"$work/verify-$item.txt" || status=$?
    # 3: a check failed; recorded in the plan like any other result.
    if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
        cat "$work/verify-$item.txt" >&2
        exit "$status"
    fi
done
"$demo" accept "$plan" --lang "$lang"
record 2

score=$("$cli" score "$plan" | head -n 1)
say "Done: $plan — $score"
