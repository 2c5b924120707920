### Vendor Risk Register: the deadline engine's texts (src-tauri/core/src/obligations/), English.
###
### DRAFT for core i18n (issue 16): not loaded by anything yet. A later session moves these to
### core/locales/en/ and makes the engine return message ids + arguments (fluent-bundle).
### The texts are exactly today's English literals and format! strings, so the output is
### unchanged. Its twin, obligations.id.ftl, defines the same ids with the same variables.
###
### Notes for whoever wires this up:
### - Citations (`Rule.citation`, `NextWorkingDay.citation`) are not translated and are not here;
###   they come in as $citation where a working text quotes one.
### - Call `bundle.set_use_isolating(false)`, or every placeable gets Unicode isolation marks
###   (U+2068/U+2069) and the strings no longer match today's.
### - $count is passed preformatted (words::thousands today: 1,250; Indonesian wants 1.250).
###   $hours, $days, $months are passed as numbers: the plural selectors below need them
###   ([one] changes nothing for today's rules, none of which has a period of 1).
###   $limit is passed as a number (today printed without grouping: 1000).
### - $start, $due, $last, $day, $next are preformatted dates/times (%Y-%m-%d [%H:%M %Z]).
### - $hour is passed zero-padded ("12"), as today's {:02}.
### - $rule is a rule id (nis2-notification), printed as is.
### - Lists: today's `join("; ")` and `join(", and ")` are folded pairwise with
###   basis-list-all and basis-list-any-no (same result, no whitespace-only messages).

## Regimes (Rule.regime), per rule id

gdpr-33-regime = GDPR
gdpr-34-regime = GDPR
uk-gdpr-33-regime = UK GDPR
uk-gdpr-34-regime = UK GDPR
nis2-early-warning-regime = NIS2
nis2-notification-regime = NIS2
nis2-final-regime = NIS2
dora-initial-regime = DORA
dora-intermediate-regime = DORA
dora-final-regime = DORA
hipaa-individuals-regime = HIPAA
hipaa-hhs-500-regime = HIPAA
hipaa-hhs-annual-regime = HIPAA
hipaa-media-regime = HIPAA
hipaa-business-associate-regime = HIPAA
sec-8k-regime = SEC
ca-residents-pre-2026-regime = California
ca-residents-regime = California
ca-attorney-general-regime = California
lgpd-regime = Brazil LGPD
pdpa-commission-regime = Singapore PDPA
appi-preliminary-regime = Japan APPI
appi-confirmed-regime = Japan APPI
appi-confirmed-unlawful-regime = Japan APPI
au-ndb-assessment-regime = Australia NDB
pipeda-regime = Canada PIPEDA
id-pdp-regime = Indonesia UU PDP
id-pdp-public-regime = Indonesia UU PDP

## Steps, recipients and contents (rules.rs RULES)

gdpr-33-step = Notify the supervisory authority
gdpr-33-recipient = Lead supervisory authority (for an Irish main establishment: the Data Protection Commission)

gdpr-34-step = Tell the people affected
gdpr-34-recipient = The data subjects

uk-gdpr-33-step = Notify the ICO
uk-gdpr-33-recipient = Information Commissioner's Office

uk-gdpr-34-step = Tell the people affected
uk-gdpr-34-recipient = The data subjects

nis2-early-warning-step = Early warning
nis2-early-warning-recipient = National CSIRT or competent authority

nis2-notification-step = Incident notification
nis2-notification-recipient = National CSIRT or competent authority

nis2-final-step = Final report
nis2-final-recipient = National CSIRT or competent authority

dora-initial-step = Initial notification of a major ICT-related incident
dora-initial-recipient = Competent authority (financial supervisor)
# Limit.lapses of dora-initial's at_most limit; its working text quotes it (working-lapsed).
dora-initial-lapses = not classified as major within 24 hours of awareness: 4 hours from the classification (Delegated Regulation (EU) 2025/301, Art. 5(2))

dora-intermediate-step = Intermediate report
dora-intermediate-recipient = Competent authority (financial supervisor)

dora-final-step = Final report
dora-final-recipient = Competent authority (financial supervisor)

hipaa-individuals-step = Notify the individuals
hipaa-individuals-recipient = The individuals whose PHI was breached

hipaa-hhs-500-step = Notify HHS (500 or more people)
hipaa-hhs-500-recipient = US Department of Health and Human Services (OCR)

hipaa-hhs-annual-step = Log with HHS (fewer than 500 people)
hipaa-hhs-annual-recipient = US Department of Health and Human Services (OCR)

hipaa-media-step = Notify prominent media
hipaa-media-recipient = Prominent media outlets in the State

hipaa-business-associate-step = Notify the covered entity
hipaa-business-associate-recipient = The covered entity we serve

sec-8k-step = File Form 8-K, Item 1.05
sec-8k-recipient = US Securities and Exchange Commission (EDGAR)

ca-residents-pre-2026-step = Notify California residents
ca-residents-pre-2026-recipient = The California residents affected

ca-residents-step = Notify California residents
ca-residents-recipient = The California residents affected

ca-attorney-general-step = Submit the notice to the Attorney General
ca-attorney-general-recipient = California Attorney General

lgpd-step = Notify the ANPD and the data subjects
lgpd-recipient = Autoridade Nacional de Proteção de Dados, and the data subjects

pdpa-commission-step = Notify the PDPC
pdpa-commission-recipient = Personal Data Protection Commission

appi-preliminary-step = Preliminary report
appi-preliminary-recipient = Personal Information Protection Commission

appi-confirmed-step = Confirmed report
appi-confirmed-recipient = Personal Information Protection Commission

appi-confirmed-unlawful-step = Confirmed report (unlawful-access case)
appi-confirmed-unlawful-recipient = Personal Information Protection Commission

au-ndb-assessment-step = Assess whether it is an eligible data breach
au-ndb-assessment-recipient = Internal: complete the assessment

pipeda-step = Report to the Privacy Commissioner and notify individuals
pipeda-recipient = Office of the Privacy Commissioner of Canada, and the individuals

id-pdp-step = Written notice to the data subjects and the lembaga
id-pdp-recipient = The data subjects (Subjek Data Pribadi), and the lembaga: until the agency of Pasal 58 is formed, the Ministry of Communication and Digital Affairs (Komdigi) supervises and receives the notice
id-pdp-content-1 = the personal data disclosed (Pasal 46 ayat (2) huruf a)
id-pdp-content-2 = when and how the personal data were disclosed (huruf b)
id-pdp-content-3 = the controller's efforts to handle and recover from the failure (huruf c)

id-pdp-public-step = Notify the public
id-pdp-public-recipient = The public (masyarakat)

## Judgement questions (Judgement.question), per key

judgement-high_risk = Is the breach likely to result in a high risk to the rights and freedoms of the people affected?
judgement-risk = Is the breach likely to result in a risk to people's rights and freedoms? (If it is unlikely, record why: the authority need not be told.)
judgement-significant_harm = Does the breach create a real risk of significant harm to the people affected?
judgement-nis2_significant = Is this a significant incident under NIS2 Art. 23(3) (severe disruption or loss, or considerable damage to others)?
judgement-hipaa_state_500 = Are more than 500 residents of one State or jurisdiction affected?
judgement-material = Has the incident been determined to be material (and when)? Record the determination time on the incident.
judgement-lgpd_relevant_risk = Can the incident cause relevant risk or damage to the data subjects (LGPD Art. 48)?
judgement-pdpa_notifiable = Is the breach notifiable: likely to cause significant harm, or affecting 500 or more people (PDPA s 26B)? Record when you assessed it.
judgement-id_public_interest = Does the failure disrupt public services or seriously affect the public interest, so that the public must be told as well (UU PDP Pasal 46 ayat (3) and its Penjelasan)?

## Regions (Region::name), as used inside sentences

region-eea = the EEA
region-uk = the United Kingdom
region-us = the United States
region-brazil = Brazil
region-singapore = Singapore
region-japan = Japan
region-australia = Australia
region-canada = Canada
region-indonesia = Indonesia

## Flags (mod.rs flag_phrase), as used in basis-flagged / basis-not-flagged

flag-personal = personal data
flag-special_category = special-category data
flag-health = health data (PHI)
flag-payment_card = payment card data
flag-financial_account = financial account data
flag-credentials = credentials
flag-government_id = government identifiers
flag-children = children's data
flag-precise_location = precise location data

## Organisation facts (mod.rs org_fact), the $what of basis-org / basis-not-org

org-financial_entity = a financial entity under DORA
org-nis2_entity = an essential or important entity under NIS2
org-hipaa_regulated = a HIPAA covered entity or business associate
org-hipaa_business_associate = a HIPAA business associate
org-sec_registrant = an SEC registrant
org-credit_institution = a credit institution
org-central_counterparty = a central counterparty
org-trading_venue = an operator of a trading venue
# CoreFinancialInfrastructure when the kind is Other (the fact is false).
org-core_financial_infrastructure = a credit institution, central counterparty or trading venue
org-refused_weekend_relief = told by our competent authority that the relief does not apply to us

## Why a step applies or not (mod.rs evaluate, california_elements, obligations)

# Trigger::All: reasons joined with "; " (fold pairwise).
basis-list-all = { $first }; { $next }
# Trigger::Any, none applies: reasons joined with ", and " (fold pairwise).
basis-list-any-no = { $first }, and { $next }
basis-not = not the case that { $reason }
basis-personal-data = personal data were exposed
basis-not-personal-data = no personal data were exposed
basis-people-in = { $count } people affected live in { $region }
basis-not-people-in = no one affected lives in { $region }
basis-people-over = { $count } people in { $region } (more than { $limit })
basis-not-people-over = { $count } people in { $region } (not more than { $limit })
basis-established-in = we are established in { $region }
basis-not-established-in = we are not established in { $region }
basis-org = we are { $what }
basis-not-org = we are not { $what }
basis-flagged = { $flag } were exposed
basis-not-flagged = no { $flag } were exposed
basis-california-names = names with a listed element (ID number, account data, medical or biometric data) were exposed
basis-california-login = a username or e-mail address with its password was exposed
basis-not-california-elements = the exposed data are not personal information under Cal. Civ. Code 1798.82(h) (names and e-mail addresses alone are not)
basis-california-residents-over = { $count } California residents (more than { $limit })
basis-not-california-residents-over = { $count } California residents (not more than { $limit })
# Outcome::Unknown: asked when the number of California residents is not recorded.
basis-california-residents-ask = How many affected people are California residents? (Over { $limit } means the Attorney General must be told.)
basis-unlawful-access = the breach involved unauthorised access
basis-no-unlawful-access = no unauthorised access was involved
# $what is basis-unlawful-access or basis-no-unlawful-access, $cases one of the two below.
basis-unlawful-access-mismatch = { $what } (this step is for { $cases })
basis-cases-unlawful-access = cases of unauthorised access
basis-cases-no-unlawful-access = cases without unauthorised access
# The reason of a step ruled out by a judgement answered no; $question is a judgement-… text.
basis-assessed-no = assessed: no. { $question }

## Periods and clocks (mod.rs period_words, clock_words; Obligation.deadline)

period-hours =
    { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
period-calendar-days =
    { $days ->
        [one] { $days } calendar day
       *[other] { $days } calendar days
    }
period-business-days =
    { $days ->
        [one] { $days } business day
       *[other] { $days } business days
    }
period-months =
    { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
period-promptly =
    { $days ->
        [one] promptly (guidance: about { $days } day)
       *[other] promptly (guidance: about { $days } days)
    }
period-without-undue-delay = without undue delay
# Obligation.deadline: period-… then clock-….
period-with-clock = { $period } { $clock }

clock-awareness = from awareness
clock-classification = from classification as major
clock-materiality = from the materiality determination
clock-notifiable-assessment = from assessing the breach as notifiable
clock-after = after step { $rule }
clock-end-of-year = from the end of the calendar year

## How the due time was worked out (deadlines.rs due; mod.rs deadline, next_working_day)

working-hours =
    { $hours ->
        [one] { $start } + { $hours } hour = { $due }
       *[other] { $start } + { $hours } hours = { $due }
    }
working-calendar-days =
    { $days ->
        [one] { $start } + { $days } calendar day: end of { $last } ({ $due })
       *[other] { $start } + { $days } calendar days: end of { $last } ({ $due })
    }
working-business-days =
    { $days ->
        [one] { $start } + { $days } business day: end of { $last } ({ $due })
       *[other] { $start } + { $days } business days: end of { $last } ({ $due })
    }
# Kept as today's "month(s)" so the output does not change.
working-months = { $start } + { $months } month(s) = { $due }
working-guidance =
    { $days ->
        [one] without undue delay; guidance: within { $days } day, by the end of { $last }
       *[other] without undue delay; guidance: within { $days } days, by the end of { $last }
    }
working-no-fixed-period = without undue delay (no fixed period)
working-at-most = { $working }; but at most: { $limit }
working-only-at-most = at most: { $limit }
working-not-started = the clock has not started
# $why is a …-lapses text (dora-initial-lapses).
working-lapsed = { $working }; { $why }
# $name is the holiday's name from the calendar data, $country an ISO code.
working-bank-holiday = { $day } is { $name }, a bank holiday in { $country }
# $weekday is the day's name in the language (chrono's %A).
working-weekend = { $day } is a { $weekday }
# $what is working-bank-holiday or working-weekend; $reason the basis that denies the relief.
working-no-relief = { $working }; { $what }, but the next-working-day relief is not for us: { $reason } ({ $citation })
# $by is working-by-next-day.
working-moved = { $working }; { $what }: { $by } ({ $citation })
working-by-next-day = by { $hour }:00 of the next working day, { $next }


## What to record before a clock can start (mod.rs Walk::clock_start)

missing-classification = Classify the incident (DORA Art. 18) and record when it was classified as major.
missing-materiality = Record when the incident was determined to be material.
missing-notifiable-assessment = Record when the breach was assessed as notifiable.
missing-after = Step { $rule } must be settled first.
