### Vendor Risk Register: apa yang tidak berhasil (src-tauri/core/src/error.rs dan tempat-tempat
### yang menolak suatu perubahan), Bahasa Indonesia. $file adalah jalur berkas register, $address
### alamat register tim, $detail kata-kata server, basis data, atau pustaka, diteruskan apa adanya.

## Setiap jenis galat (CoreError)

error-validation = masukan tidak sah: { $fields }
error-not-found = { $kind } tidak ditemukan: { $key }
error-changed-since = { $by } telah mengubah { $what } pada { $at } UTC, setelah Anda membukanya; tidak ada yang disimpan.
error-someone = Seseorang
error-newer-schema = register ini ditulis oleh versi Vendor Risk Register yang lebih baru (skema versi { $found }; versi aplikasi ini hanya memahami sampai dengan versi { $supported }). Perbarui aplikasi untuk membukanya. Berkas tidak diubah.
error-not-a-register = { $file } bukan berkas Vendor Risk Register. Berkas tidak diubah.
error-no-team-register = { $address } bukan register Vendor Risk Register (tidak ada register tim di sini: pemiliknya membuat register tim dengan `vendor-risk --db URL team init`). Tidak ada yang diubah.
error-corrupt = berkas register { $file } rusak dan tidak dapat dibuka. Berkas tidak diubah; pulihkan register dari cadangan.
error-missing = tidak ada register di { $file }
error-already-exists = { $file } sudah ada; bukalah berkas tersebut, atau pilih nama lain
error-database-not-empty = basis data { $address } tidak kosong, sedangkan register tim dibuat dalam basis data yang kosong; buka register yang sudah ada di sana, atau pilih basis data lain
error-login-taken = login { $login } sudah memiliki peran pada register ini; pilih nama lain, atau ubah perannya
error-busy = register sedang sibuk: program lain (aplikasi atau CLI vendor-risk) sedang menulis ke dalamnya. Tidak ada yang diubah; coba kembali sesaat lagi.
error-passphrase-needed = { $file } terenkripsi: masukkan frasa sandinya untuk membukanya.
error-wrong-passphrase = frasa sandi tersebut tidak dapat membuka { $file } (atau berkas tersebut bukan register). Berkas tidak diubah.
error-open-elsewhere = { $file } sedang terbuka di program lain (aplikasi atau CLI vendor-risk), atau tidak ditutup dengan benar. Tutup berkas tersebut di program itu (atau buka dan tutup berkas tersebut sekali), lalu coba lagi. Tidak ada yang diubah.
error-migration = peningkatan register ke skema versi { $version } gagal, dan berkas dibiarkan tidak berubah: { $detail }
error-team-schema-outdated = skema register tim adalah versi { $found }, sedangkan aplikasi ini memerlukan versi { $needed }. Pemiliknya meningkatkan skema tersebut dengan `vendor-risk --db URL team upgrade`. Tidak ada yang diubah.
error-forbidden = { $role } tidak dapat mengubah { $area }: { $hint }
error-damaged = berkas register { $file } rusak, sehingga aplikasi tidak lagi mengubah apa pun di dalamnya. Pulihkan register dari cadangan (Ekspor… → Pulihkan dari cadangan, atau `vendor-risk restore`).
error-cancelled = dibatalkan; tidak ada yang ditulis
error-offline = server register tim tidak dapat dijangkau ({ $detail }); tidak ada yang diubah. Periksa koneksi; aplikasi akan mencoba kembali dengan sendirinya.
error-sign-in = tidak dapat masuk ke register tim: { $detail }
error-untrusted-server = tidak dapat masuk ke register tim: sertifikat server tidak dipercaya ({ $detail }); berikan otoritas sertifikat (CA) yang menandatanganinya dengan sslrootcert=FILE
error-password-needed = tidak dapat masuk ke register tim: server meminta kata sandi, tetapi kata sandi tidak diberikan
error-server-refused = server menolak tindakan ini untuk login Anda: { $detail }
error-no-role = server menolak tindakan ini untuk login Anda: login { $login } tidak memiliki peran pada register ini (compliance, procurement, atau auditor); pemiliknya memberikan peran dengan `vendor-risk --db URL team set-role`
error-not-owner = server menolak tindakan ini untuk login Anda: hanya pemilik basis data yang dapat meningkatkan skema register tim
error-internal = galat internal: { $detail }
error-database = galat basis data: { $detail }
error-file = galat berkas: { $detail }
error-internal-user = Terjadi galat internal yang tidak terduga; tidak ada yang diubah. Rinciannya tercatat di log.

## Siapa yang tidak boleh mengubah apa (actor.rs, register/mod.rs, encryption.rs, backups.rs).
## Peran menjadi subjek kalimat.

error-role-compliance = Petugas kepatuhan
error-role-procurement = Bagian pengadaan
error-role-auditor = Auditor
error-area-vendors = catatan vendor
error-area-questionnaires = kuesioner
error-area-reviews = keputusan penilaian
error-area-findings = temuan
error-area-data-map = peta data
error-area-risk = penilaian risiko
error-area-acceptances = penerimaan risiko
error-area-incidents = insiden dan profil organisasi
error-area-team = login dan peran anggota tim
error-area-encryption = enkripsi register
error-area-whole-register = register secara keseluruhan
error-hint-read-only = akses auditor hanya untuk membaca
error-hint-procurement = bagian pengadaan menangani vendor, kontrak, dan kuesioner; keputusan risiko dan penerimaan risiko merupakan wewenang petugas kepatuhan
error-hint-encryption = hanya petugas kepatuhan yang dapat mengenkripsi atau mendekripsi register
error-hint-restore = hanya petugas kepatuhan yang dapat memulihkan cadangan untuk menggantikan register

## Jenis catatan yang mungkin tidak ditemukan: error-kind- diikuti jenisnya (spasi menjadi '-')

error-kind-arrangement = perjanjian kontraktual
error-kind-assessment = penilaian
error-kind-data-category = kategori data
error-kind-data-flow = aliran data
error-kind-document = dokumen
error-kind-entity = entitas
error-kind-evidence-file = berkas bukti
error-kind-exported-file = berkas hasil ekspor
error-kind-finding = temuan
error-kind-function = fungsi
error-kind-incident = insiden
error-kind-internal-service = layanan internal
error-kind-login = login
error-kind-login-on-this-register = login pada register ini
error-kind-provider = penyedia
error-kind-questionnaire-template = templat kuesioner
error-kind-recent-team-register = register tim yang baru dibuka
error-kind-risk-acceptance = penerimaan risiko
error-kind-risk-assessment = penilaian risiko
error-kind-subject-group = kelompok Subjek Data Pribadi
error-kind-vendor = vendor
error-kind-vendor-edge = hubungan pihak keempat

## Apa yang diubah orang lain sementara itu (register/edits.rs, register/questionnaires.rs):
## suatu jawaban, atau isian formulir suatu catatan, masing-masing error-changed-field- diikuti
## nama isian dalam kata-kata (spasi menjadi '-'); isian tanpa nama sendiri disebut dengan
## kata-katanya ($name).

error-changed-answer = jawaban atas { $question }
error-changed-field-other = { $name }
error-changed-field-name = nama
error-changed-field-legal-name = nama badan hukum
error-changed-field-website = situs web
error-changed-field-country = negara
error-changed-field-category = kategori
error-changed-field-description = deskripsi
error-changed-field-business-owner = pemilik bisnis internal
error-changed-field-status = status
error-changed-field-lei = LEI
error-changed-field-vat = nomor VAT/PPN
error-changed-field-duns = nomor D-U-N-S
error-changed-field-contract = kontrak
error-changed-field-dpa = DPA
error-changed-field-services = layanan
error-changed-field-contacts = kontak
error-changed-field-archived-at = pengarsipan
error-changed-field-vendor = vendor
error-changed-field-vendor-service = layanan vendor
error-changed-field-source-service = layanan kami yang mengirimkan data
error-changed-field-subject-key = kelompok Subjek Data Pribadi
error-changed-field-category-keys = kategori data
error-changed-field-flags = penanda
error-changed-field-purpose = tujuan
error-changed-field-records = jumlah catatan
error-changed-field-people = jumlah orang
error-changed-field-residence = jumlah orang per negara
error-changed-field-storage-locations = lokasi penyimpanan
error-changed-field-processing-locations = lokasi pemrosesan
error-changed-field-transfer-mechanism = pelindungan transfer
error-changed-field-retention = masa retensi
error-changed-field-valid-from = hari pertama
error-changed-field-valid-to = hari terakhir
error-changed-field-criticality = tingkat kekritisan
error-changed-field-rto-hours = RTO
error-changed-field-owner = penanggung jawab
error-changed-field-dependencies = vendor yang menjadi tumpuannya
error-changed-field-assessment-id = penilaian
error-changed-field-question-id = pertanyaan
error-changed-field-question-text = teks pertanyaan
error-changed-field-answer = jawaban
error-changed-field-severity = tingkat keparahan
error-changed-field-title = judul
error-changed-field-due-date = tenggat
error-changed-field-status-reason = alasan
error-changed-field-evidence = bukti
error-changed-field-access = tingkat akses
error-changed-field-substitutability = kemudahan penggantian
error-changed-field-override-level = penetapan manual
error-changed-field-override-reason = alasan penetapan manual
error-changed-field-establishments = negara tempat pendirian
error-changed-field-financial-entity = status entitas keuangan
error-changed-field-financial-entity-kind = jenis entitas keuangan
error-changed-field-weekend-relief-refused = kelonggaran akhir pekan
error-changed-field-nis2 = status NIS2
error-changed-field-hipaa = status HIPAA
error-changed-field-sec-registrant = status pendaftar SEC
error-changed-field-time-zone = zona waktu
error-changed-field-holidays = hari libur
error-changed-field-detected-at = waktu vendor mendeteksinya
error-changed-field-vendor-notified-at = waktu vendor memberi tahu kami
error-changed-field-aware-at = waktu kami mengetahuinya
error-changed-field-classified-at = waktu insiden diklasifikasikan (DORA)
error-changed-field-materiality-at = waktu insiden ditetapkan material (SEC)
error-changed-field-notifiable-assessed-at = waktu insiden dinilai wajib diberitahukan (PDPA)
error-changed-field-unlawful-access = akses yang tidak sah
error-changed-field-california-residents = penduduk California yang terdampak
error-changed-field-confirmed-exposed = kategori yang dikonfirmasi terpapar
error-changed-field-confirmed-not-exposed = kategori yang dikonfirmasi tidak terpapar
error-changed-field-blast-radius = radius dampak
error-changed-field-answers = penilaian
error-changed-field-steps = langkah yang telah selesai
error-changed-field-notes = catatan
error-changed-field-version = versi
error-changed-field-people-bands = rentang jumlah orang
error-changed-field-country-bands = rentang jumlah negara
error-changed-field-fourth-party-bands = rentang jumlah pihak keempat
error-changed-field-data-impact-weights = bobot dampak data
error-changed-field-operational-impact-weights = bobot dampak operasional
error-changed-field-likelihood-weights = bobot kemungkinan
error-changed-field-matrix = matriks risiko
error-changed-field-tiers = jenjang
error-changed-field-control-reductions = pengurangan oleh kontrol
error-changed-field-max-control-reduction = jumlah tingkat terbanyak yang diturunkan oleh kontrol
error-changed-field-finding-points = poin temuan
error-changed-field-points-per-level = poin per tingkat
error-changed-field-critical-floor = batas bawah untuk temuan kritis yang terbuka
error-changed-field-review-months = jangka waktu peninjauan
error-changed-field-due-soon-days = jumlah hari sebelum segera jatuh tempo
error-changed-field-warning-days = jumlah hari peringatan dokumen
error-changed-field-soc2-stale-months = jumlah bulan hingga laporan SOC 2 usang
error-changed-field-pentest-stale-months = jumlah bulan hingga uji penetrasi usang

## Perubahan yang ditolak karena keadaan register (Conflict)

error-server-conflict = server menolak perubahan ini karena bertentangan dengan data yang sudah ada di register: { $detail }
error-already-encrypted = register sudah terenkripsi; gunakan `rekey`
error-not-encrypted-use-encrypt = register tidak terenkripsi; gunakan `encrypt`
error-not-encrypted = register tidak terenkripsi
error-rewrite-mismatch = register yang ditulis ulang tidak sesuai dengan aslinya ({ $verdict }); register tidak diubah
error-workbook-write = buku kerja tidak dapat ditulis: { $detail }
error-dora-refused = { $checked }{ $refused } (`vendor-risk dora check`; --force tetap menulisnya)
error-dora-package-errors = Tidak ada yang ditulis: paket memuat { $errors } kesalahan yang akan ditolak otoritas pengawas. Perbaiki kesalahan tersebut, atau tetap ekspor paket meskipun ada kesalahan.
error-dora-not-financial-entity = Register Informasi DORA diselenggarakan oleh entitas keuangan: tandai organisasi sebagai entitas keuangan dalam profilnya terlebih dahulu.
error-migrate-unverified = register yang dipindahkan tidak lolos verifikasi di server, sehingga tidak ada yang disimpan: { $problem }
error-team-only = ini adalah berkas register: login dan peran hanya ada pada register tim (alamat postgres://)
error-file-only = register tim berada di servernya: pemiliknya mencadangkan register tersebut di sana (pg_dump); tindakan ini hanya berlaku untuk berkas register
error-login-exists-on-server = server sudah memiliki login { $login }; tambahkan login tersebut tanpa kata sandi (login tersebut tetap memakai kata sandinya sendiri)
error-vendor-archived = { $vendor } sudah diarsipkan
error-vendor-not-archived = { $vendor } tidak diarsipkan
error-assessment-decided = Penilaian { $id } berstatus { $status }: penilaian yang telah diputuskan atau diajukan tidak berubah lagi. Mulailah siklus baru dari penilaian tersebut.
error-assessment-transition = Penilaian yang berstatus { $from } tidak dapat menjadi { $to }.
error-assessment-different-templates = Penilaian { $before } dan { $after } menggunakan kuesioner yang berbeda ('{ $first }' dan '{ $second }').
error-import-changed-since-preview = Register telah berubah sejak pratinjau ini dibuat (diubah oleh orang lain atau program lain), sehingga impor tidak lagi akan melakukan apa yang ditampilkan pratinjau. Tidak ada yang diimpor: periksa pratinjau yang baru, lalu impor kembali.
error-template-version-exists = '{ $template }' versi { $version } sudah ada; naikkan versinya untuk menyimpan templat yang telah diubah.

## Galat milik aplikasi desktop (src-tauri/src/ipc_error.rs, kept_passwords.rs). $dir adalah
## folder berkas log.

error-no-register = Tidak ada register yang terbuka.
error-stale-file = Berkas tersebut tidak lagi dipegang aplikasi; pilih berkas itu kembali.
error-still-busy = Register masih sibuk dengan pekerjaan lain (laporan, ekspor, atau pemeriksaan). Tunggu hingga pekerjaan tersebut selesai, lalu coba lagi.
error-internal-log-file = Terjadi galat internal yang tidak terduga; tidak ada yang diubah. Rinciannya tercatat di berkas log dalam { $dir }.
error-internal-app-log = Terjadi galat internal yang tidak terduga; tidak ada yang diubah. Rinciannya tercatat di log aplikasi.
error-keyring-keep = Keyring sistem tidak dapat menyimpan kata sandi ({ $detail }). Ketikkan kata sandi sebagai gantinya.
error-keyring-give = Keyring sistem tidak dapat memberikan kata sandi yang disimpan ({ $detail }). Ketikkan kata sandi sebagai gantinya.
error-keyring-forget = Keyring sistem tidak dapat menghapus kata sandi yang disimpan ({ $detail }). Ketikkan kata sandi sebagai gantinya.
error-keyring-name = Keyring sistem tidak dapat memberi nama pada entri ({ $detail }). Ketikkan kata sandi sebagai gantinya.
