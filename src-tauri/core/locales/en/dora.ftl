### Vendor Risk Register: the DORA Register of Information (src-tauri/core/src/dora/,
### register/dora.rs), English. $label is a field's EBA column name, in English in every
### language as the ITS names it; $text and $value are what was typed or filed; $why is the id
### of an LEI's problem (field-lei-*), written as fields.ftl says it.

## A record's kind and the values typed for its fields (dora/fields.rs)

dora-kind-unknown = '{ $text }' is not one of { $kinds }.
dora-value-empty = { $label } is empty: leave the field out instead.
dora-value-not-listed = '{ $text }' is not on the EBA's list for { $label }: { $codes }.
dora-value-not-listed-more = '{ $text }' is not on the EBA's list for { $label }: { $codes } and { $more } more.
dora-value-date = '{ $text }' is not a date as yyyy-mm-dd ({ $label }).
dora-value-whole-number = '{ $text }' is not a whole number of at least 0 ({ $label }).
dora-value-amount = '{ $text }' is not an amount such as 120000 or 120000.50 ({ $label }).
dora-value-boolean = '{ $text }' is not true or false ({ $label }).

## The checks a supervisor runs on a package, by the EBA's rule (dora/validate.rs)

dora-check-missing-file = The package has no { $file }.
dora-check-extra-file = { $file } is not a file of the package: remove it.
dora-check-bom = { $file } starts with a byte-order mark: save it as UTF-8 without one.
dora-check-header = { $file }'s header is '{ $found }', not '{ $wanted }'.
dora-check-unknown-parameter = parameters.csv has '{ $name }', which is not one of the five parameters.
dora-check-missing-parameter = parameters.csv has no '{ $name }'.
dora-check-entity-id = entityID '{ $entity }' is not rs:<LEI>.CON or rs:<LEI>.IND.
dora-check-entity-id-lei = entityID '{ $entity }': { $why ->
        [field-lei-format] { field-lei-format }
        [field-lei-check-format] { field-lei-check-format }
       *[field-lei-checksum] { field-lei-checksum }
    }
dora-check-ref-period = refPeriod '{ $period }' is not a date (yyyy-mm-dd).
dora-check-indicator-twice = FilingIndicators.csv lists { $template } twice.
dora-check-indicator-reported = FilingIndicators.csv reports { $template } as '{ $reported }': only true is accepted.
dora-check-indicator-missing = FilingIndicators.csv has no line for { $template }.
dora-check-unknown-column = { $template } has no column { $column }.
dora-check-required = { $template } { $column } is empty: the EBA's checks ask for it.
dora-check-lei = '{ $value }': { $why ->
        [field-lei-format] { field-lei-format }
        [field-lei-check-format] { field-lei-check-format }
       *[field-lei-checksum] { field-lei-checksum }
    }
dora-check-euid-form = '{ $value }': an EUID is the country code, the register's identifier, a full stop and the company's number in that register (e.g. DEK1101R.HRB116737).
dora-check-euid-country = '{ $value }': { $country } is not a member state's code (Greece is EL).
dora-check-key-empty = A key column is empty.
dora-check-key-repeated = The key ({ $key }) is repeated.
# $reference is the EBA's name for the rule.
dora-check-foreign-key = { $columns } ({ $values }) is not a row of { $target }: { $reference }.
dora-cell-code = '{ $value }' is not in the column's closed list.
dora-cell-date = '{ $value }' is not a date (yyyy-mm-dd).
dora-cell-integer = '{ $value }' is not a whole number.
dora-cell-number = '{ $value }' is not a number.
dora-cell-boolean = '{ $value }' is not true or false.

## What the register's own records say is missing (register/dora.rs)

dora-service-advice = { $function } runs on our service { $service }, which depends on { $vendor }; no arrangement with { $vendor } supports { $function }.

## Reading and writing a package (dora/package.rs, register/dora.rs). $problem is the reason
## the zip or CSV reader gives.

dora-package-not-zip = Not a readable report package (a zip file): { $problem }
dora-package-entry = Entry { $number }: { $problem }
dora-package-outside = '{ $name }' points outside the package: refused.
dora-package-not-inside = '{ $name }' is not inside the package's folder.
dora-package-two-folders = The package has two top folders, '{ $first }' and '{ $second }': it must have one.
dora-package-too-big = The package would unzip to more than { $megabytes } MB: refused.
dora-package-unreadable = { $file }: { $problem }
dora-package-csv = { $file }, line { $line }: { $problem }
dora-package-name = The package's folder is named { $name }; a zip named otherwise would be rejected (rule 103). Give a folder, or a zip of that name.

## Importing a filed package (dora/import.rs, register/dora.rs)

dora-import-file-name = The package's folder is '{ $folder }' but the file is { $file }: they must have the same name.
dora-import-reporting-rows = B_01.01 has { $rows } rows: it must have one.
dora-import-service-differs = B_02.02 row { $row }: { $reference }'s service differs from its first row; the register keeps one service per arrangement, the first row's.
dora-import-no-signer = { $reference }: no entity signed it (B_03.01).
dora-import-no-provider = { $reference }: no provider (B_03.02).
dora-import-parents-circle = The entities' parents (B_01.02 c0060) go round in a circle.
