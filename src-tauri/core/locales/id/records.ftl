### Vendor Risk Register: alasan suatu berkas, nama, atau pengaturan yang diberikan kepada
### register ditolak (register/, store/, questionnaire/, passphrase.rs, export/backup.rs di
### core, serta pemeriksaan desktop dan CLI itu sendiri), Bahasa Indonesia. Setiap pesan
### menyebutkan suatu isian, seperti galat formulir. $path dan $file adalah jalur berkas,
### $problem kata-kata sistem atau pengurai, dicetak apa adanya; angka (baris, kolom, versi)
### diberikan sudah terformat.

## Berkas
path-unreadable = { $path } tidak dapat dibaca: { $problem }
path-unwritable = { $path } tidak dapat ditulis: { $problem }

## Frasa sandi, login, dan register tim (passphrase.rs, register/team.rs, store/postgres.rs)
passphrase-enter = Masukkan frasa sandi register.
passphrase-enter-current = Masukkan frasa sandi saat ini.
passphrase-too-short = Pilih frasa sandi yang terdiri atas paling sedikit { $min } karakter; beberapa kata yang tidak saling berkaitan mudah diingat dan sulit ditebak.
passphrase-too-long = Frasa sandi terdiri atas paling banyak { $max } karakter.
passphrase-mismatch = Kedua frasa sandi tidak sama.
passphrase-new-required = Berikan frasa sandi baru melalui --new-passphrase-file FILE atau VENDOR_RISK_NEW_PASSPHRASE.
password-new-required = Berikan kata sandi login baru melalui VENDOR_RISK_NEW_PASSWORD (atau gunakan --no-password).
password-mismatch = Kedua kata sandi tidak sama.
login-name = Nama login terdiri atas 1–63 karakter dan tidak diawali dengan vrr_ atau pg_.
team-address = Alamat register tim berbentuk postgres://…
server-address-unreadable = { $address }: bukan alamat postgres:// ({ $problem })
server-address-scheme = { $address }: bukan alamat postgres://
server-address-refused = { $address }: { $problem }
server-address-sslmode = { $address }: sslmode '{ $mode }' bukan salah satu dari disable, require, verify-full
server-ca-unreadable = Sertifikat CA { $path } tidak dapat dibaca: { $problem }

## Cadangan dan pemulihannya (export/backup.rs, store/dump.rs, register/exports.rs,
## register/backups.rs)
backup-not-json = Bukan cadangan register (baris { $line }, kolom { $column }): { $problem }
backup-format = Bukan cadangan register: formatnya '{ $format }'.
backup-schema = Cadangan ini dibuat dengan skema register { $made }, sedangkan aplikasi ini menulis skema { $writes }: pulihkan cadangan ini dengan versi aplikasi yang membuatnya.
backup-audit = Log audit cadangan ini tidak lolos verifikasi, sehingga cadangan tidak dipulihkan: { $problem }
backup-table-unknown = Cadangan ini memiliki tabel '{ $table }' yang tidak ada dalam register ini.
backup-column-unknown = Tabel '{ $table }' dalam cadangan ini memiliki kolom '{ $column }' yang tidak ada dalam register ini.
backup-row-invalid = Tabel '{ $table }', baris { $row }: bukan baris yang sah.
restore-not-register = { $file } tidak dapat dipulihkan: berkas ini bukan berkas Vendor Risk Register. Tidak ada yang diubah.
restore-encrypted = { $file } tidak dapat dipulihkan: berkas ini terenkripsi; berikan frasa sandi yang digunakan saat cadangan dibuat. Tidak ada yang diubah.
restore-wrong-passphrase = { $file } tidak dapat dipulihkan: frasa sandi tersebut tidak dapat membukanya (cadangan tetap menggunakan frasa sandi yang berlaku saat cadangan dibuat). Tidak ada yang diubah.
restore-damaged = { $file } tidak dapat dipulihkan: berkas ini rusak. Tidak ada yang diubah.
restore-refused = { $file } tidak dapat dipulihkan: { $problem }. Tidak ada yang diubah.
restore-integrity = { $file } tidak lolos pemeriksaan integritas SQLite ({ $verdict }). Tidak ada yang diubah.
restore-audit = Log audit { $file } tidak lolos verifikasi ({ $problem }). Tidak ada yang diubah.
attestation-missing = PDF ini tidak memuat atestasi Vendor Risk Register: PDF ini tidak dibuat oleh aplikasi ini, atau telah diubah.

## Vendor, peta data, dan insiden (store/vendors.rs, store/datamap.rs, register/incidents.rs)
vendor-name-taken = Vendor bernama '{ $name }' sudah ada.
vendor-name-taken-archived = Vendor bernama '{ $name }' sudah ada (diarsipkan).
vendor-service-in-use = Layanan '{ $service }' masih dirujuk sehingga tidak dapat dihapus.
service-name-taken = Layanan bernama '{ $name }' sudah ada.
flow-end-before-start = Aliran data ini dimulai pada { $start }; aliran data tidak dapat berakhir sebelum tanggal tersebut.
edge-end-before-start = Hubungan pihak keempat ini dimulai pada { $start }; hubungan tersebut tidak dapat berakhir sebelum tanggal tersebut.
incident-unknown-judgement = '{ $key }' bukan pertanyaan yang diajukan oleh ketentuan mana pun.
incident-unknown-step = '{ $rule }' bukan langkah pemberitahuan.

## Kuesioner (questionnaire/template.rs, questionnaire/evidence.rs, register/questionnaires.rs)
template-not-json = Bukan berkas templat (baris { $line }, kolom { $column }): { $problem }
evidence-empty = Berkas ini kosong.
evidence-too-big = Berkas ini berukuran { $size } MB; paling besar { $most } MB.
evidence-type = '{ $name }': hanya jenis berkas berikut yang diterima: { $types }.
evidence-content = '{ $name }' sebenarnya bukan berkas .{ $ext }: isinya tidak sesuai dengan namanya.
assessment-unknown-question = '{ $question }' bukan pertanyaan dalam kuesioner ini.
assessment-reason-required = Berikan alasannya (alasan tersebut disimpan bersama keputusan).
assessment-other-cycle = Penilaian { $previous } bukan siklus '{ $template }' untuk vendor ini.

## Pengaturan dan dialog desktop (src/commands/)
settings-user-name = Isikan nama Anda (1–100 karakter): nama tersebut dicatat dalam log audit.
settings-backup-keep = Simpan antara 1 dan 365 cadangan harian.

## Opsi baris perintah CLI (cli/src/)
cli-mapping-json = bukan pemetaan kolom (baris { $line }): { $problem }
cli-rubric-json = bukan rubrik (baris { $line }, kolom { $column }): { $problem }
cli-vendor-or-all = Sebutkan vendor, atau gunakan --all.
cli-clock = '{ $text }' bukan waktu dalam format RFC 3339 (2026-11-28T12:00:00Z).
cli-holiday = '{ $text }' tidak berformat COUNTRY:YYYY-MM-DD[:NAME].
