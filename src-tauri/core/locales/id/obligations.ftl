### Vendor Risk Register: teks mesin tenggat (src-tauri/core/src/obligations/), Bahasa Indonesia.
###
### DRAFT for core i18n (issue 16): not loaded by anything yet. A later session moves these to
### core/locales/id/ and makes the engine return message ids + arguments (fluent-bundle).
### Same ids and variables as obligations.en.ftl; see its header for how arguments are passed
### ($count preformatted as 1.250, $hours/$days/$months/$limit as numbers, dates preformatted,
### set_use_isolating(false)). Citations are not translated and are not here.
###
### Translated by us following shared/INDONESIA.md (the glossary, beside this repository): statutory terms
### verbatim and capitalised as UU 27/2022 writes them (Data Pribadi, Pengendali Data Pribadi,
### Subjek Data Pribadi, Pelindungan Data Pribadi, lembaga); always Pelindungan, never the "Per-" spelling;
### "paling lambat 3 x 24 jam"; citations as "Pasal 46 ayat (1) UU PDP". Regulation and
### authority names stay in their official form, with an Indonesian gloss in brackets where
### the reader may not know them. Terms already used in ui/src/i18n/id.ts are kept
### (tenggat, penghitungan waktu, insiden besar, entitas tercakup (covered entity) …).
### Indonesian has only the plural category "other": no selectors are needed for plurals;
### period-hours picks the statutory "1 x 24 jam" / "3 x 24 jam" forms by value.

## Rezim (Rule.regime), per id ketentuan

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
lgpd-regime = LGPD Brasil
pdpa-commission-regime = PDPA Singapura
appi-preliminary-regime = APPI Jepang
appi-confirmed-regime = APPI Jepang
appi-confirmed-unlawful-regime = APPI Jepang
au-ndb-assessment-regime = NDB Australia
pipeda-regime = PIPEDA Kanada
id-pdp-regime = UU PDP
id-pdp-public-regime = UU PDP

## Langkah, penerima, dan isi pemberitahuan (rules.rs RULES)

gdpr-33-step = Sampaikan pemberitahuan kepada otoritas pengawas
gdpr-33-recipient = Otoritas pengawas utama (lead supervisory authority; untuk pendirian utama di Irlandia: Data Protection Commission)

gdpr-34-step = Sampaikan pemberitahuan kepada individu yang terdampak
gdpr-34-recipient = Subjek Data Pribadi

uk-gdpr-33-step = Sampaikan pemberitahuan kepada ICO
uk-gdpr-33-recipient = Information Commissioner's Office (otoritas pelindungan data Britania Raya)

uk-gdpr-34-step = Sampaikan pemberitahuan kepada individu yang terdampak
uk-gdpr-34-recipient = Subjek Data Pribadi

nis2-early-warning-step = Peringatan dini
nis2-early-warning-recipient = CSIRT nasional atau otoritas yang berwenang

nis2-notification-step = Pemberitahuan insiden
nis2-notification-recipient = CSIRT nasional atau otoritas yang berwenang

nis2-final-step = Laporan akhir
nis2-final-recipient = CSIRT nasional atau otoritas yang berwenang

dora-initial-step = Pemberitahuan awal insiden besar terkait TIK
dora-initial-recipient = Otoritas yang berwenang (pengawas sektor jasa keuangan)
# Limit.lapses batas at_most dora-initial; dikutip oleh working-lapsed.
dora-initial-lapses = tidak diklasifikasikan sebagai insiden besar dalam 24 jam sejak diketahui: 4 jam sejak klasifikasi (Peraturan Delegasi (UE) 2025/301, Pasal 5 ayat (2))

dora-intermediate-step = Laporan antara
dora-intermediate-recipient = Otoritas yang berwenang (pengawas sektor jasa keuangan)

dora-final-step = Laporan akhir
dora-final-recipient = Otoritas yang berwenang (pengawas sektor jasa keuangan)

hipaa-individuals-step = Sampaikan pemberitahuan kepada individu yang bersangkutan
hipaa-individuals-recipient = Individu yang PHI (protected health information, informasi kesehatan yang dilindungi) miliknya mengalami kebocoran

hipaa-hhs-500-step = Sampaikan pemberitahuan kepada HHS (500 orang atau lebih)
hipaa-hhs-500-recipient = US Department of Health and Human Services (kementerian kesehatan Amerika Serikat), Office for Civil Rights (OCR)

hipaa-hhs-annual-step = Laporkan ke HHS melalui log tahunan (kurang dari 500 orang)
hipaa-hhs-annual-recipient = US Department of Health and Human Services (kementerian kesehatan Amerika Serikat), Office for Civil Rights (OCR)

hipaa-media-step = Sampaikan pemberitahuan kepada media terkemuka
hipaa-media-recipient = Media terkemuka di negara bagian (State) tersebut

hipaa-business-associate-step = Sampaikan pemberitahuan kepada entitas tercakup (covered entity)
hipaa-business-associate-recipient = Entitas tercakup (covered entity) yang kami layani

sec-8k-step = Ajukan Form 8-K, Item 1.05
sec-8k-recipient = US Securities and Exchange Commission (otoritas pasar modal Amerika Serikat), melalui EDGAR

ca-residents-pre-2026-step = Sampaikan pemberitahuan kepada penduduk California
ca-residents-pre-2026-recipient = Penduduk California yang terdampak

ca-residents-step = Sampaikan pemberitahuan kepada penduduk California
ca-residents-recipient = Penduduk California yang terdampak

ca-attorney-general-step = Sampaikan pemberitahuan tersebut kepada Attorney General
ca-attorney-general-recipient = California Attorney General (Jaksa Agung negara bagian California)

lgpd-step = Sampaikan pemberitahuan kepada ANPD dan Subjek Data Pribadi
lgpd-recipient = Autoridade Nacional de Proteção de Dados (otoritas pelindungan data Brasil), dan Subjek Data Pribadi

pdpa-commission-step = Sampaikan pemberitahuan kepada PDPC
pdpa-commission-recipient = Personal Data Protection Commission (otoritas pelindungan data Singapura)

appi-preliminary-step = Laporan pendahuluan
appi-preliminary-recipient = Personal Information Protection Commission (otoritas pelindungan data Jepang)

appi-confirmed-step = Laporan definitif
appi-confirmed-recipient = Personal Information Protection Commission (otoritas pelindungan data Jepang)

appi-confirmed-unlawful-step = Laporan definitif (kasus akses yang tidak sah)
appi-confirmed-unlawful-recipient = Personal Information Protection Commission (otoritas pelindungan data Jepang)

au-ndb-assessment-step = Nilai apakah kejadian ini merupakan eligible data breach (kegagalan Pelindungan Data Pribadi yang wajib diberitahukan menurut hukum Australia)
au-ndb-assessment-recipient = Internal: selesaikan penilaian

pipeda-step = Laporkan kepada Privacy Commissioner dan beri tahu individu yang bersangkutan
pipeda-recipient = Office of the Privacy Commissioner of Canada (otoritas pelindungan data Kanada), dan individu yang bersangkutan

id-pdp-step = Pemberitahuan tertulis kepada Subjek Data Pribadi dan lembaga, paling lambat 3 x 24 jam
id-pdp-recipient = Subjek Data Pribadi, dan lembaga: selama lembaga sebagaimana dimaksud dalam Pasal 58 UU PDP belum dibentuk, Kementerian Komunikasi dan Digital (Komdigi) melakukan pengawasan dan menerima pemberitahuan
id-pdp-content-1 = Data Pribadi yang terungkap (Pasal 46 ayat (2) huruf a UU PDP)
id-pdp-content-2 = kapan dan bagaimana Data Pribadi terungkap (huruf b)
id-pdp-content-3 = upaya Pengendali Data Pribadi dalam menangani dan memulihkan kegagalan Pelindungan Data Pribadi (huruf c)

id-pdp-public-step = Sampaikan pemberitahuan kepada masyarakat
id-pdp-public-recipient = Masyarakat

## Pertanyaan penilaian (Judgement.question), per kunci

judgement-high_risk = Apakah kegagalan Pelindungan Data Pribadi ini kemungkinan besar mengakibatkan risiko tinggi terhadap hak dan kebebasan individu yang terdampak?
judgement-risk = Apakah kegagalan Pelindungan Data Pribadi ini kemungkinan besar mengakibatkan risiko terhadap hak dan kebebasan individu? (Jika kecil kemungkinannya, catat alasannya: otoritas tidak perlu diberi tahu.)
judgement-significant_harm = Apakah kegagalan Pelindungan Data Pribadi ini menimbulkan risiko nyata kerugian yang signifikan bagi individu yang terdampak?
judgement-nis2_significant = Apakah ini insiden signifikan menurut Pasal 23 ayat (3) NIS2 (gangguan atau kerugian finansial yang parah, atau kerugian yang cukup besar bagi pihak lain)?
judgement-hipaa_state_500 = Apakah lebih dari 500 penduduk dari satu negara bagian (State) atau yurisdiksi terdampak?
judgement-material = Apakah insiden telah ditetapkan material (dan kapan)? Catat waktu penetapan tersebut pada insiden.
judgement-lgpd_relevant_risk = Apakah insiden dapat menimbulkan risiko atau kerugian yang relevan bagi Subjek Data Pribadi (Pasal 48 LGPD)?
judgement-pdpa_notifiable = Apakah kegagalan Pelindungan Data Pribadi ini wajib diberitahukan, yaitu kemungkinan besar menimbulkan kerugian yang signifikan atau berdampak pada 500 orang atau lebih (Pasal 26B PDPA)? Catat kapan Anda menilainya.
judgement-id_public_interest = Apakah kegagalan Pelindungan Data Pribadi ini mengganggu pelayanan publik dan/atau berdampak serius terhadap kepentingan masyarakat, sehingga masyarakat juga wajib diberi tahu (Pasal 46 ayat (3) UU PDP beserta Penjelasannya)?

## Wilayah (Region::name), sebagaimana digunakan di dalam kalimat

region-eea = Kawasan Ekonomi Eropa (EEA)
region-uk = Britania Raya
region-us = Amerika Serikat
region-brazil = Brasil
region-singapore = Singapura
region-japan = Jepang
region-australia = Australia
region-canada = Kanada
region-indonesia = Indonesia

## Penanda kategori (mod.rs flag_phrase), untuk basis-flagged / basis-not-flagged

flag-personal = Data Pribadi
flag-special_category = Data Pribadi yang bersifat spesifik
flag-health = data dan informasi kesehatan (PHI)
flag-payment_card = data kartu pembayaran
flag-financial_account = data rekening keuangan
flag-credentials = kredensial
flag-government_id = nomor identitas yang diterbitkan pemerintah
flag-children = data anak
flag-precise_location = data lokasi presisi

## Fakta organisasi (mod.rs org_fact), $what pada basis-org / basis-not-org

org-financial_entity = entitas keuangan menurut DORA
org-nis2_entity = entitas esensial atau entitas penting menurut NIS2
org-hipaa_regulated = entitas tercakup (covered entity) atau mitra usaha (business associate) menurut HIPAA
org-hipaa_business_associate = mitra usaha (business associate) menurut HIPAA
org-sec_registrant = pendaftar SEC (SEC registrant)
org-credit_institution = lembaga kredit
org-central_counterparty = lembaga kliring sentral (central counterparty)
org-trading_venue = penyelenggara tempat perdagangan
# CoreFinancialInfrastructure jika jenisnya Other (fakta bernilai salah).
org-core_financial_infrastructure = lembaga kredit, lembaga kliring sentral, atau penyelenggara tempat perdagangan
org-refused_weekend_relief = organisasi yang telah diberi tahu oleh otoritas yang berwenang bahwa kelonggaran tersebut tidak berlaku bagi kami

## Alasan suatu langkah berlaku atau tidak (mod.rs evaluate, california_elements, obligations)

basis-list-all = { $first }; { $next }
basis-list-any-no = { $first }, dan { $next }
basis-not = tidak benar bahwa { $reason }
basis-personal-data = Data Pribadi terpapar
basis-not-personal-data = tidak ada Data Pribadi yang terpapar
basis-people-in = { $count } orang yang terdampak tinggal di { $region }
basis-not-people-in = tidak ada orang terdampak yang tinggal di { $region }
basis-people-over = { $count } orang di { $region } (lebih dari { $limit })
basis-not-people-over = { $count } orang di { $region } (tidak lebih dari { $limit })
basis-established-in = kami didirikan di { $region }
basis-not-established-in = kami tidak didirikan di { $region }
basis-org = kami termasuk { $what }
basis-not-org = kami tidak termasuk { $what }
basis-flagged = { $flag } terpapar
basis-not-flagged = tidak ada { $flag } yang terpapar
basis-california-names = nama beserta salah satu elemen yang tercantum (nomor identitas, data rekening, data medis, atau data biometrik) terpapar
basis-california-login = nama pengguna atau alamat email beserta kata sandinya terpapar
basis-not-california-elements = data yang terpapar bukan personal information (informasi pribadi) menurut Cal. Civ. Code 1798.82(h) (nama dan alamat email saja tidak termasuk)
basis-california-residents-over = { $count } penduduk California (lebih dari { $limit })
basis-not-california-residents-over = { $count } penduduk California (tidak lebih dari { $limit })
basis-california-residents-ask = Berapa banyak orang terdampak yang merupakan penduduk California? (Lebih dari { $limit } berarti Jaksa Agung (Attorney General) California wajib diberi tahu.)
basis-unlawful-access = kegagalan Pelindungan Data Pribadi ini melibatkan akses yang tidak sah
basis-no-unlawful-access = tidak ada akses yang tidak sah
basis-unlawful-access-mismatch = { $what } (langkah ini untuk { $cases })
basis-cases-unlawful-access = kasus dengan akses yang tidak sah
basis-cases-no-unlawful-access = kasus tanpa akses yang tidak sah
basis-assessed-no = dinilai: tidak. { $question }

## Jangka waktu dan awal penghitungan waktu (mod.rs period_words, clock_words; Obligation.deadline)

# UU PDP menulis "paling lambat 3 x 24 jam"; label memakai bentuk itu, dengan jumlah jamnya sebagai penjelasan (INDONESIA.md §2).
period-hours =
    { $hours ->
        [24] 1 x 24 jam
        [72] 3 x 24 jam (72 jam)
       *[other] { $hours } jam
    }
period-calendar-days = { $days } hari kalender
period-business-days = { $days } hari kerja
period-months = { $months } bulan
period-promptly = segera (panduan: sekitar { $days } hari)
period-without-undue-delay = tanpa penundaan yang tidak semestinya
period-with-clock = { $period } { $clock }

clock-awareness = sejak diketahui
clock-classification = sejak diklasifikasikan sebagai insiden besar
clock-materiality = sejak ditetapkan material
clock-notifiable-assessment = sejak kegagalan Pelindungan Data Pribadi dinilai wajib diberitahukan
clock-after = setelah langkah { $rule }
clock-end-of-year = sejak akhir tahun kalender

## Perhitungan waktu jatuh tempo (deadlines.rs due; mod.rs deadline, next_working_day)

working-hours = { $start } + { $hours } jam = { $due }
working-calendar-days = { $start } + { $days } hari kalender: akhir tanggal { $last } ({ $due })
working-business-days = { $start } + { $days } hari kerja: akhir tanggal { $last } ({ $due })
working-months = { $start } + { $months } bulan = { $due }
working-guidance = tanpa penundaan yang tidak semestinya; panduan: dalam { $days } hari, paling lambat akhir tanggal { $last }
working-no-fixed-period = tanpa penundaan yang tidak semestinya (tidak ada jangka waktu tetap)
working-at-most = { $working }; tetapi paling lambat: { $limit }
working-only-at-most = paling lambat: { $limit }
working-not-started = penghitungan waktu belum dimulai
working-lapsed = { $working }; { $why }
working-bank-holiday = { $day } adalah { $name }, hari libur bank di { $country }
working-weekend = { $day } adalah hari { $weekday }
working-no-relief = { $working }; { $what }, tetapi kelonggaran hari kerja berikutnya tidak berlaku bagi kami: { $reason } ({ $citation })
working-moved = { $working }; { $what }: { $by } ({ $citation })
working-by-next-day = paling lambat pukul { $hour }.00 pada hari kerja berikutnya, { $next }


## Yang harus dicatat sebelum penghitungan waktu dapat dimulai (mod.rs Walk::clock_start)

missing-classification = Klasifikasikan insiden (Pasal 18 DORA) dan catat kapan insiden tersebut diklasifikasikan sebagai insiden besar.
missing-materiality = Catat kapan insiden ditetapkan material.
missing-notifiable-assessment = Catat kapan kegagalan Pelindungan Data Pribadi dinilai wajib diberitahukan.
missing-after = Waktu langkah { $rule } harus dipastikan terlebih dahulu.
