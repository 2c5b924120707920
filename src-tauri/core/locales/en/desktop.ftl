### Vendor Risk Register: the desktop's native dialogs and file names (src-tauri/src/commands/),
### English. $day is a date (2026-11-28), $register a register file's name.

dialog-save-report = Save the report
dialog-save-vendors = Save the vendor register
dialog-save-ropa = Save the record of processing
dialog-save-backup = Save the backup
dialog-save-dora = Save the DORA Register of Information
dialog-save-evidence = Save the evidence file
dialog-save-workbook = Save the questionnaire workbook
dialog-open-register = Open a register
dialog-choose-backup = Choose the backup to restore
dialog-choose-ca = Choose the certificate authority of the team register's server
dialog-choose-workbook = Choose the filled questionnaire workbook
dialog-choose-caiq = Choose the vendor's filled CAIQ workbook
dialog-choose-hecvat = Choose the vendor's filled HECVAT
dialog-choose-subprocessors = Choose a subprocessor list
dialog-choose-template = Choose a questionnaire template
dialog-choose-vendors = Choose the vendor spreadsheet
dialog-choose-dora = Choose the DORA report package
dialog-choose-evidence = Choose an evidence file

filter-register = Vendor risk register
filter-backup = Register backup
filter-workbook = Excel workbook
filter-spreadsheet = Spreadsheet
filter-web-page = Saved web page, spreadsheet or text
filter-csv-or-spreadsheet = CSV or spreadsheet
filter-report-package = Report package
filter-evidence = Evidence
filter-certificate = Certificate (PEM)
filter-file = File

file-vendors = Vendors { $day }
file-ropa = Record of processing { $day }
file-json-backup = Vendor register backup { $day }
file-backup = { $register } backup { $day }

step-reading = Reading the register
step-writing-file = Writing the file
step-dora-checking = Building and checking the package
step-dora-writing = Writing the package
