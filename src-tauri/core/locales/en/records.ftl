### Vendor Risk Register: why a file, a name or a setting given to the register was refused
### (the core's register/, store/, questionnaire/, passphrase.rs, export/backup.rs, and the
### desktop's and the CLI's own checks), English. Each names a field, as a form's errors do.
### $path and $file are paths, $problem the words of the system or of a parser, printed as
### they come; numbers (line, column, row, version) are passed preformatted.

## Files
path-unreadable = cannot read { $path }: { $problem }
path-unwritable = cannot write { $path }: { $problem }

## Passphrases, logins and team registers (passphrase.rs, register/team.rs, store/postgres.rs)
passphrase-enter = Enter the register's passphrase.
passphrase-enter-current = Enter the current passphrase.
passphrase-too-short = Choose a passphrase of at least { $min } characters; several unrelated words are easy to remember and hard to guess.
passphrase-too-long = A passphrase has at most { $max } characters.
passphrase-mismatch = The two passphrases differ.
passphrase-new-required = Give the new passphrase with --new-passphrase-file FILE or VENDOR_RISK_NEW_PASSPHRASE.
password-new-required = Give the new login's password in VENDOR_RISK_NEW_PASSWORD (or --no-password).
password-mismatch = The two passwords differ.
login-name = A login is 1–63 characters and does not start with vrr_ or pg_.
team-address = A team register's address is postgres://…
server-address-unreadable = { $address }: not a postgres:// address ({ $problem })
server-address-scheme = { $address }: not a postgres:// address
server-address-refused = { $address }: { $problem }
server-address-sslmode = { $address }: sslmode '{ $mode }' is not one of disable, require, verify-full
server-ca-unreadable = cannot read the CA certificate { $path }: { $problem }

## Backups and restoring them (export/backup.rs, store/dump.rs, register/exports.rs,
## register/backups.rs)
backup-not-json = Not a register backup (line { $line }, column { $column }): { $problem }
backup-format = Not a register backup: its format is '{ $format }'.
backup-schema = The backup was made with register schema { $made }, this app writes schema { $writes }: restore it with the version that made it.
backup-audit = The backup's audit log does not verify, so it was not restored: { $problem }
backup-table-unknown = The backup has a table '{ $table }' this register lacks.
backup-column-unknown = The backup's table '{ $table }' has a column '{ $column }' this register lacks.
backup-row-invalid = Table '{ $table }', row { $row }: not a valid row.
restore-not-register = { $file } cannot be restored: it is not a Vendor Risk Register file. Nothing was changed.
restore-encrypted = { $file } cannot be restored: it is encrypted; give the passphrase it was made with. Nothing was changed.
restore-wrong-passphrase = { $file } cannot be restored: the passphrase does not open it (a backup keeps the passphrase it was made with). Nothing was changed.
restore-damaged = { $file } cannot be restored: the file is damaged. Nothing was changed.
restore-refused = { $file } cannot be restored: { $problem }. Nothing was changed.
restore-integrity = { $file } fails SQLite's integrity check ({ $verdict }). Nothing was changed.
restore-audit = { $file }'s audit log does not verify ({ $problem }). Nothing was changed.
attestation-missing = This PDF carries no Vendor Risk Register attestation: it was not made by this app, or it was altered.

## Vendors, the data map and incidents (store/vendors.rs, store/datamap.rs, register/incidents.rs)
vendor-name-taken = A vendor named '{ $name }' already exists.
vendor-name-taken-archived = A vendor named '{ $name }' already exists (archived).
vendor-service-in-use = The service '{ $service }' is still referred to and cannot be removed.
service-name-taken = A service named '{ $name }' already exists.
flow-end-before-start = The flow started on { $start }; it cannot end before that.
edge-end-before-start = The edge started on { $start }; it cannot end before that.
incident-unknown-judgement = '{ $key }' is not a question any rule asks.
incident-unknown-step = '{ $rule }' is not a notification step.

## Questionnaires (questionnaire/template.rs, questionnaire/evidence.rs, register/questionnaires.rs)
template-not-json = Not a template file (line { $line }, column { $column }): { $problem }
evidence-empty = The file is empty.
evidence-too-big = The file is { $size } MB; at most { $most } MB.
evidence-type = '{ $name }': only these file types are accepted: { $types }.
evidence-content = '{ $name }' is not really a .{ $ext } file: its content does not match its name.
assessment-unknown-question = '{ $question }' is not a question of this questionnaire.
assessment-reason-required = Give the reason (it is kept with the decision).
assessment-other-cycle = Assessment { $previous } is not a '{ $template }' cycle of this vendor.

## The desktop's settings and dialogs (src/commands/)
settings-user-name = Give your name (1–100 characters): the audit log records it.
settings-backup-keep = Keep between 1 and 365 daily backups.

## The CLI's flags (cli/src/)
cli-mapping-json = not a mapping (line { $line }): { $problem }
cli-rubric-json = not a rubric (line { $line }, column { $column }): { $problem }
cli-vendor-or-all = Name a vendor, or give --all.
cli-clock = '{ $text }' is not an RFC 3339 instant (2026-11-28T12:00:00Z).
cli-holiday = '{ $text }' is not COUNTRY:YYYY-MM-DD[:NAME].
