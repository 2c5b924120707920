### Vendor Risk Register: what went wrong (src-tauri/core/src/error.rs and the places that
### refuse a change), English. $file is a register file's path, $address a team register's
### address, $detail words of the server, the database or a library, passed as they are.

## Each kind of error (CoreError)

error-validation = invalid input: { $fields }
error-not-found = { $kind } not found: { $key }
error-changed-since = { $by } changed the { $what } at { $at } UTC, after you opened this; nothing was saved.
error-someone = Someone
error-newer-schema = this register was written by a newer version of Vendor Risk Register (schema version { $found }; this version understands up to { $supported }). Update the app to open it. The file was not changed.
error-not-a-register = { $file } is not a Vendor Risk Register file. The file was not changed.
error-no-team-register = { $address } (no team register here: its owner creates one with `vendor-risk --db URL team init`) is not a Vendor Risk Register file. The file was not changed.
error-corrupt = the register file { $file } is damaged and cannot be opened. The file was not changed; restore it from a backup.
error-missing = no register at { $file }
error-already-exists = { $file } already exists; open it instead, or choose another name
error-database-not-empty = { $address } (the database is not empty: a team register is created in an empty one) already exists; open it instead, or choose another name
error-login-taken = the login { $login } already holds a role on this register; choose another name, or change its role instead
error-busy = the register is busy: another program (the app or the vendor-risk CLI) is writing to it. Nothing was changed; try again in a moment.
error-passphrase-needed = { $file } is encrypted: enter its passphrase to open it.
error-wrong-passphrase = the passphrase does not open { $file } (or the file is not a register). The file was not changed.
error-open-elsewhere = { $file } is open in another program (the app or the vendor-risk CLI), or was not closed cleanly. Close it there (or open and close it once) and try again. Nothing was changed.
error-migration = upgrading the register to schema version { $version } failed, and the file was left unchanged: { $detail }
error-team-schema-outdated = upgrading the register to schema version { $found } failed, and the file was left unchanged: the team register's schema is version { $found }; this app needs { $needed }. Its owner upgrades it with `vendor-risk --db URL team upgrade`.
error-forbidden = { $role } cannot change { $area }: { $hint }
error-damaged = the register file { $file } is damaged, so the app changes nothing in it any more. Restore it from a backup (Export… → Restore from a backup, or `vendor-risk restore`).
error-cancelled = cancelled; nothing was written
error-offline = the team register's server cannot be reached ({ $detail }); nothing was changed. Check the connection; the app retries by itself.
error-sign-in = cannot sign in to the team register: { $detail }
error-untrusted-server = cannot sign in to the team register: the server's certificate is not trusted ({ $detail }); give the CA that signed it with sslrootcert=FILE
error-password-needed = cannot sign in to the team register: the server asks for a password, and none was given
error-server-refused = the server refused this for your login: { $detail }
error-no-role = the server refused this for your login: the login { $login } holds no role on this register (compliance, procurement or auditor); its owner grants one with `vendor-risk --db URL team set-role`
error-not-owner = the server refused this for your login: only the database's owner upgrades a team register's schema
error-internal = internal error: { $detail }
error-database = database error: { $detail }
error-file = file error: { $detail }
error-internal-user = An unexpected internal error occurred; nothing was changed. The details are in the log.

## Who may not change what (actor.rs, register/mod.rs, encryption.rs, backups.rs). A role is
## the subject of the sentence.

error-role-compliance = A compliance officer
error-role-procurement = Procurement
error-role-auditor = An auditor
error-area-vendors = vendor records
error-area-questionnaires = questionnaires
error-area-reviews = assessment decisions
error-area-findings = findings
error-area-data-map = the data map
error-area-risk = risk assessments
error-area-acceptances = risk acceptances
error-area-incidents = incidents and the organisation profile
error-area-team = the team's logins and roles
error-area-encryption = the register's encryption
error-area-whole-register = the whole register
error-hint-read-only = an auditor's access is read-only
error-hint-procurement = procurement works on vendors, contracts and questionnaires; risk decisions and acceptances are for compliance
error-hint-encryption = only a compliance officer encrypts or decrypts a register
error-hint-restore = only a compliance officer restores a backup over a register

## The kinds of record that may not be found: error-kind- and the kind with '-' for spaces

error-kind-arrangement = arrangement
error-kind-assessment = assessment
error-kind-data-category = data category
error-kind-data-flow = data flow
error-kind-document = document
error-kind-entity = entity
error-kind-evidence-file = evidence file
error-kind-exported-file = exported file
error-kind-finding = finding
error-kind-function = function
error-kind-incident = incident
error-kind-internal-service = internal service
error-kind-login = login
error-kind-login-on-this-register = login on this register
error-kind-provider = provider
error-kind-questionnaire-template = questionnaire template
error-kind-recent-team-register = recent team register
error-kind-risk-acceptance = risk acceptance
error-kind-risk-assessment = risk assessment
error-kind-subject-group = subject group
error-kind-vendor = vendor
error-kind-vendor-edge = vendor edge

## What someone changed meanwhile (register/edits.rs, register/questionnaires.rs): an answer,
## or the fields of a record's form, each error-changed-field- and the field's name in words
## with '-' for spaces; a field without a name of its own is named by its words ($name).

error-changed-answer = answer to { $question }
error-changed-field-other = { $name }
error-changed-field-name = name
error-changed-field-legal-name = legal name
error-changed-field-website = website
error-changed-field-country = country
error-changed-field-category = category
error-changed-field-description = description
error-changed-field-business-owner = business owner
error-changed-field-status = status
error-changed-field-lei = LEI
error-changed-field-vat = VAT number
error-changed-field-duns = D-U-N-S number
error-changed-field-contract = contract
error-changed-field-dpa = DPA
error-changed-field-services = services
error-changed-field-contacts = contacts
error-changed-field-archived-at = archiving
error-changed-field-vendor = vendor
error-changed-field-vendor-service = vendor's service
error-changed-field-source-service = service sending the data
error-changed-field-subject-key = subject group
error-changed-field-category-keys = data categories
error-changed-field-flags = flags
error-changed-field-purpose = purpose
error-changed-field-records = records
error-changed-field-people = people
error-changed-field-residence = people by country
error-changed-field-storage-locations = storage locations
error-changed-field-processing-locations = processing locations
error-changed-field-transfer-mechanism = transfer safeguard
error-changed-field-retention = retention
error-changed-field-valid-from = first day
error-changed-field-valid-to = last day
error-changed-field-criticality = criticality
error-changed-field-rto-hours = RTO
error-changed-field-owner = owner
error-changed-field-dependencies = vendors it depends on
error-changed-field-assessment-id = assessment
error-changed-field-question-id = question
error-changed-field-question-text = question's text
error-changed-field-answer = answer
error-changed-field-severity = severity
error-changed-field-title = title
error-changed-field-due-date = due date
error-changed-field-status-reason = reason
error-changed-field-evidence = evidence
error-changed-field-access = access
error-changed-field-substitutability = substitutability
error-changed-field-override-level = override level
error-changed-field-override-reason = override reason
error-changed-field-establishments = countries of establishment
error-changed-field-financial-entity = financial entity status
error-changed-field-financial-entity-kind = kind of financial entity
error-changed-field-weekend-relief-refused = weekend relief
error-changed-field-nis2 = NIS2 status
error-changed-field-hipaa = HIPAA status
error-changed-field-sec-registrant = SEC registrant status
error-changed-field-time-zone = time zone
error-changed-field-holidays = holidays
error-changed-field-detected-at = time the vendor detected it
error-changed-field-vendor-notified-at = time the vendor told us
error-changed-field-aware-at = time we became aware
error-changed-field-classified-at = time it was classified (DORA)
error-changed-field-materiality-at = time it was found material (SEC)
error-changed-field-notifiable-assessed-at = time it was assessed notifiable (PDPA)
error-changed-field-unlawful-access = unlawful access
error-changed-field-california-residents = California residents affected
error-changed-field-confirmed-exposed = confirmed exposed categories
error-changed-field-confirmed-not-exposed = confirmed not exposed categories
error-changed-field-blast-radius = blast radius
error-changed-field-answers = judgements
error-changed-field-steps = steps done
error-changed-field-notes = notes
error-changed-field-version = version
error-changed-field-people-bands = people bands
error-changed-field-country-bands = country bands
error-changed-field-fourth-party-bands = fourth-party bands
error-changed-field-data-impact-weights = data impact weights
error-changed-field-operational-impact-weights = operational impact weights
error-changed-field-likelihood-weights = likelihood weights
error-changed-field-matrix = risk matrix
error-changed-field-tiers = tiers
error-changed-field-control-reductions = control reductions
error-changed-field-max-control-reduction = most levels controls reduce
error-changed-field-finding-points = finding points
error-changed-field-points-per-level = points per level
error-changed-field-critical-floor = floor for open critical findings
error-changed-field-review-months = review intervals
error-changed-field-due-soon-days = days before due soon
error-changed-field-warning-days = days of document warning
error-changed-field-soc2-stale-months = months until a SOC 2 report is stale
error-changed-field-pentest-stale-months = months until a penetration test is stale

## Changes the register's state refuses (Conflict)

error-server-conflict = { $detail }
error-already-encrypted = the register is already encrypted; use `rekey`
error-not-encrypted-use-encrypt = the register is not encrypted; use `encrypt`
error-not-encrypted = the register is not encrypted
error-rewrite-mismatch = the rewritten register did not match the original ({ $verdict }); the register was not changed
error-workbook-write = the workbook could not be written: { $detail }
error-dora-refused = { $checked }{ $refused } (`vendor-risk dora check`; --force writes it anyway)
error-dora-package-errors = Nothing was written: the package has { $errors } error(s) a supervisor would reject. Fix them, or export it despite them.
error-dora-not-financial-entity = The DORA Register of Information is kept by financial entities: mark the organisation as a financial entity in its profile first.
error-migrate-unverified = the moved register does not verify on the server, so nothing was kept: { $problem }
error-team-only = this is a register file: logins and roles belong to a team register (a postgres:// address)
error-file-only = a team register lives on its server: its owner backs it up there (pg_dump); this works on register files
error-login-exists-on-server = the server already has a login { $login }; add it without a password (it keeps its own)
error-vendor-archived = { $vendor } is already archived
error-vendor-not-archived = { $vendor } is not archived
error-assessment-decided = Assessment { $id } is { $status }: a decided or submitted assessment does not change. Start a new cycle from it instead.
error-assessment-transition = An assessment that is { $from } cannot become { $to }.
error-assessment-different-templates = Assessments { $before } and { $after } use different questionnaires ('{ $first }' and '{ $second }').
error-import-changed-since-preview = The register changed since this preview (someone else, or another program, changed it), so the import would no longer do what the preview showed. Nothing was imported: check the new preview, then import again.
error-template-version-exists = '{ $template }' version { $version } exists already; raise the version to save a changed template.

## The desktop app's own (src-tauri/src/ipc_error.rs, kept_passwords.rs). $dir is the folder of
## the log file.

error-no-register = No register is open.
error-stale-file = That file is no longer held; choose it again.
error-still-busy = The register is still busy with other work (a report, an export or a check). Wait for it to finish and try again.
error-internal-log-file = An unexpected internal error occurred; nothing was changed. The details are in the log file in { $dir }.
error-internal-app-log = An unexpected internal error occurred; nothing was changed. The details are in the app's log.
error-keyring-keep = The system keyring could not keep the password ({ $detail }). Type the password instead.
error-keyring-give = The system keyring could not give the kept password ({ $detail }). Type the password instead.
error-keyring-forget = The system keyring could not forget the kept password ({ $detail }). Type the password instead.
error-keyring-name = The system keyring could not name the entry ({ $detail }). Type the password instead.
