### Vendor Risk Register: mengimpor berkas dari luar (src-tauri/core/src/import/, pembaca CAIQ dan
### HECVAT di questionnaire/, impor buku kerja di register/questionnaires.rs), Bahasa Indonesia.
### Ukuran ($size, $most) berupa megabita bulat atau jumlah baris, dicetak tanpa pemisah ribuan;
### $problem adalah penjelasan pustaka pembaca itu sendiri, dalam bahasa Inggris.

## Lembar kerja atau berkas teks apa pun (import/mod.rs, import/spreadsheet.rs)

import-not-utf8 = Berkas ini bukan teks UTF-8: simpan sebagai UTF-8, lalu impor kembali.
import-not-spreadsheet = Berkas ini bukan lembar kerja (.xlsx atau .ods): isinya adalah jenis berkas lain, apa pun namanya.
import-spreadsheet-unreadable = Bukan lembar kerja (.xlsx atau .ods) yang dapat dibaca: { $problem }.
import-zip-unreadable = Bukan lembar kerja (.xlsx atau .ods) yang dapat dibaca: { $problem }
import-zip-bomb = Buku kerja ini akan berukuran { $size } MB setelah diekstrak (lebih dari { $most } MB): ditolak karena mungkin merupakan bom zip.
import-file-too-large = Berkas ini lebih besar daripada { $most } MB.

## Vendor dari lembar kerja (import/vendors.rs, register/import.rs). $row adalah baris lembar
## (baris judul adalah baris 1), $column judul suatu kolom. Kecocokan berdasarkan pengenal atau
## nama: import-same-lei, import-same-vat, import-same-duns, import-same-name (fields.ftl).

import-vendors-too-many-rows = Berkas ini memiliki lebih dari { $most } baris; bagi berkas tersebut menjadi beberapa bagian, lalu impor bagian-bagian itu satu per satu.
import-vendors-no-header = Baris pertama harus berisi nama kolom.
import-vendors-no-sheets = Buku kerja ini tidak memiliki lembar apa pun.
import-vendors-sheet-unreadable = Lembar '{ $name }' tidak dapat dibaca: { $problem }
import-vendors-formula = Rumus tidak diimpor (dan tidak dijalankan): ganti rumus dengan nilainya.
import-vendors-csv-not-utf8 = Berkas CSV ini bukan teks UTF-8: simpan sebagai "CSV UTF-8", lalu impor kembali.
# Baris yang ditolak pembaca CSV: penjelasan dari pembaca itu sendiri (dalam bahasa Inggris).
import-vendors-csv-line = Baris ini tidak dapat dibaca: { $problem }
import-vendors-at-row-column = baris { $row }, kolom '{ $column }'

# Bidang yang dapat diisi oleh suatu kolom, seperti yang ditampilkan formulir pemetaan.
import-field-name = Nama
import-field-legal-name = Nama badan hukum
import-field-website = Situs web
import-field-country = Negara (kode ISO)
import-field-category = Kategori
import-field-description = Deskripsi
import-field-business-owner = Pemilik bisnis
import-field-status = Status siklus hidup
import-field-lei = LEI
import-field-vat = VAT/PPN
import-field-duns = DUNS
import-field-services = Layanan (dipisahkan dengan ;)
import-field-contact-name = Nama kontak
import-field-contact-email = Surel kontak
import-field-contact-role = Peran kontak
import-field-contract-start = Tanggal mulai kontrak
import-field-contract-renewal = Perpanjangan kontrak
import-field-contract-end = Tanggal berakhir kontrak
import-field-notice-period = Jangka waktu pemberitahuan (hari)
import-field-annual-spend = Belanja tahunan
import-field-currency = Mata uang
import-field-dpa-signed = DPA ditandatangani
import-field-breach-sla = SLA pemberitahuan kebocoran data (jam)

## Daftar subprosesor yang dipublikasikan vendor (import/subprocessors/). Posisi dalam daftar:
## $line, $row, dan $item dihitung dari 1, $table dan $list menomori tabel dan daftar pada suatu
## halaman, $sheet adalah nama lembar. $at adalah posisi tersebut, $column judul suatu kolom,
## $columns judul-judul kolom yang digabungkan.

list-at-file = berkas
list-at-line = baris { $line }
list-at-table-row = tabel { $table }, baris { $row }
list-at-list = daftar { $list }
list-at-list-item = daftar { $list }, butir { $item }
list-at-sheet = lembar '{ $sheet }'
list-at-sheet-row = lembar '{ $sheet }', baris { $row }

# Cara berkas dibaca ($format dalam list-no-table dan ringkasan).
list-format-html = halaman web (HTML)
list-format-markdown = halaman markdown
list-format-delimited = teks CSV atau teks yang dipisahkan tab
list-format-workbook = lembar kerja (.xlsx atau .ods)

# Kolom daftar yang ditemukan di bawah judul suatu halaman web (satu butir per baris).
list-header-name = Subprosesor
list-header-purpose = Tujuan
list-header-location = Lokasi

list-too-large = Berkas ini lebih besar daripada { $most } MB; daftar subprosesor jauh lebih kecil.
list-too-many-rows = Daftar ini memiliki lebih dari { $most } baris; daftar subprosesor jauh lebih pendek.
list-line-unreadable = Baris ini tidak dapat dibaca: { $problem }
list-sheet-unreadable = Lembar ini tidak dapat dibaca: { $problem }
list-no-table = Tidak ditemukan tabel dalam { $format } ini: yang diharapkan adalah tabel (atau, pada halaman web, daftar di bawah judul yang menyebut subprosesor) yang baris judulnya menyebut subprosesor.
list-text-before-table = Teks sebelum tabel ({ $lines } baris) tidak dibaca sebagai subprosesor.
list-table-skipped = Tabel dilewati: tidak ada kolom yang berisi nama subprosesor (kolomnya: { $columns }).
list-no-name-column = Tidak ada kolom yang berisi nama subprosesor (kolomnya adalah: { $columns }). Judul kolom yang diharapkan misalnya "Subprosesor", "Nama", "Vendor", "Subprocessor", atau "Unterauftragsverarbeiter"; atau pilih kolom yang berisi nama tersebut.
list-empty = Daftar ini tidak berisi subprosesor.
list-unknown-company = '{ $company }' bukan salah satu perusahaan dalam berkas ini ({ $companies }).
list-choose-company = Berkas ini memuat daftar { $count } perusahaan ({ $companies }): pilih perusahaan pemilik daftar ini.
list-listed-twice = { $name } tercantum dua kali (juga pada { $at }); kedua entri telah digabungkan.
list-ragged-row = Baris ini memiliki { $cells } sel, tetapi baris judul ({ $header }) memiliki { $width }: sel yang memuat karakter pemisah harus diapit tanda kutip.
list-name-empty = Nama subprosesor (kolom '{ $column }') kosong.
list-unknown-place = '{ $part }' pada kolom '{ $column }' bukan negara atau wilayah yang dikenal aplikasi ini (yang diharapkan adalah negara seperti 'Jerman' atau 'DE', atau wilayah seperti 'EU').

# Hasil pembacaan suatu sel ($place adalah negara, misalnya "DE (Jerman)", $code kode negara).
list-region = wilayah { $region }
list-from-address = { $place } (dari alamat)
list-address-not-used = { $code } (tidak digunakan: kolom lokasi sudah menyebutkan tempatnya)
list-address-no-country = tidak ditemukan negara dalam alamat
list-footnote-left-out = nama '{ $name }' (tanda catatan kaki dihilangkan)

## Buku kerja CSA CAIQ v4 yang diisi vendor (questionnaire/caiq.rs). Lembar yang tidak dapat
## dibaca: workbook-unreadable-sheet (fields.ftl).

caiq-no-sheet = Buku kerja ini tidak memiliki lembar CAIQ v4 (bernama seperti 'CAIQv4…'); lembar yang ada: { $found }.
caiq-no-header = Tidak ada baris judul di '{ $sheet }' dengan kolom { $columns }.
caiq-not-yes-no = '{ $text }' bukan salah satu dari Yes/No/NA.
caiq-no-questions = '{ $sheet }' tidak memiliki pertanyaan CAIQ di bawah baris judulnya.

## HECVAT EDUCAUSE yang diisi vendor (questionnaire/hecvat.rs)

hecvat-not-hecvat = Buku kerja ini bukan HECVAT (tidak ada lembar 'HECVAT - Full', 'HECVAT - Lite', atau 'START HERE'). Lembar yang ada: { $found }.
hecvat-not-hecvat-caiq = Buku kerja ini bukan HECVAT (tidak ada lembar 'HECVAT - Full', 'HECVAT - Lite', atau 'START HERE'). Ini adalah buku kerja CSA CAIQ: impor melalui "Impor CAIQ yang telah diisi" (questionnaire import-caiq).
hecvat-not-hecvat-ours = Buku kerja ini bukan HECVAT (tidak ada lembar 'HECVAT - Full', 'HECVAT - Lite', atau 'START HERE'). Ini adalah buku kerja kuesioner yang diekspor oleh aplikasi ini: impor pada penilaiannya (questionnaire import).
hecvat-no-version = Tidak ditemukan versi ("Version 3.06", "Version 4.1.4") pada baris-baris pertama '{ $sheet }'.
hecvat-no-questions = '{ $sheet }' tidak memiliki pertanyaan HECVAT (baris dengan id seperti DOCU-01 di kolom A).

## Buku kerja kuesioner yang dibaca kembali ke dalam penilaiannya (register/questionnaires.rs)

workbook-other-version = Buku kerja ini untuk '{ $template }' versi { $version }; penilaian { $assessment } menggunakan '{ $ours }' versi { $our_version }. Ekspor kuesioner kembali dan kirimkan berkas yang baru.
workbook-other-assessment = Buku kerja ini diekspor untuk penilaian { $exported }, bukan { $assessment } ({ $vendor }).
workbook-questions-absent = { $count } pertanyaan tidak ada dalam buku kerja; jawabannya tetap seperti sebelumnya.
workbook-answers-not-scored = Jawaban atas pertanyaan yang tidak berlaku tetap disimpan, tetapi tidak dinilai: { $ids }.

## Dialog impor di aplikasi desktop (src-tauri/src/commands/datamap.rs, exports.rs)

import-list-required = Tempelkan daftarnya atau pilih berkasnya.
