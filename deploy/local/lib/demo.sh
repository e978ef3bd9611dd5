# shellcheck shell=bash
# ./dars demo: one application through the whole chain, against the running stack.

DEMO_TIMEOUT="${DARS_DEMO_TIMEOUT:-180}"
APPLICATIONS_API="http://localhost:8081/api"
APPROVALS_API="http://localhost:8082/api"
LINKAGE_API="http://localhost:8083/api"
EXTRACT_API="http://localhost:8084/api"
declare -A DEMO_TOKEN=()
DEMO_STEP=0
DEMO_APPLICATION=""
DEMO_EXTRACT=""
DEMO_AGREEMENT=""
HTTP_STATUS=""
HTTP_BODY=""
HTTP_ETAG=""

user_token() {
    local response
    response="$(curl -s -d grant_type=password -d client_id=opendars-cli -d "username=$1" -d password=demo "$TOKEN_URL")" \
        || die "Keycloak is not reachable at $KEYCLOAK_URL (run ./dars up)"
    jq -er '.access_token // empty' <<< "$response" 2>/dev/null \
        || die "no token for '$1': $(jq -r '.error_description // .error // .' <<< "$response" 2>/dev/null || printf '%s' "$response")"
}

demo_step() { DEMO_STEP=$((DEMO_STEP + 1)); printf '%s[%2d]%s %s\n' "$C_BOLD" "$DEMO_STEP" "$C_OFF" "$*"; }
demo_fail() { printf '%sFAILED:%s %s\n' "$C_ERR" "$C_OFF" "$*" >&2; exit 1; }

# Calls the API as a demo user; leaves the status in HTTP_STATUS, the body in HTTP_BODY and any ETag in
# HTTP_ETAG. An optional fifth argument is sent as If-Match.
api() {
    local method="$1" url="$2" user="$3" body="${4:-}" if_match="${5:-}" out headers
    out="$(mktemp)"
    headers="$(mktemp)"
    local args=(-s -o "$out" -D "$headers" -w '%{http_code}' -X "$method" -H "Authorization: Bearer ${DEMO_TOKEN[$user]}"
                -H 'Accept: application/json')
    if [[ -n "$body" ]]; then args+=(-H 'Content-Type: application/json' --data-binary "$body"); fi
    if [[ -n "$if_match" ]]; then args+=(-H "If-Match: $if_match"); fi
    if [[ "$method" == POST && "$url" == */applications ]]; then args+=(-H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)"); fi
    HTTP_STATUS="$(curl "${args[@]}" "$url")" || HTTP_STATUS="000"
    HTTP_BODY="$(<"$out")"
    HTTP_ETAG="$(sed -n 's/^[Ee][Tt][Aa][Gg]: *\(.*\)\r\?$/\1/p' "$headers" | tr -d '\r' | tail -n 1)"
    rm -f "$out" "$headers"
}

# Fails the demo unless the last call answered with the expected status.
expect() {
    local wanted="$1" what="$2"
    [[ "$HTTP_STATUS" == "$wanted" ]] && return 0
    [[ "$HTTP_STATUS" == 000 ]] && demo_fail "$what: no answer (is the stack up? ./dars status)"
    demo_fail "$what: HTTP $HTTP_STATUS, expected $wanted: $(jq -c . <<< "$HTTP_BODY" 2>/dev/null || printf '%s' "$HTTP_BODY" | head -c 400)"
}

expect_2xx() {
    [[ "$HTTP_STATUS" == 2?? ]] && return 0
    expect 200 "$1"
}

# Uploads a cohort CSV file to linkage-service as a demo user; leaves status and body like api().
upload_cohort() {
    local file="$1" user="$2" out
    out="$(mktemp)"
    HTTP_STATUS="$(curl -s -o "$out" -w '%{http_code}' -X POST -H "Authorization: Bearer ${DEMO_TOKEN[$user]}" \
        -H 'Accept: application/json' -H 'Content-Type: text/csv' --data-binary "@$file" "$LINKAGE_API/cohorts")" \
        || HTTP_STATUS="000"
    HTTP_BODY="$(<"$out")"
    rm -f "$out"
}

# The demo's application form (deploy/local/demo/application.json), naming the cohort and each party's DSPT
# attainment date as the organisations registry publishes it.
application_body() {
    local cohort_id="$1" registry="$2"
    jq --arg cohort "$cohort_id" --argjson registry "$registry" '
        .cohortId = $cohort
        | .parties |= map(. as $p | .dsptPublished = ($registry | map(select(.odsCode == $p.odsCode)) | first | .dsptPublished))
    ' "$DARS_LOCAL/demo/application.json"
}

require_stack() {
    local service
    for service in "${SERVICES[@]}"; do
        curl -sf -o /dev/null "http://localhost:${SERVICE_PORT[$service]}/q/health/ready" \
            || die "$service is not ready on port ${SERVICE_PORT[$service]}: run ./dars up first (./dars status shows what runs)"
    done
}

# Polls until the jq filter yields a non-empty result; echoes it.
poll() {
    local url="$1" user="$2" filter="$3" what="$4" deadline=$((SECONDS + DEMO_TIMEOUT)) result
    while (( SECONDS < deadline )); do
        api GET "$url" "$user"
        if [[ "$HTTP_STATUS" == 200 ]]; then
            result="$(jq -c "$filter // empty" <<< "$HTTP_BODY" 2>/dev/null || true)"
            if [[ -n "$result" ]]; then printf '%s' "$result"; return 0; fi
        fi
        sleep 1
    done
    demo_fail "$what did not appear within ${DEMO_TIMEOUT} s (last answer: HTTP $HTTP_STATUS $(head -c 300 <<< "$HTTP_BODY"))"
}

run_demo() {
    require_tool jq
    require_tool curl
    local cohort_file="${DARS_DEMO_COHORT:-$DARS_LOCAL/demo/cohort.csv}" started user
    [[ -f "$cohort_file" ]] || die "the demo cohort ${cohort_file#"$DARS_ROOT"/} is missing"
    require_stack
    started="$(now_ms)"

    for user in alice carol paul lena omar priya dave sam cora rita maya bob rob; do DEMO_TOKEN[$user]="$(user_token "$user")"; done
    demo_step "tokens for alice (applicant, ORG-A), carol (case-officer), paul, lena, omar and priya (panel members), dave (approver), sam (signatory, ORG-A), cora (custodian signatory), rita (recipient, ORG-A), maya (data-manager), bob (applicant, ORG-B), rob (recipient, ORG-B)"

    demo_apply "$cohort_file"
    demo_assess
    demo_sign
    follow_timeline "$DEMO_APPLICATION"
    demo_deliver
    demo_other_organisation
    demo_revoke

    printf '%sDemo complete in %s s.%s\n' "$C_OK" "$(elapsed_s "$started")" "$C_OFF"
}

# alice reads the catalogue and the registry, drafts the application, completes it, attaches the ethics letter,
# sees the quote and submits; sets DEMO_APPLICATION.
demo_apply() {
    local cohort_file="$1" catalogue cohort_id code registry etag letter
    api GET "$APPLICATIONS_API/catalogue" alice
    expect 200 "catalogue"
    catalogue="$HTTP_BODY"
    for code in HES_APC ONS_MORTALITY; do
        jq -e --arg c "$code" 'any(.[]; .code == $c)' <<< "$catalogue" >/dev/null || demo_fail "catalogue has no $code"
    done
    demo_step "catalogue: $(jq length <<< "$catalogue") data sets, including HES_APC and ONS_MORTALITY; each field says how identifying it is ($(jq -r '[.[] | select(.code == "HES_APC") | .fields[] | "\(.name) \(.identifiability)"] | .[0:3] | join(", ")' <<< "$catalogue"), ...)"

    api GET "$APPLICATIONS_API/organisations" alice
    expect 200 "organisations registry"
    registry="$HTTP_BODY"
    demo_step "organisations registry: $(jq -r 'map("\(.name) (\(.odsCode)) DSPT \(.dsptStatus)") | join("; ")' <<< "$registry")"

    # The cohort's identifiers go to linkage-service alone; the application carries its reference and counts.
    upload_cohort "$cohort_file" alice
    expect 201 "upload the cohort"
    cohort_id="$(jq -r .id <<< "$HTTP_BODY")"
    demo_step "alice uploaded the cohort to linkage-service: $(jq -r .members <<< "$HTTP_BODY") members checked and kept there, cohort $cohort_id"

    api POST "$APPLICATIONS_API/applications" alice '{"title":"Mortality after emergency admission"}'
    expect 201 "create a draft"
    DEMO_APPLICATION="$(jq -r .id <<< "$HTTP_BODY")"
    etag="$HTTP_ETAG"
    demo_step "alice saved a draft $(jq -r .reference <<< "$HTTP_BODY") with a title only: $(jq '.missing | length' <<< "$HTTP_BODY") answers still missing ($(jq -r '[.missing[].pointer] | .[0:4] | join(", ")' <<< "$HTTP_BODY"), ...)"

    api POST "$APPLICATIONS_API/applications/$DEMO_APPLICATION/submit" alice
    expect 400 "submitting the incomplete draft"
    demo_step "submitting it now is refused: HTTP 400 listing all $(jq '.errors | length' <<< "$HTTP_BODY") missing answers at once"

    api PUT "$APPLICATIONS_API/applications/$DEMO_APPLICATION" alice "$(application_body "$cohort_id" "$registry")" '"999"'
    expect 412 "an edit with a stale ETag"
    api PUT "$APPLICATIONS_API/applications/$DEMO_APPLICATION" alice "$(application_body "$cohort_id" "$registry")" "$etag"
    expect 200 "complete the form"
    demo_step "alice completed the form with If-Match (a stale ETag got 412): purpose, controller and processor, territory $(jq -r .form.territory <<< "$HTTP_BODY"), legal basis $(jq -r '.form.legalBasis | "\(.article6) / \(.article9) / \(.commonLaw) \(.cagReference)"' <<< "$HTTP_BODY"), $(jq -r '[.form.products[0].datasets[] | "\(.code) \(.fields | length) fields \(.fromYear)-\(.toYear)"] | join(", ")' <<< "$HTTP_BODY"); $(jq '.missing | length' <<< "$HTTP_BODY") answers missing"

    letter="$(mktemp)"
    printf '%%PDF-1.4\n%% Favourable opinion, North East - York Research Ethics Committee, 23/NE/0203\n%%%%EOF\n' > "$letter"
    HTTP_STATUS="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${DEMO_TOKEN[alice]}" \
        -F kind=ETHICS_LETTER -F "file=@$letter;type=application/pdf;filename=favourable-opinion.pdf" \
        "$APPLICATIONS_API/applications/$DEMO_APPLICATION/attachments")" || HTTP_STATUS=000
    rm -f "$letter"
    expect 201 "attach the ethics letter"
    demo_step "alice attached the ethics committee's letter (PDF, checked by type, size and content)"

    api POST "$APPROVALS_API/charges/quote" alice "$(jq -n --argjson form "$(application_body "$cohort_id" "$registry")" '{form: $form}')"
    expect 200 "quote"
    demo_step "quote before submitting: $(jq -r '[.lines[] | "\(.quantity) x \(.description)"] | join("; ")' <<< "$HTTP_BODY"): total £$(jq -r '.totalPence / 100' <<< "$HTTP_BODY")"

    # Submission waits for linkage-service's cohort-registered event (409 until then).
    local deadline=$((SECONDS + DEMO_TIMEOUT))
    while :; do
        api POST "$APPLICATIONS_API/applications/$DEMO_APPLICATION/submit" alice
        [[ "$HTTP_STATUS" == 409 && SECONDS -lt deadline ]] || break
        sleep 1
    done
    expect 200 "submit application"
    demo_step "alice submitted it: status $(jq -r .status <<< "$HTTP_BODY")"
}

# The case as the custodian works it: checks, a return for information, the panel, and a four-eyes decision.
demo_assess() {
    local case_id case meeting item etag
    case_id="$(poll "$APPROVALS_API/cases?applicationId=$DEMO_APPLICATION" carol '.[0].id' "the approval case")"
    case_id="$(jq -r . <<< "$case_id")"
    api GET "$APPROVALS_API/cases/$case_id" carol
    case="$HTTP_BODY"
    demo_step "approvals-service opened case $case_id: $(jq -r '[.checks | group_by(.outcome)[] | "\(length) \(.[0].outcome)"] | join(", ")' <<< "$case") of $(jq '.checks | length' <<< "$case") checks; clock day $(jq .clock.elapsedWorkingDays <<< "$case") of $(jq .clock.targetWorkingDays <<< "$case") working days; panel needed: $(jq -r '.panelReasons | join("; ")' <<< "$case")"

    api POST "$APPROVALS_API/cases/$case_id/return" carol '{"questions":["Why is the primary diagnosis needed for every episode, not only the index admission?"]}'
    expect 200 "carol returns the case"
    poll "$APPLICATIONS_API/applications/$DEMO_APPLICATION" alice 'select(.status == "RETURNED") | .questions[0].text' "the return" > /dev/null
    api GET "$APPROVALS_API/assessments/$DEMO_APPLICATION" alice
    demo_step "carol returned it with a question; alice sees it RETURNED and the clock paused ($(jq -r '.[0].clock | "paused \(.paused), \(.elapsedWorkingDays) working days elapsed"' <<< "$HTTP_BODY"))"

    api GET "$APPLICATIONS_API/applications/$DEMO_APPLICATION" alice
    etag="$HTTP_ETAG"
    api POST "$APPLICATIONS_API/applications/$DEMO_APPLICATION/answers" alice '{"answers":[{"question":1,"answer":"Readmissions for the same cause are later episodes; the diagnosis on each tells them apart."}]}' "$etag"
    expect 200 "alice answers"
    api POST "$APPLICATIONS_API/applications/$DEMO_APPLICATION/resubmit" alice "" "$HTTP_ETAG"
    expect 200 "alice resubmits"
    poll "$APPROVALS_API/cases/$case_id" carol 'select(.status == "OPEN" and .submissions == 2) | .id' "the resumed case" > /dev/null
    demo_step "alice answered and resubmitted: the same case resumed (submission 2), its clock running again"

    api POST "$APPROVALS_API/cases/$case_id/review" carol '{"recommendation":"APPROVE","notes":"Legal basis, security and data minimisation checked; the answer justifies the diagnosis field."}'
    expect_2xx "carol's review"
    demo_step "carol reviewed the case: recommends APPROVE"

    api POST "$APPROVALS_API/cases/$case_id/decision" dave '{"decision":"APPROVE","reason":"Meets the approval criteria."}'
    expect 409 "approval before the panel"
    demo_step "dave cannot approve yet: HTTP 409, $(jq -r .detail <<< "$HTTP_BODY" | cut -c1-90)"

    api POST "$APPROVALS_API/panel/meetings" carol "{\"heldOn\":\"$(date +%F)\",\"quorum\":3,\"seats\":[{\"member\":\"paul\",\"role\":\"CHAIR\"},{\"member\":\"lena\",\"role\":\"LAY_MEMBER\"},{\"member\":\"omar\",\"role\":\"SPECIALIST\"},{\"member\":\"priya\",\"role\":\"SPECIALIST\"}]}"
    expect 201 "schedule the panel meeting"
    meeting="$(jq -r .id <<< "$HTTP_BODY")"
    api POST "$APPROVALS_API/panel/meetings/$meeting/agenda" carol "{\"caseId\":\"$case_id\"}"
    expect 200 "list the case"
    item="$(jq -r .id <<< "$HTTP_BODY")"
    demo_step "carol scheduled a panel meeting (paul chair, lena lay member, omar, priya; quorum 3) with the case on its agenda"

    api POST "$APPROVALS_API/panel/meetings/$meeting/items/$item/declarations" omar '{"interest":"I am a co-investigator of the study."}'
    expect 200 "omar declares an interest"
    api POST "$APPROVALS_API/panel/meetings/$meeting/items/$item/votes" omar '{"recommendation":"SUPPORTED"}'
    expect 409 "omar's vote"
    demo_step "omar declared an interest and is recused: his vote is refused (HTTP 409)"
    for user in paul lena priya; do
        api POST "$APPROVALS_API/panel/meetings/$meeting/items/$item/votes" "$user" '{"recommendation":"SUPPORTED_WITH_CONDITIONS","conditions":["Results are shared with the partner hospitals before publication."]}'
        expect 200 "$user's vote"
    done
    api POST "$APPROVALS_API/panel/meetings/$meeting/items/$item/conclusion" paul
    expect 200 "paul concludes the item"
    demo_step "paul, lena and priya voted; paul concluded: $(jq -r '"\(.recommendation): \(.conditions | join(" "))"' <<< "$HTTP_BODY")"
    api POST "$APPROVALS_API/panel/meetings/$meeting/minutes" paul '{"minutes":"The panel considered one application."}'
    expect 200 "paul closes the meeting"

    api POST "$APPROVALS_API/cases/$case_id/decision" dave '{"decision":"APPROVE","reason":"Meets the approval criteria; the panel supports it with conditions."}'
    expect_2xx "dave's decision"
    demo_step "dave approved: agreement $(jq -r '.agreementReference // "?"' <<< "$HTTP_BODY") issued for signature with the panel's condition; no data moves yet"
    api GET "$APPROVALS_API/assessments/$DEMO_APPLICATION" alice
    demo_step "alice's view of the assessment: $(jq -r '.[0] | "\(.status), decided after \(.clock.elapsedWorkingDays) working days (\(.clock.pausedWorkingDays) paused), quote £\(.quote.totalPence / 100)"' <<< "$HTTP_BODY")"
}

# The agreement is binding once both parties sign its document's SHA-256: sam for ORG-A, cora for the custodian.
demo_sign() {
    local agreement sha state
    api GET "$APPROVALS_API/agreements?applicationId=$DEMO_APPLICATION" sam
    expect 200 "sam reads the agreement"
    agreement="$(jq -c '.[0]' <<< "$HTTP_BODY")"
    DEMO_AGREEMENT="$(jq -r .id <<< "$agreement")"
    sha="$(jq -r .documentSha256 <<< "$agreement")"
    demo_step "agreement $(jq -r .displayReference <<< "$agreement"): $(jq -r '"\(.status), \(.startDate) to \(.endDate), \(.conditions | length) conditions"' <<< "$agreement"), document SHA-256 $sha"

    api GET "$LINKAGE_API/linkage-runs?applicationId=$DEMO_APPLICATION" maya
    expect 200 "linkage runs before signature"
    [[ "$(jq length <<< "$HTTP_BODY")" == 0 ]] || demo_fail "linkage started before the agreement was signed"
    demo_step "nothing is linked while the agreement is unsigned"

    api POST "$APPROVALS_API/agreements/$DEMO_AGREEMENT/signatures" dave "{\"documentSha256\":\"$sha\"}"
    [[ "$HTTP_STATUS" == 403 || "$HTTP_STATUS" == 409 ]] || demo_fail "dave (the approver) signing for the custodian: HTTP $HTTP_STATUS, expected a refusal"
    demo_step "dave, who decided, may not sign for the custodian: HTTP $HTTP_STATUS"

    api POST "$APPROVALS_API/agreements/$DEMO_AGREEMENT/signatures" sam "{\"documentSha256\":\"$sha\"}"
    expect 200 "sam's signature"
    demo_step "sam signed for ORG-A: status $(jq -r .status <<< "$HTTP_BODY")"
    api POST "$APPROVALS_API/agreements/$DEMO_AGREEMENT/signatures" cora "{\"documentSha256\":\"$sha\"}"
    expect 200 "cora's signature"
    state="$(jq -r .status <<< "$HTTP_BODY")"
    [[ "$state" == ACTIVE ]] || demo_fail "the agreement is $state after both signatures, expected ACTIVE"
    demo_step "cora signed for the custodian: the agreement is ACTIVE, linkage and extract start"
}

# The custodian revokes the agreement: the same download is refused, the bytes are purged, the register says so.
demo_revoke() {
    local status body reference
    api POST "$APPROVALS_API/agreements/$DEMO_AGREEMENT/revocation" dave '{"reason":"Demo: the agreement is revoked to show that delivery stops."}'
    expect 200 "dave revokes the agreement"
    reference="$(jq -r .reference <<< "$HTTP_BODY")"
    demo_step "dave revoked $(jq -r .displayReference <<< "$HTTP_BODY")"
    body="$(mktemp)"
    local deadline=$((SECONDS + DEMO_TIMEOUT))
    while :; do
        status="$(curl -s -o "$body" -w '%{http_code}' -H "Authorization: Bearer ${DEMO_TOKEN[rita]}" "$EXTRACT_API/extracts/$DEMO_EXTRACT/download")"
        [[ "$status" != 200 || SECONDS -ge deadline ]] && break
        sleep 1
    done
    [[ "$status" == 410 ]] || { rm -f "$body"; demo_fail "rita's download after revocation: HTTP $status, expected 410"; }
    demo_step "rita's same download is refused: HTTP 410, $(jq -r .detail "$body")"
    rm -f "$body"
    api GET "$EXTRACT_API/extracts/$DEMO_EXTRACT" rita
    demo_step "the delivery record stays: $(jq -r '"\(.status), \(.rows) rows, sha256 \(.sha256)"' <<< "$HTTP_BODY"); its bytes are gone"
    status="$(curl -s -o "$DARS_HOME/demo/register.json" -w '%{http_code}' "$APPROVALS_API/register/agreements")"
    [[ "$status" == 200 ]] || demo_fail "the public register: HTTP $status"
    demo_step "public Data Uses Register (no token): $reference is $(jq -r --arg r "$reference" 'map(select(.reference == $r)) | first | .status' "$DARS_HOME/demo/register.json")"
}

# The linkage figures, then rita's download checked against the published SHA-256; sets DEMO_EXTRACT.
demo_deliver() {
    local run extract file_name sha target status actual
    run="$(poll "$LINKAGE_API/linkage-runs?applicationId=$DEMO_APPLICATION" maya '.[0]' "the linkage run")"
    demo_step "linkage run $(jq -r .id <<< "$run"): $(jq -r '"\(.status), cohort \(.cohortSize), matched \(.matched), unmatched \(.unmatched), ambiguous \(.ambiguous), matches by rank \(.matchesByRank | tojson)"' <<< "$run")"

    extract="$(poll "$EXTRACT_API/extracts?applicationId=$DEMO_APPLICATION" rita 'map(select(.sha256 != null)) | first' "the extract")"
    DEMO_EXTRACT="$(jq -r .id <<< "$extract")"
    file_name="$(jq -r '.fileName // "extract.csv"' <<< "$extract")"
    sha="$(jq -r .sha256 <<< "$extract")"
    demo_step "rita sees extract $DEMO_EXTRACT: $(jq -r .status <<< "$extract"), $(jq -r .rows <<< "$extract") rows, $file_name"

    target="$DARS_HOME/demo/$file_name"
    mkdir -p "$(dirname "$target")"
    status="$(curl -s -o "$target" -w '%{http_code}' -H "Authorization: Bearer ${DEMO_TOKEN[rita]}" "$EXTRACT_API/extracts/$DEMO_EXTRACT/download")"
    [[ "$status" == 200 ]] || demo_fail "rita's download: HTTP $status: $(head -c 300 "$target")"
    actual="$(sha256sum "$target" | cut -d' ' -f1)"
    [[ "$actual" == "$sha" ]] || demo_fail "checksum mismatch: file $actual, extract record $sha"
    demo_step "rita downloaded .dars/demo/$file_name ($(wc -c < "$target") bytes): checksum OK ($sha)"
    api GET "$EXTRACT_API/extracts/$DEMO_EXTRACT/manifest" rita
    expect 200 "the delivery's manifest"
    demo_step "its manifest: $(jq -r '[.files[] | "\(.name) \(.rows) rows"] | join(", ")' <<< "$HTTP_BODY"); releases $(jq -r '[.releases[] | "\(.datasetCode) \(.releaseId) v\(.fileVersion)"] | unique | length' <<< "$HTTP_BODY") files in force; opt-outs applied: $(jq -r '.optOuts.applied' <<< "$HTTP_BODY"), $(jq -r '.optOuts.removed' <<< "$HTTP_BODY") removed"
    status="$(curl -s -o "$DARS_HOME/demo/HES_APC.csv" -w '%{http_code}' -H "Authorization: Bearer ${DEMO_TOKEN[rita]}" "$EXTRACT_API/extracts/$DEMO_EXTRACT/files/HES_APC.csv")"
    [[ "$status" == 200 ]] || demo_fail "rita's download of HES_APC.csv: HTTP $status"
    head -n 4 "$DARS_HOME/demo/HES_APC.csv" | cut -c1-160 | sed 's/^/       | /'
}

demo_other_organisation() {
    api GET "$APPLICATIONS_API/applications/$DEMO_APPLICATION" bob
    expect 404 "bob (ORG-B) reading ORG-A's application"
    demo_step "bob (ORG-B) gets 404 for the application"
    expect_download_hidden rob "rob (recipient, ORG-B)" "$DEMO_EXTRACT"
}

expect_download_hidden() {
    local user="$1" who="$2" extract_id="$3" body status
    body="$(mktemp)"
    status="$(curl -s -o "$body" -w '%{http_code}' -H "Authorization: Bearer ${DEMO_TOKEN[$user]}" "$EXTRACT_API/extracts/$extract_id/download")"
    local detail
    detail="$(jq -r '.detail // empty' "$body" 2>/dev/null || true)"
    rm -f "$body"
    [[ "$status" == 404 ]] || demo_fail "$who downloading ORG-A's extract: HTTP $status${detail:+ ($detail)}, expected 404"
    demo_step "$who gets 404 for the download"
}

# Prints each timeline entry as it appears, until the extract is ready or the chain fails.
follow_timeline() {
    local id="$1" shown=0 deadline=$((SECONDS + DEMO_TIMEOUT)) status="" count i
    demo_step "following the application's timeline (up to ${DEMO_TIMEOUT} s):"
    while (( SECONDS < deadline )); do
        api GET "$APPLICATIONS_API/applications/$id" alice
        expect 200 "read application"
        count="$(jq '.timeline | length' <<< "$HTTP_BODY")"
        for (( i = shown; i < count; i++ )); do
            jq -r --argjson i "$i" '.timeline[$i] | "       \(.at)  \(.event)\(if .detail then "  " + (.detail | tostring) else "" end)"' <<< "$HTTP_BODY"
        done
        shown="$count"
        status="$(jq -r .status <<< "$HTTP_BODY")"
        case "$status" in
            EXTRACT_READY) demo_step "application status EXTRACT_READY"; return 0 ;;
            REJECTED|WITHDRAWN|LINKAGE_FAILED|EXTRACT_FAILED) demo_fail "the application ended in status $status" ;;
        esac
        sleep 1
    done
    demo_fail "the application did not reach EXTRACT_READY within ${DEMO_TIMEOUT} s (last status $status); see .dars/logs/"
}
