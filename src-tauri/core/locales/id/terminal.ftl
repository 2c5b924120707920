### Vendor Risk Register: keluaran teks baris perintah (src-tauri/cli/src/ beserta output/):
### radius dampak, kewajiban pemberitahuan, tabel, label, dan hasil satu baris, Bahasa Indonesia.
### Judul dalam huruf kapital, seperti yang dicetak CLI. Istilah mengikuti ui/src/i18n/id.ts,
### reports.ftl, dan obligations.ftl. Kode (status, tingkat keparahan, peran) dicetak apa adanya.

term-radius-title = Radius dampak { $vendor } per { $date }
term-radius-nothing = Vendor ini tidak memegang data kami pada tanggal tersebut.
term-radius-last-held = Vendor ini terakhir memegang data pada { $date }.
term-radius-direct = PAPARAN LANGSUNG: { $people } orang, { $records } catatan; penanda: { $flags }
term-radius-about = mengenai { $subject }: { $people } orang
term-radius-by-country = orang per negara: { $countries }
term-radius-indirect = TIDAK LANGSUNG (data kami yang sampai kepadanya melalui vendor lain): { $total } vendor
term-radius-downstream = HILIR (subprosesornya yang memegang data kami: berisiko): { $total } vendor
term-radius-depth = { $vendor } (kedalaman { $depth }): { $categories }
term-radius-assumed = { $vendor } (kedalaman { $depth }): { $categories } (kategori tidak disebutkan: dianggap semua)
term-radius-services = LAYANAN KAMI YANG TERDAMPAK
term-radius-service = { $service } ({ $criticality }, RTO { $rto } jam): { $impacts }
term-radius-depends = bergantung pada vendor
term-radius-source = mengirimkan data kepadanya
term-radius-actions = TINDAKAN YANG DISARANKAN
term-none = tidak ada

term-obligations = KEWAJIBAN PEMBERITAHUAN (diketahui { $aware }, waktu dalam { $zone })
term-none-triggered = tidak ada yang terpicu
term-done = SELESAI { $at }
term-done-late = SELESAI { $at } (terlambat)
term-due = tenggat { $due } ({ $countdown })
term-needs-assessment = PERLU PENILAIAN
term-to = kepada: { $recipient }
term-deadline = tenggat waktu: { $deadline }
term-rule = ketentuan: { $citation }
term-assess = nilai: { $question }
term-because = karena: { $basis }
term-contains = pemberitahuan sekurang-kurangnya memuat:
term-not-triggered = TIDAK TERPICU
term-in = dalam { $span }
term-overdue-by = terlambat { $span }
term-minutes = { $minutes } menit
term-hours-minutes = { $hours } jam { $minutes } menit
term-days-hours = { $days } hari { $hours } jam
term-invalid-input = galat: masukan tidak sah, tidak ada yang ditulis:
term-hint-passphrase = berikan frasa sandinya dengan --passphrase-file FILE atau VENDOR_RISK_PASSPHRASE, atau jalankan di terminal

## Kata yang digunakan bersama
term-yes = ya
term-no = tidak
term-matched-by = { $name } (menurut { $key })
term-wrote = Berkas { $path } telah ditulis

## Judul kolom tabel (huruf kapital, seperti yang dicetak CLI)
term-col-id = ID
term-col-name = NAMA
term-col-category = KATEGORI
term-col-categories = KATEGORI
term-col-status = STATUS
term-col-state = STATUS
term-col-country = NEGARA
term-col-owner = PEMILIK
term-col-finding-owner = PENANGGUNG JAWAB
term-col-renewal = PERPANJANGAN
term-col-annual-spend = BELANJA TAHUNAN
term-col-row = BARIS
term-col-rows = BARIS
term-col-action = TINDAKAN
term-col-matches = COCOK DENGAN
term-col-errors = KESALAHAN
term-col-warnings = PERINGATAN
term-col-seq = URUTAN
term-col-at-utc = WAKTU (UTC)
term-col-actor = PELAKU
term-col-record = CATATAN
term-col-changes = PERUBAHAN
term-col-change = PERUBAHAN
term-col-vendor = VENDOR
term-col-title = JUDUL
term-col-aware-utc = DIKETAHUI (UTC)
term-col-assessed-utc = DINILAI (UTC)
term-col-inherent = INHEREN
term-col-residual = RESIDUAL
term-col-tier = JENJANG
term-col-rubric = RUBRIK
term-col-last-review = PENINJAUAN TERAKHIR
term-col-next-due = JATUH TEMPO BERIKUTNYA
term-col-kind = JENIS
term-col-stale-on = USANG PADA
term-col-accepted = TINGKAT YANG DITERIMA
term-col-approver = PEMBERI PERSETUJUAN
term-col-expires = KEDALUWARSA
term-col-version = VERSI
term-col-questions = PERTANYAAN
term-col-questionnaire = KUESIONER
term-col-source = SUMBER
term-col-due = TENGGAT
term-col-respondent = RESPONDEN
term-col-severity = TINGKAT KEPARAHAN
term-col-finding = TEMUAN
term-col-answer = JAWABAN
term-col-subject = SUBJEK
term-col-people = JUMLAH ORANG
term-col-records = JUMLAH CATATAN
term-col-flows = ALIRAN
term-col-from = DARI
term-col-to = KEPADA
term-col-valid-from = BERLAKU DARI
term-col-valid-to = SAMPAI
term-col-purpose = TUJUAN
term-col-service = LAYANAN
term-col-criticality = TINGKAT KEKRITISAN
term-col-rto-hours = RTO (JAM)
term-col-depends-on = BERGANTUNG PADA
term-col-key = KUNCI
term-col-flags = PENANDA
term-col-where = POSISI
term-col-locations = LOKASI
term-col-entity = ENTITAS
term-col-function = FUNGSI
term-col-functions = FUNGSI
term-col-arrangement = PERJANJIAN
term-col-provider = PENYEDIA
term-col-signed-by = DITANDATANGANI OLEH
term-col-template = TEMPLAT
term-col-b0501-row = BARIS B_05.01
term-col-code = PENGENAL

## Register itu sendiri: pembuatan, enkripsi, data contoh, permintaan frasa sandi (main.rs, passphrase.rs)
term-register-created = Register { $place } telah dibuat
term-register-created-encrypted = Register terenkripsi { $place } telah dibuat
term-register-encrypted = Register { $path } telah dienkripsi
term-register-rekeyed = Frasa sandi register { $path } telah diubah
term-register-decrypted = Enkripsi register { $path } telah dihapus
term-register-sample-synthetic = { $vendors } vendor sintetis, { $flows } aliran data, dan { $edges } hubungan pihak keempat telah ditulis ke { $path }
term-register-sample-financial = Register contoh entitas keuangan telah ditulis ke { $path }
term-register-sample = Register contoh telah ditulis ke { $path }
term-passphrase-for = Frasa sandi untuk { $path }:
term-passphrase-new = Frasa sandi baru:
term-passphrase-repeat = Ulangi frasa sandi baru:
term-passphrase-new-login = Kata sandi login baru:
term-passphrase-repeat-login = Ulangi kata sandi:

## Vendor (vendor.rs, output/mod.rs)
term-vendor-added = Vendor { $id } ({ $name }) telah ditambahkan
term-vendor-updated = Vendor { $id } ({ $name }) telah diperbarui
term-vendor-archived-done = Vendor { $id } ({ $name }) telah diarsipkan
term-vendor-restored = Vendor { $id } ({ $name }) telah dipulihkan
term-vendor-archived-mark = (diarsipkan)
term-vendor-range = ({ $first }–{ $last } dari { $total })
term-vendor-name = Nama
term-vendor-legal-name = Nama badan hukum
term-vendor-website = Situs web
term-vendor-country = Negara
term-vendor-category = Kategori
term-vendor-status = Status
term-vendor-business-owner = Pemilik bisnis
term-vendor-description = Deskripsi
term-vendor-services = Layanan
term-vendor-vat = VAT/PPN
term-vendor-contract-start = Tanggal mulai kontrak
term-vendor-renewal = Perpanjangan
term-vendor-contract-end = Tanggal berakhir kontrak
term-vendor-notice-period = Jangka waktu pemberitahuan (hari)
term-vendor-annual-spend = Belanja tahunan
term-vendor-dpa-signed = DPA ditandatangani
term-vendor-breach-sla = SLA pemberitahuan kebocoran data (jam)
term-vendor-archived = Diarsipkan
term-vendor-contact = Kontak
term-vendor-import-errors-below = { $count } (lihat di bawah)
term-vendor-import-row-error = baris { $row }, kolom '{ $column }': { $message }
term-vendor-imported = Diimpor: { $new } baru, { $updated } diperbarui, { $skipped } dilewati; { $invalid } baris dengan kesalahan
term-vendor-would-import = Akan diimpor: { $new } baru, { $updated } diperbarui, { $skipped } dilewati; { $invalid } baris dengan kesalahan
term-vendor-import-blocked = (tidak ada yang dapat diimpor sebelum kesalahan tersebut diperbaiki)
term-vendor-import-create = baru
term-vendor-import-update = perbarui
term-vendor-import-skip = lewati
term-vendor-import-invalid = tidak sah
# Berkas yang disebut pada baris perintah tetapi tidak dapat dibaca; $problem adalah alasan dari sistem.

## Log audit (output/mod.rs)
term-audit-intact = Log audit utuh: { $entries } entri terverifikasi. Hash ujung rantai { $hash }
term-audit-tampered = PERUSAKAN LOG AUDIT TERDETEKSI: { $problems } masalah dalam { $entries } entri:

## Insiden dan profil organisasi (incident.rs, output/incident.rs)
term-incident-title = Insiden { $id } di { $vendor }: { $title } ({ $status })
term-incident-lag = Jeda pemberitahuan oleh vendor: { $lag } jam ({ $days } hari) sejak vendor mendeteksinya hingga vendor memberi tahu kami
term-incident-lag-sla = ; DPA memberikan waktu { $sla } jam
term-incident-timeline = LINIMASA (UTC)
term-incident-confirmed-exposed = DIKONFIRMASI TERPAPAR: { $keys }
term-incident-confirmed-not-exposed = DIKONFIRMASI TIDAK TERPAPAR: { $keys }
term-incident-frozen = RADIUS DAMPAK YANG DIBEKUKAN (per { $date }): { $people } orang, { $categories } kategori, { $upstream } vendor hulu dan { $downstream } vendor hilir
term-incident-assessed = DINILAI { $key }: { $answer }
term-incident-updated = Insiden { $id } telah diperbarui
term-incident-step-done = Langkah { $rule } pada insiden { $id } telah ditandai selesai
term-incident-recorded = Penilaian { $key }: { $answer } telah dicatat pada insiden { $id }
term-incident-note-added = Catatan telah ditambahkan ke insiden { $id }
term-incident-closed = Insiden { $id } telah ditutup
term-incident-reopened = Insiden { $id } telah dibuka kembali
term-org-name = Nama
term-org-established = Negara tempat pendirian
term-org-financial-entity = Entitas keuangan (DORA)
term-org-financial-entity-kind = Jenis entitas keuangan
term-org-weekend-relief-refused = Kelonggaran akhir pekan ditolak
term-org-sec-registrant = Pendaftar SEC
term-org-time-zone = Zona waktu
term-org-public-holidays = Hari libur resmi
term-org-built-in-for = bawaan untuk { $countries } negara
term-org-own-holidays = Hari libur sendiri
term-org-listed = { $count } tercantum

## Risiko, peninjauan, dokumen, penerimaan risiko (risk.rs, output/risk.rs)
term-risk-steps = Inheren { $inherent } (kemungkinan { $likelihood }, dampak { $impact }){ $overridden } · residual { $residual } · jenjang { $tier } · rubrik v{ $version }
term-risk-overridden-from = , DITETAPKAN MANUAL (hasil perhitungan { $level })
term-risk-of = Risiko { $vendor }
term-risk-facts = Fakta: penanda { $flags }; { $people } orang; { $records } catatan; { $countries } negara; { $fourth_parties } pihak keempat; akses { $access }; kemudahan penggantian { $substitutability }; layanan: RTO { $rto }, kekritisan { $criticality }; skor kuesioner { $score }; temuan terbuka (rendah/sedang/tinggi/kritis) { $findings }
term-risk-hours = { $hours } jam
term-risk-review = Peninjauan: { $state } (terakhir { $last }, berikutnya { $next })
term-risk-review-requested = peninjauan diminta: { $reason }
term-risk-contract = Kontrak: { $notice }
term-risk-document = Dokumen ({ $freshness }): { $message }
term-risk-acceptance = Penerimaan risiko { $id }: { $level } oleh { $approver } sampai { $expires }
term-risk-stale = TIDAK BERLAKU LAGI: { $reason }
term-risk-overridden = (ditetapkan manual)
term-risk-holds = berlaku
term-risk-assessed = Penilaian { $vendor } telah dicatat: inheren { $inherent }, residual { $residual }, jenjang { $tier } (rubrik v{ $version })
term-risk-assessed-all = Penilaian telah dicatat untuk { $count } vendor
term-risk-profile = { $vendor }: akses { $access }, kemudahan penggantian { $substitutability }{ $overridden }
term-risk-overridden-to = , ditetapkan manual menjadi { $level }
term-risk-rubric-saved = Rubrik risiko telah disimpan sebagai versi { $version }
term-risk-accepted = Risiko residual { $vendor } ({ $level }) telah diterima sampai { $expires } (penerimaan risiko { $id })
term-risk-revoked = Penerimaan risiko { $id } atas { $vendor } telah dicabut

## Dasbor (output/risk.rs)
term-dashboard-title = Dasbor { $date } — { $vendors } vendor (rubrik v{ $version })
term-dashboard-heat-map = PETA PANAS RISIKO INHEREN (baris: kemungkinan, kolom: dampak)
term-dashboard-impact-levels = sangat rendah · rendah · sedang · tinggi · sangat tinggi
term-dashboard-tiers = JENJANG: { $tiers }
term-dashboard-tier = jenjang { $tier }: { $count }
term-dashboard-open-findings = TEMUAN TERBUKA: { $findings }
term-dashboard-reviews = PENINJAUAN: { $overdue } terlambat atau belum pernah dilakukan, { $soon } segera jatuh tempo
term-dashboard-documents = DOKUMEN yang memerlukan perhatian: { $count }
term-dashboard-notices = TANGGAL PEMBERITAHUAN mendatang: { $count }
term-dashboard-special-category = DATA PRIBADI YANG BERSIFAT SPESIFIK: { $count } vendor ({ $vendors })
term-dashboard-stale-acceptances = PENERIMAAN RISIKO YANG TIDAK BERLAKU LAGI: { $count }

## Kuesioner, penilaian, skor, dan temuan (questionnaire.rs, output/questionnaire.rs)
term-questionnaire-old = (versi lama)
term-questionnaire-built-in = bawaan
term-questionnaire-own = buatan sendiri
term-questionnaire-assessment = Penilaian { $id } atas { $vendor }: { $template } v{ $version } ({ $status })
term-questionnaire-progress = Tenggat { $due } · responden { $respondent } · { $answered } dari { $visible } pertanyaan yang ditampilkan telah dijawab · skor { $score }
term-questionnaire-required-missing = Wajib tetapi belum dijawab: { $ids }
term-questionnaire-decision = Keputusan: { $reason }
term-questionnaire-comment = komentar: { $comment }
term-questionnaire-evidence = bukti: { $file } (SHA-256 { $sha256 })
term-questionnaire-findings = TEMUAN
term-questionnaire-formula = Rumus: { $formula }
term-questionnaire-not-scored = tidak dinilai (tidak berlaku atau hanya sebagai informasi)
term-questionnaire-unanswered-required = BELUM DIJAWAB (wajib): tidak dinilai
term-questionnaire-unanswered = belum dijawab: tidak dinilai
term-questionnaire-overall = KESELURUHAN: { $earned } ÷ { $possible } = { $score } ({ $answered } dari { $visible } pertanyaan yang ditampilkan telah dijawab)
term-questionnaire-unanswered-required-list = Pertanyaan wajib yang belum dijawab (ditandai, tidak dinilai): { $ids }
term-questionnaire-workbook-imported = { $rows } baris untuk penilaian { $assessment } telah diimpor; { $changes } jawaban berubah
term-questionnaire-workbook-preview = Pratinjau (tidak ada yang ditulis): { $rows } baris untuk penilaian { $assessment }; { $changes } jawaban berubah
term-questionnaire-worse = (memburuk)
term-questionnaire-note = catatan: { $note }
term-questionnaire-still-unanswered = masih belum dijawab (wajib): { $ids }
term-questionnaire-caiq = { $standard }{ $edition } { $version } (lembar: { $sheet }): { $questions } pertanyaan — { $yes } Yes, { $no } No, { $na } NA, { $other } jawaban lain, { $blank } kosong; { $skipped } baris lain dilewati
term-questionnaire-domains = Domain: { $domains }
term-questionnaire-caiq-findings = Temuan untuk ditinjau (jawaban yang tidak sesuai harapan): { $findings }
term-questionnaire-caiq-imported = Diimpor sebagai penilaian { $id } (diajukan, siap ditinjau)
term-questionnaire-caiq-preview = Pratinjau: tidak ada yang ditulis
term-questionnaire-diff = Penilaian { $before } → { $after }: skor { $score_before } → { $score_after }; { $changes } perubahan, { $regressions } kemunduran
term-questionnaire-diff-worse = MEMBURUK
term-questionnaire-diff-better = membaik
term-questionnaire-by-hand = (dicatat secara manual)
term-questionnaire-template-imported = Templat { $id } versi { $version } telah diimpor ({ $questions } pertanyaan)
term-questionnaire-assigned = Penilaian { $id } ({ $template } v{ $version }) telah ditetapkan untuk { $vendor }
term-questionnaire-answered = Pertanyaan { $question } telah dijawab; { $answered } dari { $visible } telah dijawab
term-questionnaire-attached = Berkas { $file } telah dilampirkan (SHA-256 { $sha256 })
term-questionnaire-status = Penilaian { $id } berstatus { $status }; { $findings } temuan
term-questionnaire-finding-added = Temuan { $id } ({ $severity }) untuk { $vendor } telah ditambahkan
term-questionnaire-finding-status = Temuan { $id } berstatus { $status }

## Peta data (datamap.rs, output/datamap.rs)
term-datamap-flow-added = Aliran data { $id } ke { $vendor } telah ditambahkan
term-datamap-flow-ended = Aliran data { $id } ke { $vendor } telah diakhiri pada { $date }
term-datamap-edge-added = Hubungan pihak keempat { $id } telah ditambahkan: { $from } → { $to }
term-datamap-edge-ended = Hubungan pihak keempat { $id } ({ $from } → { $to }) telah diakhiri pada { $date }
term-datamap-service-added = Layanan internal { $id } ({ $name }) telah ditambahkan
term-datamap-category-added = Kategori { $key } telah ditambahkan
term-datamap-subject-added = Kelompok Subjek Data Pribadi { $key } telah ditambahkan
term-datamap-not-stated = (tidak disebutkan)
term-datamap-categories = Kategori data: Fideslang oleh Ethyca (CC BY 4.0), dan kategori milik register ini sendiri.
term-datamap-custom = kustom
term-datamap-as-of = Per { $date }
term-datamap-subprocessors-imported = Daftar subprosesor { $vendor } telah diimpor (dibaca sebagai { $format }): { $entries } entri; { $added } ditambahkan, { $changed } berubah, { $removed } dihapus
term-datamap-subprocessors-preview = Pratinjau daftar subprosesor { $vendor } (dibaca sebagai { $format }): { $entries } entri; { $added } ditambahkan, { $changed } berubah, { $removed } dihapus
term-datamap-columns = Kolom:
term-datamap-chosen = dipilih
term-datamap-from-header = dari judul kolomnya
term-datamap-column-read = ({ $how }; misalnya { $example })
term-datamap-companies = Perusahaan dalam berkas ini: { $companies }
term-datamap-region = wilayah { $region }
term-datamap-new-vendor = (vendor baru)
term-datamap-removed = dihapus: { $vendor }
term-datamap-read-as = { $at }: { $column } '{ $text }' dibaca sebagai { $became }
term-datamap-error = galat: { $at }: { $message }
term-datamap-change-added = ditambahkan
term-datamap-change-changed = berubah
term-datamap-change-unchanged = tidak berubah
term-datamap-column-flag = '{ $text }' bukan HEADER=ROLE dengan ROLE salah satu dari { $roles }.

## Laporan, ekspor, cadangan, dan pemulihan (report.rs, export.rs). Baris atestasi (data SHA-256, audit-log entry, report:) bukan pesan: skrip membacanya.
term-report-wrote = Berkas { $path } telah ditulis ({ $pages } halaman, { $bytes } bita)
term-export-wrote = Berkas { $path } telah ditulis ({ $bytes } bita)
term-export-restored-json = { $file } telah dipulihkan ke { $db } ({ $vendors } vendor)
term-export-restored = { $file } telah dipulihkan ke { $db } ({ $entries } entri audit, rantai terverifikasi){ $kept }
term-export-kept = ; register yang digantikan disimpan sebagai { $path }
term-export-backed-up = Cadangan telah ditulis ke { $path } ({ $bytes } bita, { $entries } entri audit)

## Register tim (team.rs)
term-team-created = Register tim { $server } telah dibuat
term-team-schema-current = Skema register tim sudah versi { $version }
term-team-schema-upgraded = Skema register tim telah ditingkatkan dari versi { $from } ke versi { $to }
term-team-migrated = { $file } telah dipindahkan ke { $server }: { $entries } entri audit, terverifikasi di server
term-team-user-added = Login { $login } telah ditambahkan dengan peran { $role }
term-team-role-set = { $login } kini berperan sebagai { $role }
term-team-user-removed = Login { $login } telah dihapus

## Register Informasi DORA (dora.rs)
term-dora-entity-saved = Entitas { $name } ({ $lei }) telah disimpan
term-dora-branch-saved = Kantor cabang { $code } ({ $name }) dari { $entity } telah disimpan
term-dora-function-saved = Fungsi { $code } ({ $name }) dari { $entity } telah disimpan
term-dora-provider-saved = Data RoI { $vendor } telah disimpan
term-dora-arrangement-saved = Perjanjian kontraktual { $reference } dengan { $vendor } telah disimpan
term-dora-settings = Tingkat pelaporan { $scope }, mata uang nilai yang dilaporkan { $currency }, nama paket { $pattern }
term-dora-codes = { $count } kode: { $first }, …
term-dora-reporting = pelapor
term-dora-package = Paket { $name }
term-dora-no-problems = Tidak ada masalah: paket lolos seluruh pemeriksaan.
term-dora-problems-listed = { $problems } masalah ({ $errors } kesalahan) tercantum dalam { $path }
term-dora-new-vendor = vendor baru
term-dora-imported = Telah diimpor: { $entities } entitas, { $functions } fungsi, { $providers } penyedia, { $arrangements } perjanjian kontraktual, { $links } hubungan subkontrak (tanggal referensi { $date })
term-dora-would-import = Akan diimpor: { $entities } entitas, { $functions } fungsi, { $providers } penyedia, { $arrangements } perjanjian kontraktual, { $links } hubungan subkontrak (tanggal referensi { $date })
term-dora-note = Catatan: { $note }
term-dora-nothing-written = Tidak ada yang ditulis; jalankan kembali dengan --commit untuk mengimpor.
term-dora-not-name-value = '{ $text }' tidak berbentuk NAME=VALUE.
term-dora-not-column-text = '{ $text }' tidak berbentuk COLUMN=TEXT.
