### Vendor Risk Register: the steps of long work as the window and the terminal show them
### (core/src/work.rs: backups, restores, audit checks, imports, risk assessment), English.
### $table is a table of the register, printed as is; $rows is passed as a number.

progress-copying-register = Copying the register
progress-reading-table = Reading { $table }
progress-writing-table =
    { $rows ->
        [one] Writing { $table } ({ $rows } row)
       *[other] Writing { $table } ({ $rows } rows)
    }
progress-writing-backup = Writing the backup
progress-checking-file = Checking the file
progress-checking-audit-log = Checking the audit log
progress-checking-vendors = Checking vendors
progress-checking-flows = Checking data flows
progress-checking-links = Checking fourth-party links and the rest
progress-importing-vendors = Importing vendors
progress-importing-package = Importing the package
progress-assessing-vendors = Assessing every vendor
