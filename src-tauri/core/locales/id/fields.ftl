### Vendor Risk Register: alasan suatu isian ditolak (src-tauri/core/src/validate.rs),
### Bahasa Indonesia. $text adalah apa yang diketik.

field-required = Isian ini wajib diisi.
field-too-long = Paling banyak { $max } karakter.
field-date = '{ $text }' bukan tanggal; gunakan YYYY-MM-DD, misalnya 2026-01-31.
field-date-required = Isikan tanggal (YYYY-MM-DD).
field-range = Harus antara { $min } dan { $max }.
field-number = '{ $text }' bukan bilangan bulat.
field-instant = '{ $text }' bukan tanggal dan waktu; gunakan YYYY-MM-DDTHH:MM (waktu setempat) atau RFC 3339.
field-country = '{ $text }' bukan kode negara dua huruf ISO 3166 (misalnya ID, IE, US).
field-email = '{ $text }' bukan alamat surel yang sah.
field-website = '{ $text }' bukan alamat web (misalnya https://mixpanel.com).
field-lei-format = LEI terdiri atas 20 huruf dan angka (ISO 17442).
field-lei-check-format = Dua karakter terakhir LEI adalah digit pemeriksa.
field-lei-checksum = Digit pemeriksa LEI tidak cocok (ISO 17442); periksa kemungkinan salah ketik.
field-duns = Nomor D-U-N-S terdiri atas sembilan digit, misalnya 15-048-3782.
field-vat = Nomor VAT diawali prefiks negara dua huruf, misalnya IE6388047V.
field-currency-required = Isikan mata uang jumlah tersebut (misalnya IDR, USD, EUR).
field-currency = '{ $text }' bukan kode mata uang ISO 4217 (misalnya IDR, USD, EUR).
field-money = '{ $text }' bukan jumlah uang; gunakan angka dan titik desimal, misalnya 12500.00.
field-money-decimals = Paling banyak { $places } angka desimal untuk mata uang ini.
field-money-too-large = Jumlahnya terlalu besar.

## Aturan formulir itu sendiri (vendor/draft.rs, datamap.rs, incident.rs, org.rs, risk/rubric.rs,
## questionnaire/template.rs). $choices adalah daftar nilai yang diterima.

field-choice = '{ $text }' bukan salah satu dari: { $choices }.
field-duplicate = '{ $text }' tercantum dua kali.
field-end-before-start = Tanggal berakhir lebih awal daripada tanggal mulai.
field-renewal-before-start = Tanggal perpanjangan lebih awal daripada tanggal mulai.
field-too-many-services = Paling banyak { $max } layanan.
field-too-many-contacts = Paling banyak { $max } kontak.
field-flow-start-required = Isikan tanggal data mulai dialirkan (YYYY-MM-DD).
field-categories-required = Pilih paling sedikit satu kategori data.
field-unknown-category = '{ $text }' bukan kategori data dalam register ini.
field-subject-required = Pilih kelompok Subjek Data Pribadi yang bersangkutan dengan data ini.
field-unknown-subject = '{ $text }' bukan kelompok Subjek Data Pribadi dalam register ini.
field-country-required = Pilih negara.
field-duplicate-country = { $country } tercantum dua kali.
field-residence-sum = Jumlah orang per negara adalah { $listed }, lebih banyak daripada { $people } orang dalam aliran data ini.
field-unknown-vendor-service = '{ $text }' bukan layanan vendor ini.
field-unknown-internal-service = '{ $text }' bukan layanan internal kami.
field-unknown-vendor = '{ $text }' bukan vendor dalam register ini.
field-recipient-required = Pilih vendor penerima data.
field-self-recipient = Vendor tidak dapat meneruskan data kepada dirinya sendiri.
field-aware-required = Isikan waktu kami mengetahui terjadinya kegagalan Pelindungan Data Pribadi: sebagian besar tenggat dihitung sejak saat itu.
field-notified-before-detected = Vendor tidak mungkin memberi tahu kami sebelum vendor mendeteksi kegagalan Pelindungan Data Pribadi tersebut.
field-aware-before-detected = Kami tidak mungkin mengetahuinya sebelum vendor mendeteksi kegagalan Pelindungan Data Pribadi tersebut.
field-not-in-radius = '{ $text }' tidak termasuk kategori data vendor yang terpapar.
field-exposed-and-not = '{ $text }' tidak dapat sekaligus terpapar dan tidak terpapar.
field-time-zone = '{ $text }' bukan zona waktu IANA (misalnya Asia/Jakarta, Europe/Dublin, America/New_York).
field-bands-ascending = Empat ambang, masing-masing lebih besar daripada ambang sebelumnya.
field-rto-bands = Empat batas RTO dalam jam, masing-masing lebih kecil daripada batas sebelumnya.
field-weights-zero = Paling sedikit satu bobot harus lebih besar daripada nol.
field-tiers = Jenjang bernilai 1 sampai 4, dan risiko yang lebih tinggi tidak pernah mendapat jenjang yang kurang kritis.
field-matrix = Risiko tidak boleh turun ketika kemungkinan atau dampak naik.
field-control-reductions = Skor bernilai 0–100 dan pengurangan paling banyak 4 tingkat.
field-max-levels = Paling banyak 4 tingkat.
field-above-zero = Harus lebih besar daripada nol.
field-review-months = Jangka waktu peninjauan adalah 1 sampai 120 bulan.
field-template-id = Gunakan 1–64 huruf kecil, angka, dan '-' (misalnya security-core).
field-version = Versi dimulai dari 1.
field-sections-required = Templat memerlukan paling sedikit satu bagian.
field-section-id = '{ $text }' harus berupa ID unik yang terdiri atas huruf, angka, '-', atau '_'.
field-too-many-questions = { $count } pertanyaan; paling banyak { $max }.
field-question-id = '{ $text }': gunakan 1–40 huruf, angka, '.', '_', '&', atau '-'.
field-used-twice = '{ $text }' digunakan dua kali.
field-weight = Bobot bernilai 0 sampai 10.
field-no-options = Pertanyaan berjenis { $kind } tidak memiliki pilihan jawaban.
field-options-required = Pertanyaan pilihan memerlukan paling sedikit dua pilihan jawaban.
field-option-value = '{ $text }' harus berupa nilai yang unik dan tidak kosong.
field-points = Poin bernilai 0 sampai 1 (bagian dari bobot), atau kosong.
field-yes-no-options = Pertanyaan ya/tidak memiliki nilai 'yes' dan 'no' (serta 'na' jika diperlukan).
field-not-earlier-question = '{ $text }' bukan pertanyaan sebelumnya (syarat hanya dapat merujuk ke pertanyaan sebelumnya, tidak pernah ke pertanyaan berikutnya).
field-not-choice-question = '{ $text }' bukan pertanyaan pilihan.
field-condition-answers-required = Sebutkan paling sedikit satu jawaban yang menampilkan pertanyaan ini.
field-not-an-answer = '{ $text }' bukan jawaban atas '{ $question }'.

## Catatan risiko, temuan, kuesioner, insiden, dan taksonomi (register/, taxonomy.rs)

field-override-reason = Penetapan manual memerlukan alasan: alasan tersebut ditampilkan bersama skor.
field-soc2-period-end = Isikan akhir periode yang dicakup laporan SOC 2: laporan menjadi usang sejak tanggal itu.
field-certificate-expiry = Isikan tanggal berakhirnya sertifikat.
field-test-date = Isikan tanggal pengujian.
field-acceptance-expiry = Penerimaan risiko memerlukan tanggal berakhir.
field-expiry-future = Tanggal berakhir harus di masa mendatang.
field-template-required = Pilih templat kuesioner.
field-waiver-reason = Jelaskan alasan temuan ini dikesampingkan (alasan tersebut disimpan dalam catatan).
field-category-exists = Kategori '{ $key }' sudah ada.
field-subject-exists = Kelompok Subjek Data Pribadi '{ $name }' sudah ada.
field-answer-required = Wajib: jawab sebelum mengirimkan.

## Formulir Register Informasi DORA (dora/model.rs, dora/fields.rs)

field-dora-definitions = B_99.01 tidak memiliki kolom { $column }: kolomnya adalah c0010 sampai dengan c0190.
field-dora-entity-parent = Suatu entitas bukan induk bagi dirinya sendiri: kosongkan induk untuk entitas puncak grup.
field-dora-country = '{ $text }' bukan kode negara seperti DE atau IE.
field-dora-provider-parent = Suatu penyedia bukan induk bagi dirinya sendiri: kosongkan induknya.
field-dora-code = Kode penyedia memerlukan jenisnya (code_type), dan jenis memerlukan kodenya.
field-dora-overarching-needed = Perjanjian lanjutan atau terkait (x3) menyebutkan perjanjian induknya.
field-dora-overarching-self = Suatu perjanjian tidak dapat menjadi induk bagi dirinya sendiri.
field-dora-unknown-field = '{ $text }' bukan isian di sini; isiannya adalah { $fields }.

## Mengimpor vendor dari lembar kerja (import/vendors.rs)

import-same-company = Perusahaan yang sama dengan baris { $row } ({ $shared } yang sama).
import-same-lei = LEI
import-same-vat = nomor VAT
import-same-duns = nomor DUNS
import-same-name = nama

## Jawaban yang diketik di aplikasi atau dibaca dari buku kerja vendor (questionnaire/answer.rs,
## questionnaire/workbook_import.rs)

answer-picked-twice = Satu pilihan dipilih dua kali.
answer-wrong-kind = Pertanyaan jenis { $kind } tidak dapat menerima jawaban ini.
answer-not-one-of = '{ $text }' bukan salah satu dari { $choices }.
answer-not-one-of-several = '{ $text }' bukan salah satu dari { $choices } (pisahkan beberapa jawaban dengan ';').
answer-not-number = '{ $text }' bukan angka (digit, dengan '.' untuk desimal).
answer-not-date = '{ $text }' bukan tanggal (YYYY-MM-DD).
answer-evidence = Bukti dilampirkan sebagai berkas, tidak diketik.
workbook-too-big = Berkas ini berukuran { $size } MB; buku kerja kuesioner paling besar { $most } MB.
workbook-no-sheet = Buku kerja ini tidak memiliki lembar bernama '{ $name }' (lembar yang ada: { $found }).
workbook-unreadable-sheet = Lembar '{ $name }' tidak dapat dibaca: { $problem }.
workbook-not-ours = Buku kerja ini tidak diekspor oleh Vendor Risk Register (lembar tersembunyi '_meta' tidak ada). Ekspor kuesioner dari aplikasi dan kirimkan berkas tersebut.
workbook-meta-foreign = Lembar '_meta' buku kerja ini bukan buatan Vendor Risk Register.
workbook-meta-changed = Lembar '_meta' buku kerja ini telah diubah: lembar itu tidak lagi menyebutkan kuesioner yang dimaksud.
workbook-merged = Sel yang digabungkan tidak dapat dibaca kembali: pisahkan sel tersebut.
workbook-formula = berisi rumus (={ $formula }); ketik jawabannya sendiri. Rumus tidak pernah dihitung.
workbook-no-answer-column = Kolom '{ $column }' tidak ada pada baris judul: kolom itu mungkin telah dihapus. Ekspor kuesioner kembali.
workbook-no-header = Tidak ditemukan baris judul dengan '{ $column }': kolom tersembunyi A mungkin telah dihapus. Ekspor kuesioner kembali.
workbook-error-value = berisi nilai galat ({ $error }).
workbook-error-value-choices = berisi nilai galat ({ $error }). Jawaban yang diterima: { $choices }.
workbook-not-date = bukan tanggal.
workbook-no-question-id = Ada jawaban pada baris tanpa id pertanyaan (kolom tersembunyi A).
workbook-unknown-question = '{ $id }' bukan pertanyaan dari '{ $template }' versi { $version }.
workbook-question-twice = '{ $id }' muncul dua kali.
