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
