### Vendor Risk Register: Register Informasi DORA (src-tauri/core/src/dora/, register/dora.rs),
### Bahasa Indonesia. $label adalah nama kolom EBA suatu isian, tetap dalam bahasa Inggris
### sebagaimana ITS menamainya; $text dan $value adalah apa yang diketik atau dilaporkan; $why
### adalah id masalah suatu LEI (field-lei-*), ditulis sebagaimana dalam fields.ftl.

## Jenis catatan dan nilai yang diketik untuk isiannya (dora/fields.rs)

dora-kind-unknown = '{ $text }' bukan salah satu dari { $kinds }.
dora-value-empty = { $label } kosong: jangan cantumkan isian ini.
dora-value-not-listed = '{ $text }' tidak terdapat dalam daftar EBA untuk { $label }: { $codes }.
dora-value-not-listed-more = '{ $text }' tidak terdapat dalam daftar EBA untuk { $label }: { $codes }, dan { $more } kode lainnya.
dora-value-date = '{ $text }' bukan tanggal dengan format yyyy-mm-dd ({ $label }).
dora-value-whole-number = '{ $text }' bukan bilangan bulat yang bernilai paling sedikit 0 ({ $label }).
dora-value-amount = '{ $text }' bukan jumlah uang seperti 120000 atau 120000.50 ({ $label }).
dora-value-boolean = '{ $text }' bukan true atau false ({ $label }).

## Pemeriksaan paket oleh otoritas pengawas, menurut aturan EBA (dora/validate.rs)

dora-check-missing-file = Paket tidak memuat { $file }.
dora-check-extra-file = { $file } bukan berkas paket: hapus berkas tersebut.
dora-check-bom = { $file } diawali penanda urutan bita (byte-order mark): simpan berkas tersebut sebagai UTF-8 tanpa penanda itu.
dora-check-header = Baris judul { $file } adalah '{ $found }', bukan '{ $wanted }'.
dora-check-unknown-parameter = parameters.csv memuat '{ $name }', yang bukan salah satu dari kelima parameter.
dora-check-missing-parameter = parameters.csv tidak memuat '{ $name }'.
dora-check-entity-id = entityID '{ $entity }' tidak berbentuk rs:<LEI>.CON atau rs:<LEI>.IND.
dora-check-entity-id-lei = entityID '{ $entity }': { $why ->
        [field-lei-format] { field-lei-format }
        [field-lei-check-format] { field-lei-check-format }
       *[field-lei-checksum] { field-lei-checksum }
    }
dora-check-ref-period = refPeriod '{ $period }' bukan tanggal (yyyy-mm-dd).
dora-check-indicator-twice = FilingIndicators.csv mencantumkan { $template } dua kali.
dora-check-indicator-reported = FilingIndicators.csv melaporkan { $template } sebagai '{ $reported }': hanya true yang diterima.
dora-check-indicator-missing = FilingIndicators.csv tidak memiliki baris untuk { $template }.
dora-check-unknown-column = { $template } tidak memiliki kolom { $column }.
dora-check-required = { $template } { $column } kosong: pemeriksaan EBA mensyaratkan kolom ini diisi.
dora-check-lei = '{ $value }': { $why ->
        [field-lei-format] { field-lei-format }
        [field-lei-check-format] { field-lei-check-format }
       *[field-lei-checksum] { field-lei-checksum }
    }
dora-check-euid-form = '{ $value }': EUID terdiri atas kode negara, pengenal daftar perusahaan, tanda titik, dan nomor perusahaan dalam daftar tersebut (misalnya DEK1101R.HRB116737).
dora-check-euid-country = '{ $value }': { $country } bukan kode negara anggota (kode Yunani adalah EL).
dora-check-key-empty = Kolom kunci kosong.
dora-check-key-repeated = Kunci ({ $key }) berulang.
# $reference adalah nama aturan tersebut menurut EBA.
dora-check-foreign-key = { $columns } ({ $values }) bukan baris dalam { $target }: { $reference }.
dora-cell-code = '{ $value }' tidak terdapat dalam daftar tertutup kolom ini.
dora-cell-date = '{ $value }' bukan tanggal (yyyy-mm-dd).
dora-cell-integer = '{ $value }' bukan bilangan bulat.
dora-cell-number = '{ $value }' bukan angka.
dora-cell-boolean = '{ $value }' bukan true atau false.

## Yang belum tercatat menurut catatan register sendiri (register/dora.rs)

dora-service-advice = { $function } berjalan pada layanan kami { $service }, yang bergantung pada { $vendor }; tidak ada perjanjian kontraktual dengan { $vendor } yang mendukung { $function }.

## Membaca dan menulis paket (dora/package.rs, register/dora.rs). $problem adalah alasan yang
## diberikan pembaca zip atau CSV.

dora-package-not-zip = Bukan paket laporan yang dapat dibaca (berkas zip): { $problem }
dora-package-entry = Entri { $number }: { $problem }
dora-package-outside = '{ $name }' merujuk ke luar paket: ditolak.
dora-package-not-inside = '{ $name }' tidak berada di dalam folder paket.
dora-package-two-folders = Paket memiliki dua folder teratas, '{ $first }' dan '{ $second }': paket harus memiliki satu folder teratas saja.
dora-package-too-big = Paket ini akan berukuran lebih dari { $megabytes } MB setelah diekstrak: ditolak.
dora-package-unreadable = { $file }: { $problem }
dora-package-csv = { $file }, baris { $line }: { $problem }
dora-package-name = Folder paket bernama { $name }; berkas zip dengan nama lain akan ditolak (aturan 103). Tentukan folder, atau berkas zip dengan nama tersebut.

## Mengimpor paket yang telah disampaikan (dora/import.rs, register/dora.rs)

dora-import-file-name = Folder paket adalah '{ $folder }', tetapi berkasnya { $file }: keduanya harus bernama sama.
dora-import-reporting-rows = B_01.01 memiliki { $rows } baris: seharusnya tepat satu.
dora-import-service-differs = B_02.02 baris { $row }: layanan { $reference } berbeda dari baris pertamanya; register menyimpan satu layanan untuk setiap perjanjian kontraktual, yaitu layanan pada baris pertama.
dora-import-no-signer = { $reference }: tidak ada entitas yang menandatanganinya (B_03.01).
dora-import-no-provider = { $reference }: tidak ada penyedia (B_03.02).
dora-import-parents-circle = Induk entitas (B_01.02 c0060) saling merujuk secara melingkar.
