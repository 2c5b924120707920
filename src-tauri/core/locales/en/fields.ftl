### Vendor Risk Register: why an input field was rejected (src-tauri/core/src/validate.rs),
### English. $text is what was typed.

field-required = This field is required.
field-too-long = At most { $max } characters.
field-date = '{ $text }' is not a date; use YYYY-MM-DD, e.g. 2026-01-31.
field-date-required = Give a date (YYYY-MM-DD).
field-range = Must be between { $min } and { $max }.
field-number = '{ $text }' is not a whole number.
field-instant = '{ $text }' is not a date and time; use YYYY-MM-DDTHH:MM (local time) or RFC 3339.
field-country = '{ $text }' is not an ISO 3166 two-letter country code (e.g. IE, US).
field-email = '{ $text }' is not a valid e-mail address.
field-website = '{ $text }' is not a web address (e.g. https://mixpanel.com).
field-lei-format = An LEI has 20 letters and digits (ISO 17442).
field-lei-check-format = The last two characters of an LEI are check digits.
field-lei-checksum = The LEI's check digits do not match (ISO 17442); check for a typo.
field-duns = A D-U-N-S number has nine digits, e.g. 15-048-3782.
field-vat = A VAT number starts with its two-letter country prefix, e.g. IE6388047V.
field-currency-required = Give the currency of the amount (e.g. USD, EUR).
field-currency = '{ $text }' is not an ISO 4217 currency code (e.g. USD, EUR, JPY).
field-money = '{ $text }' is not an amount; use digits and a decimal point, e.g. 12500.00.
field-money-decimals = At most { $places } decimal places for this currency.
field-money-too-large = The amount is too large.

## The forms' own rules (vendor/draft.rs, datamap.rs, incident.rs, org.rs, risk/rubric.rs,
## questionnaire/template.rs). $choices is the list of accepted values.

field-choice = '{ $text }' is not one of: { $choices }.
field-duplicate = '{ $text }' is listed twice.
field-end-before-start = The end date is before the start date.
field-renewal-before-start = The renewal date is before the start date.
field-too-many-services = At most { $max } services.
field-too-many-contacts = At most { $max } contacts.
field-flow-start-required = Give the date the data started to flow (YYYY-MM-DD).
field-categories-required = Choose at least one data category.
field-unknown-category = '{ $text }' is not a data category of this register.
field-subject-required = Choose who the data is about.
field-unknown-subject = '{ $text }' is not a subject group of this register.
field-country-required = Choose the country.
field-duplicate-country = { $country } is listed twice.
field-residence-sum = People per country add up to { $listed }, more than the { $people } people of the flow.
field-unknown-vendor-service = '{ $text }' is not a service of this vendor.
field-unknown-internal-service = '{ $text }' is not an internal service.
field-unknown-vendor = '{ $text }' is not a vendor of this register.
field-recipient-required = Choose the vendor the data goes to.
field-self-recipient = A vendor cannot pass data to itself.
field-aware-required = Give the time we became aware of the breach: most clocks start then.
field-notified-before-detected = The vendor cannot have told us before it detected the breach.
field-aware-before-detected = We cannot have become aware before the vendor detected the breach.
field-not-in-radius = '{ $text }' is not among the vendor's exposed categories.
field-exposed-and-not = '{ $text }' cannot be both exposed and not exposed.
field-time-zone = '{ $text }' is not an IANA time zone (e.g. Europe/Dublin, America/New_York).
field-bands-ascending = Four thresholds, each larger than the one before.
field-rto-bands = Four RTO limits in hours, each smaller than the one before.
field-weights-zero = At least one weight must be above zero.
field-tiers = Tiers are 1 to 4, and a higher risk never gets a less critical tier.
field-matrix = Risk must not fall when likelihood or impact rises.
field-control-reductions = Scores are 0–100 and reductions at most 4 levels.
field-max-levels = At most 4 levels.
field-above-zero = Must be above zero.
field-review-months = Review intervals are 1 to 120 months.
field-template-id = Use 1–64 lower-case letters, digits and '-' (e.g. security-core).
field-version = The version starts at 1.
field-sections-required = A template needs at least one section.
field-section-id = '{ $text }' must be a unique id of letters, digits, '-' or '_'.
field-too-many-questions = { $count } questions; at most { $max }.
field-question-id = '{ $text }': use 1–40 letters, digits, '.', '_', '&' or '-'.
field-used-twice = '{ $text }' is used twice.
field-weight = The weight is 0 to 10.
field-no-options = A { $kind } question has no options.
field-options-required = A choice question needs at least two options.
field-option-value = '{ $text }' must be a unique, non-empty value.
field-points = Points are 0 to 1 (a share of the weight), or empty.
field-yes-no-options = A yes/no question has the values 'yes' and 'no' (and optionally 'na').
field-not-earlier-question = '{ $text }' is not an earlier question (a condition looks back, never forward).
field-not-choice-question = '{ $text }' is not a choice question.
field-condition-answers-required = Name at least one answer that shows the question.
field-not-an-answer = '{ $text }' is not an answer of '{ $question }'.

## Risk records, findings, questionnaires, incidents and the taxonomy (register/, taxonomy.rs)

field-override-reason = An override needs its reason: it is shown with the score.
field-soc2-period-end = Give the end of the period the SOC 2 report covers: it goes stale from there.
field-certificate-expiry = Give the certificate's expiry date.
field-test-date = Give the date of the test.
field-acceptance-expiry = An acceptance needs an expiry date.
field-expiry-future = The expiry date must be in the future.
field-template-required = Choose a questionnaire template.
field-waiver-reason = Say why the finding is waived (it is kept on the record).
field-category-exists = A category '{ $key }' already exists.
field-subject-exists = A subject group '{ $name }' already exists.
field-answer-required = Required: answer it before submitting.

## The DORA Register of Information's forms (dora/model.rs, dora/fields.rs)

field-dora-definitions = B_99.01 has no column { $column }: its columns are c0010 to c0190.
field-dora-entity-parent = An entity is not its own parent: leave the parent out for the group's top.
field-dora-country = '{ $text }' is not a country code such as DE or IE.
field-dora-provider-parent = A provider is not its own parent: leave the parent out instead.
field-dora-code = A provider's code needs its type (code_type), and a type needs its code.
field-dora-overarching-needed = A subsequent or associated arrangement (x3) names its overarching arrangement.
field-dora-overarching-self = An arrangement does not overarch itself.
field-dora-unknown-field = '{ $text }' is not a field here; the fields are { $fields }.

## Importing vendors from a spreadsheet (import/vendors.rs)

import-same-company = Same company as row { $row } (the same { $shared }).
import-same-lei = LEI
import-same-vat = VAT number
import-same-duns = DUNS number
import-same-name = name

## Answers typed in the app or read from a vendor's workbook (questionnaire/answer.rs,
## questionnaire/workbook_import.rs)

answer-picked-twice = An option is picked twice.
answer-wrong-kind = A { $kind } question cannot take this answer.
answer-not-one-of = '{ $text }' is not one of { $choices }.
answer-not-one-of-several = '{ $text }' is not one of { $choices } (separate several with ';').
answer-not-number = '{ $text }' is not a number (digits, with '.' for decimals).
answer-not-date = '{ $text }' is not a date (YYYY-MM-DD).
answer-evidence = Evidence is attached as files, not typed.
workbook-too-big = The file is { $size } MB; a questionnaire workbook is at most { $most } MB.
workbook-no-sheet = The workbook has no sheet named '{ $name }' (it has: { $found }).
workbook-unreadable-sheet = The sheet '{ $name }' cannot be read: { $problem }.
workbook-not-ours = This workbook was not exported by Vendor Risk Register (its hidden '_meta' sheet is missing). Export the questionnaire from the app and send that file.
workbook-meta-foreign = This workbook's '_meta' sheet is not one Vendor Risk Register wrote.
workbook-meta-changed = This workbook's '_meta' sheet was changed: it no longer says which questionnaire it is.
workbook-merged = Merged cells cannot be read back: unmerge them.
workbook-formula = holds a formula (={ $formula }); type the answer itself. Formulas are never evaluated.
workbook-no-answer-column = The column '{ $column }' is missing from the header row: it may have been deleted. Export the questionnaire again.
workbook-no-header = No header row with '{ $column }' was found: the hidden column A may have been deleted. Export the questionnaire again.
workbook-error-value = holds an error value ({ $error }).
workbook-error-value-choices = holds an error value ({ $error }). Accepted: { $choices }.
workbook-not-date = is not a date.
workbook-no-question-id = An answer on a row without its question id (hidden column A).
workbook-unknown-question = '{ $id }' is not a question of '{ $template }' version { $version }.
workbook-question-twice = '{ $id }' appears twice.
