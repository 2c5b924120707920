### Vendor Risk Register: the command line's text output (src-tauri/cli/src/ and its output/):
### blast radius, notification obligations, tables, labels and one-line results, English.
### Headings are upper case, as the CLI prints them. Counts ($people, $records) come grouped;
### $total, $depth, $rto are plain numbers; other values (ids, codes, dates, scores) come ready
### to print. A message never starts or ends with a space: the CLI adds what it needs.

term-radius-title = Blast radius of { $vendor } as of { $date }
term-radius-nothing = It held none of our data on that date.
term-radius-last-held = It last held data on { $date }.
term-radius-direct = DIRECT EXPOSURE: { $people } people, { $records } records; flags: { $flags }
term-radius-about = about { $subject }: { $people } people
term-radius-by-country = people by country: { $countries }
term-radius-indirect = INDIRECT (our data reaching it through other vendors): { $total } vendors
term-radius-downstream = DOWNSTREAM (its subprocessors holding our data: at risk): { $total } vendors
term-radius-depth = { $vendor } (depth { $depth }): { $categories }
term-radius-assumed = { $vendor } (depth { $depth }): { $categories } (categories not stated: assumed all)
term-radius-services = OUR SERVICES AFFECTED
term-radius-service = { $service } ({ $criticality }, RTO { $rto } h): { $impacts }
term-radius-depends = depends on the vendor
term-radius-source = sends it the data
term-radius-actions = RECOMMENDED ACTIONS
term-none = none

term-obligations = NOTIFICATION OBLIGATIONS (aware { $aware }, times in { $zone })
term-none-triggered = none triggered
term-done = DONE { $at }
term-done-late = DONE { $at } (late)
term-due = due { $due } ({ $countdown })
term-needs-assessment = NEEDS ASSESSMENT
term-to = to: { $recipient }
term-deadline = deadline: { $deadline }
term-rule = rule: { $citation }
term-assess = assess: { $question }
term-because = because: { $basis }
term-contains = the notice contains at least:
term-not-triggered = NOT TRIGGERED
term-in = in { $span }
term-overdue-by = overdue by { $span }
term-minutes = { $minutes } min
term-hours-minutes = { $hours } h { $minutes } min
term-days-hours = { $days } d { $hours } h
term-invalid-input = error: invalid input, nothing was written:
term-hint-passphrase = give it with --passphrase-file FILE or VENDOR_RISK_PASSPHRASE, or run at a terminal

## Shared words
term-yes = yes
term-no = no
term-matched-by = { $name } (by { $key })
term-wrote = Wrote { $path }

## Table column headings (upper case, as the CLI prints them)
term-col-id = ID
term-col-name = NAME
term-col-category = CATEGORY
term-col-categories = CATEGORIES
term-col-status = STATUS
term-col-state = STATE
term-col-country = COUNTRY
term-col-owner = OWNER
term-col-finding-owner = OWNER
term-col-renewal = RENEWAL
term-col-annual-spend = ANNUAL SPEND
term-col-row = ROW
term-col-rows = ROWS
term-col-action = ACTION
term-col-matches = MATCHES
term-col-errors = ERRORS
term-col-warnings = WARNINGS
term-col-seq = SEQ
term-col-at-utc = AT (UTC)
term-col-actor = ACTOR
term-col-record = RECORD
term-col-changes = CHANGES
term-col-change = CHANGE
term-col-vendor = VENDOR
term-col-title = TITLE
term-col-aware-utc = AWARE (UTC)
term-col-assessed-utc = ASSESSED (UTC)
term-col-inherent = INHERENT
term-col-residual = RESIDUAL
term-col-tier = TIER
term-col-rubric = RUBRIC
term-col-last-review = LAST REVIEW
term-col-next-due = NEXT DUE
term-col-kind = KIND
term-col-stale-on = STALE ON
term-col-accepted = ACCEPTED
term-col-approver = APPROVER
term-col-expires = EXPIRES
term-col-version = VERSION
term-col-questions = QUESTIONS
term-col-questionnaire = QUESTIONNAIRE
term-col-source = SOURCE
term-col-due = DUE
term-col-respondent = RESPONDENT
term-col-severity = SEVERITY
term-col-finding = FINDING
term-col-answer = ANSWER
term-col-subject = SUBJECT
term-col-people = PEOPLE
term-col-records = RECORDS
term-col-flows = FLOWS
term-col-from = FROM
term-col-to = TO
term-col-valid-from = FROM
term-col-valid-to = TO
term-col-purpose = PURPOSE
term-col-service = SERVICE
term-col-criticality = CRITICALITY
term-col-rto-hours = RTO (H)
term-col-depends-on = DEPENDS ON
term-col-key = KEY
term-col-flags = FLAGS
term-col-where = WHERE
term-col-locations = LOCATIONS
term-col-entity = ENTITY
term-col-function = FUNCTION
term-col-functions = FUNCTIONS
term-col-arrangement = ARRANGEMENT
term-col-provider = PROVIDER
term-col-signed-by = SIGNED BY
term-col-template = TEMPLATE
term-col-b0501-row = B_05.01 ROW
term-col-code = CODE

## The register itself: init, encryption, sample data, passphrase prompts (main.rs, passphrase.rs)
term-register-created = Created { $place }
term-register-created-encrypted = Created { $place }, encrypted
term-register-encrypted = Encrypted { $path }
term-register-rekeyed = Changed the passphrase of { $path }
term-register-decrypted = Decrypted { $path }
term-register-sample-synthetic = Wrote { $vendors } synthetic vendors, { $flows } flows and { $edges } edges to { $path }
term-register-sample-financial = Wrote the sample financial entity's register to { $path }
term-register-sample = Wrote the sample register to { $path }
term-passphrase-for = Passphrase for { $path }:
term-passphrase-new = New passphrase:
term-passphrase-repeat = Repeat the new passphrase:
term-passphrase-new-login = The new login's password:
term-passphrase-repeat-login = Repeat it:

## Vendors (vendor.rs, output/mod.rs)
term-vendor-added = Added vendor { $id } ({ $name })
term-vendor-updated = Updated vendor { $id } ({ $name })
term-vendor-archived-done = Archived vendor { $id } ({ $name })
term-vendor-restored = Restored vendor { $id } ({ $name })
term-vendor-archived-mark = (archived)
term-vendor-range = ({ $first }–{ $last } of { $total })
term-vendor-name = Name
term-vendor-legal-name = Legal name
term-vendor-website = Website
term-vendor-country = Country
term-vendor-category = Category
term-vendor-status = Status
term-vendor-business-owner = Business owner
term-vendor-description = Description
term-vendor-services = Services
term-vendor-vat = VAT
term-vendor-contract-start = Contract start
term-vendor-renewal = Renewal
term-vendor-contract-end = Contract end
term-vendor-notice-period = Notice period (days)
term-vendor-annual-spend = Annual spend
term-vendor-dpa-signed = DPA signed
term-vendor-breach-sla = Breach notice SLA (hours)
term-vendor-archived = Archived
term-vendor-contact = Contact
term-vendor-import-errors-below = { $count } (below)
term-vendor-import-row-error = row { $row }, column '{ $column }': { $message }
term-vendor-imported = Imported: { $new } new, { $updated } updated, { $skipped } skipped; { $invalid } rows with errors
term-vendor-would-import = Would import: { $new } new, { $updated } updated, { $skipped } skipped; { $invalid } rows with errors
term-vendor-import-blocked = (nothing can be imported until they are fixed)
term-vendor-import-create = create
term-vendor-import-update = update
term-vendor-import-skip = skip
term-vendor-import-invalid = invalid
# A file named on the command line that cannot be read; $problem is the system's reason.

## The audit log (output/mod.rs)
term-audit-intact = Audit log intact: { $entries } entries verified. Head hash { $hash }
term-audit-tampered = AUDIT LOG TAMPERED: { $problems } problem(s) in { $entries } entries:

## Incidents and the organisation profile (incident.rs, output/incident.rs)
term-incident-title = Incident { $id } at { $vendor }: { $title } ({ $status })
term-incident-lag = Vendor notification lag: { $lag } h ({ $days } days) from detection to telling us
term-incident-lag-sla = ; the DPA allows { $sla } h
term-incident-timeline = TIMELINE (UTC)
term-incident-confirmed-exposed = CONFIRMED EXPOSED: { $keys }
term-incident-confirmed-not-exposed = CONFIRMED NOT EXPOSED: { $keys }
term-incident-frozen = FROZEN BLAST RADIUS (as of { $date }): { $people } people, { $categories } categories, { $upstream } upstream and { $downstream } downstream vendors
term-incident-assessed = ASSESSED { $key }: { $answer }
term-incident-updated = Updated incident { $id }
term-incident-step-done = Marked { $rule } done on incident { $id }
term-incident-recorded = Recorded { $key }: { $answer } on incident { $id }
term-incident-note-added = Added a note to incident { $id }
term-incident-closed = Closed incident { $id }
term-incident-reopened = Reopened incident { $id }
term-org-name = Name
term-org-established = Established in
term-org-financial-entity = Financial entity (DORA)
term-org-financial-entity-kind = Kind of financial entity
term-org-weekend-relief-refused = Weekend relief refused
term-org-sec-registrant = SEC registrant
term-org-time-zone = Time zone
term-org-public-holidays = Public holidays
term-org-built-in-for = built in for { $countries } countries
term-org-own-holidays = Holidays of our own
term-org-listed = { $count } listed

## Risk, reviews, documents, acceptances (risk.rs, output/risk.rs)
term-risk-steps = Inherent { $inherent } (likelihood { $likelihood }, impact { $impact }){ $overridden } · residual { $residual } · tier { $tier } · rubric v{ $version }
term-risk-overridden-from = , OVERRIDDEN from { $level }
term-risk-of = Risk of { $vendor }
term-risk-facts = Facts: flags { $flags }; { $people } people; { $records } records; { $countries } countries; { $fourth_parties } fourth parties; access { $access }; substitutability { $substitutability }; services: RTO { $rto }, criticality { $criticality }; questionnaire score { $score }; open findings (low/medium/high/critical) { $findings }
term-risk-hours = { $hours } h
term-risk-review = Review: { $state } (last { $last }, next { $next })
term-risk-review-requested = review requested: { $reason }
term-risk-contract = Contract: { $notice }
term-risk-document = Document ({ $freshness }): { $message }
term-risk-acceptance = Acceptance { $id }: { $level } by { $approver } until { $expires }
term-risk-stale = STALE: { $reason }
term-risk-overridden = (overridden)
term-risk-holds = holds
term-risk-assessed = Assessed { $vendor }: inherent { $inherent }, residual { $residual }, tier { $tier } (rubric v{ $version })
term-risk-assessed-all = Assessed { $count } vendors
term-risk-profile = { $vendor }: access { $access }, substitutability { $substitutability }{ $overridden }
term-risk-overridden-to = , overridden to { $level }
term-risk-rubric-saved = Saved the risk rubric as version { $version }
term-risk-accepted = Accepted { $level } residual risk of { $vendor } until { $expires } (acceptance { $id })
term-risk-revoked = Revoked acceptance { $id } of { $vendor }

## The dashboard (output/risk.rs)
term-dashboard-title = Dashboard { $date } — { $vendors } vendors (rubric v{ $version })
term-dashboard-heat-map = INHERENT RISK HEAT MAP (rows: likelihood, columns: impact)
term-dashboard-impact-levels = very low   low   moderate   high   very high
term-dashboard-tiers = TIERS: { $tiers }
term-dashboard-tier = tier { $tier }: { $count }
term-dashboard-open-findings = OPEN FINDINGS: { $findings }
term-dashboard-reviews = REVIEWS: { $overdue } overdue or never done, { $soon } due soon
term-dashboard-documents = DOCUMENTS needing attention: { $count }
term-dashboard-notices = NOTICE DATES coming up: { $count }
term-dashboard-special-category = SPECIAL-CATEGORY DATA: { $count } vendors ({ $vendors })
term-dashboard-stale-acceptances = STALE ACCEPTANCES: { $count }

## Questionnaires, assessments, scores and findings (questionnaire.rs, output/questionnaire.rs)
term-questionnaire-old = (old)
term-questionnaire-built-in = built-in
term-questionnaire-own = own
term-questionnaire-assessment = Assessment { $id } of { $vendor }: { $template } v{ $version } ({ $status })
term-questionnaire-progress = Due { $due } · respondent { $respondent } · { $answered } of { $visible } visible questions answered · score { $score }
term-questionnaire-required-missing = Required and unanswered: { $ids }
term-questionnaire-decision = Decision: { $reason }
term-questionnaire-comment = comment: { $comment }
term-questionnaire-evidence = evidence: { $file } (SHA-256 { $sha256 })
term-questionnaire-findings = FINDINGS
term-questionnaire-formula = Formula: { $formula }
term-questionnaire-not-scored = not scored (not applicable or information only)
term-questionnaire-unanswered-required = UNANSWERED (required): not scored
term-questionnaire-unanswered = unanswered: not scored
term-questionnaire-overall = OVERALL: { $earned } ÷ { $possible } = { $score } ({ $answered } of { $visible } visible questions answered)
term-questionnaire-unanswered-required-list = Unanswered required questions (flagged, not scored): { $ids }
term-questionnaire-workbook-imported = Imported { $rows } row(s) for assessment { $assessment }; { $changes } answer(s) change
term-questionnaire-workbook-preview = Preview (nothing written): { $rows } row(s) for assessment { $assessment }; { $changes } answer(s) change
term-questionnaire-worse = (worse)
term-questionnaire-note = note: { $note }
term-questionnaire-still-unanswered = still unanswered (required): { $ids }
term-questionnaire-caiq = { $standard }{ $edition } { $version } (sheets: { $sheet }): { $questions } questions — { $yes } Yes, { $no } No, { $na } NA, { $other } other answers, { $blank } blank; { $skipped } other rows skipped
term-questionnaire-domains = Domains: { $domains }
term-questionnaire-caiq-findings = Findings to review (answers against the expectation): { $findings }
term-questionnaire-caiq-imported = Imported as assessment { $id } (submitted, ready for review)
term-questionnaire-caiq-preview = Preview: nothing written
term-questionnaire-diff = Assessment { $before } → { $after }: score { $score_before } → { $score_after }; { $changes } change(s), { $regressions } regression(s)
term-questionnaire-diff-worse = WORSE
term-questionnaire-diff-better = better
term-questionnaire-by-hand = (entered by hand)
term-questionnaire-template-imported = Imported template { $id } version { $version } ({ $questions } questions)
term-questionnaire-assigned = Assigned assessment { $id } ({ $template } v{ $version }) to { $vendor }
term-questionnaire-answered = Answered { $question }; { $answered } of { $visible } answered
term-questionnaire-attached = Attached { $file } (SHA-256 { $sha256 })
term-questionnaire-status = Assessment { $id } is { $status }; { $findings } finding(s)
term-questionnaire-finding-added = Added finding { $id } ({ $severity }) for { $vendor }
term-questionnaire-finding-status = Finding { $id } is { $status }

## The data map (datamap.rs, output/datamap.rs)
term-datamap-flow-added = Added flow { $id } to { $vendor }
term-datamap-flow-ended = Ended flow { $id } to { $vendor } on { $date }
term-datamap-edge-added = Added edge { $id }: { $from } → { $to }
term-datamap-edge-ended = Ended edge { $id } ({ $from } → { $to }) on { $date }
term-datamap-service-added = Added internal service { $id } ({ $name })
term-datamap-category-added = Added category { $key }
term-datamap-subject-added = Added subject group { $key }
term-datamap-not-stated = (not stated)
term-datamap-categories = Data categories: Fideslang by Ethyca (CC BY 4.0), and this register's own.
term-datamap-custom = custom
term-datamap-as-of = As of { $date }
term-datamap-subprocessors-imported = Imported subprocessor list for { $vendor } (read as a { $format }): { $entries } entries; { $added } added, { $changed } changed, { $removed } removed
term-datamap-subprocessors-preview = Preview of the subprocessor list for { $vendor } (read as a { $format }): { $entries } entries; { $added } added, { $changed } changed, { $removed } removed
term-datamap-columns = Columns:
term-datamap-chosen = chosen
term-datamap-from-header = from its header
term-datamap-column-read = ({ $how }; e.g. { $example })
term-datamap-companies = Companies in this file: { $companies }
term-datamap-region = region { $region }
term-datamap-new-vendor = (new vendor)
term-datamap-removed = removed: { $vendor }
term-datamap-read-as = { $at }: { $column } '{ $text }' read as { $became }
term-datamap-error = error: { $at }: { $message }
term-datamap-change-added = added
term-datamap-change-changed = changed
term-datamap-change-unchanged = unchanged
term-datamap-column-flag = '{ $text }' is not HEADER=ROLE with ROLE one of { $roles }.

## Reports, exports, backups and restores (report.rs, export.rs). The attestation lines (data SHA-256, audit-log entry, report:) are not messages: scripts read them.
term-report-wrote = Wrote { $path } ({ $pages } pages, { $bytes } bytes)
term-export-wrote = Wrote { $path } ({ $bytes } bytes)
term-export-restored-json = Restored { $file } into { $db } ({ $vendors } vendors)
term-export-restored = Restored { $file } into { $db } ({ $entries } audit entries, chain verified){ $kept }
term-export-kept = ; the replaced register is kept as { $path }
term-export-backed-up = Backed up to { $path } ({ $bytes } bytes, { $entries } audit entries)

## Team registers (team.rs)
term-team-created = Created the team register { $server }
term-team-schema-current = The team register's schema is already version { $version }
term-team-schema-upgraded = Upgraded the team register's schema from version { $from } to { $to }
term-team-migrated = Moved { $file } to { $server }: { $entries } audit entries, verified on the server
term-team-user-added = Added the login { $login } as { $role }
term-team-role-set = { $login } is now { $role }
term-team-user-removed = Removed the login { $login }

## The DORA Register of Information (dora.rs)
term-dora-entity-saved = Saved entity { $name } ({ $lei })
term-dora-branch-saved = Saved branch { $code } ({ $name }) of { $entity }
term-dora-function-saved = Saved function { $code } ({ $name }) of { $entity }
term-dora-provider-saved = Saved the RoI facts of { $vendor }
term-dora-arrangement-saved = Saved arrangement { $reference } with { $vendor }
term-dora-settings = Scope { $scope }, base currency { $currency }, package name { $pattern }
term-dora-codes = { $count } codes: { $first }, …
term-dora-reporting = reporting
term-dora-package = Package { $name }
term-dora-no-problems = No problems: the package passes every check.
term-dora-problems-listed = { $problems } problem(s) ({ $errors } error(s)) listed in { $path }
term-dora-new-vendor = new vendor
term-dora-imported = Imported { $entities } entities, { $functions } functions, { $providers } providers, { $arrangements } arrangements, { $links } subcontracting links (reference date { $date })
term-dora-would-import = Would import { $entities } entities, { $functions } functions, { $providers } providers, { $arrangements } arrangements, { $links } subcontracting links (reference date { $date })
term-dora-note = Note: { $note }
term-dora-nothing-written = Nothing was written; run again with --commit to import.
term-dora-not-name-value = '{ $text }' is not NAME=VALUE.
term-dora-not-column-text = '{ $text }' is not COLUMN=TEXT.
