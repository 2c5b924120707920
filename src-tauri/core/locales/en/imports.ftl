### Vendor Risk Register: importing files from outside (src-tauri/core/src/import/, the CAIQ and
### HECVAT readers in questionnaire/, the workbook import in register/questionnaires.rs), English.
### Sizes ($size, $most) are whole megabytes or row counts, printed without grouping; $problem is
### the reading library's own explanation, in English.

## Any spreadsheet or text file (import/mod.rs, import/spreadsheet.rs)

import-not-utf8 = The file is not UTF-8 text: save it as UTF-8 and import it again.
import-not-spreadsheet = This is not a spreadsheet (.xlsx or .ods): its content is something else, whatever its name.
import-spreadsheet-unreadable = Not a readable spreadsheet (.xlsx or .ods): { $problem }.
import-zip-unreadable = Not a readable spreadsheet (.xlsx or .ods): { $problem }
import-zip-bomb = The workbook would unzip to { $size } MB (more than { $most } MB): refused as a possible zip bomb.
import-file-too-large = The file is larger than { $most } MB.

## Vendors from a spreadsheet (import/vendors.rs, register/import.rs). $row is a row of the
## sheet (the header is row 1), $column a column's header. A match is by an identifier or the
## name: import-same-lei, import-same-vat, import-same-duns, import-same-name (fields.ftl).

import-vendors-too-many-rows = The file has more than { $most } rows; split it and import the parts one after the other.
import-vendors-no-header = The first row must name the columns.
import-vendors-no-sheets = The workbook has no sheets.
import-vendors-sheet-unreadable = Sheet '{ $name }' cannot be read: { $problem }
import-vendors-formula = Formulas are not imported (nor run): replace them with their values.
import-vendors-csv-not-utf8 = The CSV file is not UTF-8 text: save it as "CSV UTF-8" and import it again.
# A line the CSV reader refuses: its own explanation, which says it is a CSV error.
import-vendors-csv-line = { $problem }
import-vendors-at-row-column = row { $row }, column '{ $column }'

# The fields a column can fill, as the mapping form shows them.
import-field-name = Name
import-field-legal-name = Legal name
import-field-website = Website
import-field-country = Country (ISO code)
import-field-category = Category
import-field-description = Description
import-field-business-owner = Business owner
import-field-status = Lifecycle status
import-field-lei = LEI
import-field-vat = VAT
import-field-duns = DUNS
import-field-services = Services (separated by ;)
import-field-contact-name = Contact name
import-field-contact-email = Contact e-mail
import-field-contact-role = Contact role
import-field-contract-start = Contract start
import-field-contract-renewal = Contract renewal
import-field-contract-end = Contract end
import-field-notice-period = Notice period (days)
import-field-annual-spend = Annual spend
import-field-currency = Currency
import-field-dpa-signed = DPA signed
import-field-breach-sla = Breach SLA (hours)

## A vendor's published subprocessor list (import/subprocessors/). Places in a list: $line, $row
## and $item count from 1, $table and $list number the tables and lists of a page, $sheet is a
## sheet's name. $at is such a place, $column a column's header, $columns the headers joined.

list-at-file = the file
list-at-line = line { $line }
list-at-table-row = table { $table }, row { $row }
list-at-list = list { $list }
list-at-list-item = list { $list }, item { $item }
list-at-sheet = sheet '{ $sheet }'
list-at-sheet-row = sheet '{ $sheet }', row { $row }

# How the file was read ($format in list-no-table and the summaries).
list-format-html = web page (HTML)
list-format-markdown = markdown page
list-format-delimited = CSV or tab-separated text
list-format-workbook = spreadsheet (.xlsx or .ods)

# The columns of a list found under a heading of a web page (one item a row).
list-header-name = Subprocessor
list-header-purpose = Purpose
list-header-location = Location

list-too-large = The file is larger than { $most } MB; a subprocessor list is far smaller.
list-too-many-rows = The list has more than { $most } rows; a subprocessor list is far shorter.
list-line-unreadable = Cannot read this line: { $problem }
list-sheet-unreadable = This sheet cannot be read: { $problem }
list-no-table = No table found in this { $format }: expected a table (or, in a web page, a list under a heading naming the subprocessors) whose header names the subprocessor.
list-text-before-table =
    { $lines ->
        [one] Text before the table (1 line) was not read as subprocessors.
       *[other] Text before the table ({ $lines } lines) was not read as subprocessors.
    }
list-table-skipped = Table skipped: no column names the subprocessor (its columns: { $columns }).
list-no-name-column = No column names the subprocessor (the columns are: { $columns }). Expected a header such as "Subprocessor", "Name", "Vendor", "Unterauftragsverarbeiter" or "Sous-traitant ultérieur"; or choose which column holds the name.
list-empty = The list has no subprocessors.
list-unknown-company = '{ $company }' is not one of the companies in this file ({ $companies }).
list-choose-company = This file holds the lists of { $count } companies ({ $companies }): choose whose list it is.
list-listed-twice = { $name } is listed twice (also { $at }); the entries were merged.
list-ragged-row = This row has { $cells } cells but the header ({ $header }) has { $width }: a cell holding the separator needs quotes.
list-name-empty = The subprocessor's name (column '{ $column }') is empty.
list-unknown-place = '{ $part }' in column '{ $column }' is not a country or region this app knows (expected a country such as 'Germany' or 'DE', or a region such as 'EU').

# What a cell was read as ($place is a country as "DE (Germany)", $code a country code).
list-region = region { $region }
list-from-address = { $place } (from the address)
list-address-not-used = { $code } (not used: the location column says where)
list-address-no-country = no country found in the address
list-footnote-left-out = name '{ $name }' (footnote marker left out)

## A CSA CAIQ v4 workbook the vendor filled in (questionnaire/caiq.rs). Sheets that cannot be
## read: workbook-unreadable-sheet (fields.ftl).

caiq-no-sheet = No CAIQ v4 sheet (named like 'CAIQv4…') in this workbook; it has: { $found }.
caiq-no-header = No header row in '{ $sheet }' with the columns { $columns }.
caiq-not-yes-no = '{ $text }' is not one of Yes/No/NA.
caiq-no-questions = '{ $sheet }' has no CAIQ questions under its header row.

## An EDUCAUSE HECVAT the vendor filled in (questionnaire/hecvat.rs)

hecvat-not-hecvat = This workbook is not a HECVAT (no 'HECVAT - Full', 'HECVAT - Lite' or 'START HERE' sheet). Its sheets are: { $found }.
hecvat-not-hecvat-caiq = This workbook is not a HECVAT (no 'HECVAT - Full', 'HECVAT - Lite' or 'START HERE' sheet). It is a CSA CAIQ workbook: import it with "Import a CAIQ" (questionnaire import-caiq).
hecvat-not-hecvat-ours = This workbook is not a HECVAT (no 'HECVAT - Full', 'HECVAT - Lite' or 'START HERE' sheet). It is a questionnaire workbook exported by this app: import it on its assessment (questionnaire import).
hecvat-no-version = No version ("Version 3.06", "Version 4.1.4") in the first rows of '{ $sheet }'.
hecvat-no-questions = '{ $sheet }' has no HECVAT questions (rows with ids such as DOCU-01 in column A).

## A questionnaire workbook read back into its assessment (register/questionnaires.rs)

workbook-other-version = This workbook is for '{ $template }' version { $version }; assessment { $assessment } uses '{ $ours }' version { $our_version }. Export the questionnaire again and send the new file.
workbook-other-assessment = This workbook was exported for assessment { $exported }, not { $assessment } ({ $vendor }).
workbook-questions-absent = { $count } question(s) were not in the workbook; their answers stay as they were.
workbook-answers-not-scored = Answers to questions that do not apply were kept but not scored: { $ids }.

## The desktop's import dialogs (src-tauri/src/commands/datamap.rs, exports.rs)

import-list-required = Paste the list or choose its file.
