### Vendor Risk Register: tindakan pertama radius dampak (src-tauri/core/src/blast_radius.rs), Bahasa Indonesia.
### $vendors adalah daftar nama vendor, dipisahkan koma. Judul sama dengan ui/src/i18n/id.ts sebelumnya.

action-suspend_integration-title = Hentikan sementara integrasi
action-suspend_integration-detail = Hentikan sementara pengiriman data kepada vendor dan cabut kunci API serta token yang kami terbitkan untuknya sampai vendor memastikan insiden telah dikendalikan.
action-rotate_credentials-title = Ganti kredensial
action-rotate_credentials-detail = Kredensial atau data autentikasi terpapar: ganti setiap rahasia yang dibagikan kepada vendor dan wajibkan penggantian kata sandi bagi akun yang terdampak.
action-phishing_warning-title = Peringatkan pengguna tentang phishing
action-phishing_warning-detail = Nama dan detail kontak memungkinkan phishing yang meyakinkan: beri tahu orang yang terdampak tentang apa yang terjadi dan bahwa kami tidak pernah meminta kata sandi atau kunci melalui surel.
action-card_fraud-title = Beri tahu pemroses pembayaran
action-card_fraud-detail = Data kartu pembayaran terpapar: beri tahu acquirer dan jaringan kartu (PCI DSS) serta pantau kemungkinan penipuan.
action-account_monitoring-title = Pantau rekening keuangan
action-account_monitoring-detail = Data bank atau rekening terpapar: sarankan kepada orang yang terdampak agar mewaspadai pendebetan yang tidak sah.
action-identity_protection-title = Tawarkan pelindungan terhadap pencurian identitas
action-identity_protection-detail = Nomor identitas resmi terpapar: tawarkan pemantauan kredit dan identitas.
action-high_risk_assessment-title = Nilai risiko terhadap individu
action-high_risk_assessment-detail = Data kategori khusus, data kesehatan, atau data anak terpapar: dokumentasikan apakah kegagalan Pelindungan Data Pribadi ini kemungkinan besar mengakibatkan risiko tinggi (Pasal 34 GDPR) dan siapkan pemberitahuan kepada Subjek Data Pribadi.
action-location_safety-title = Pertimbangkan risiko keselamatan fisik
action-location_safety-detail = Data lokasi yang presisi terpapar: pertimbangkan risiko terhadap keselamatan fisik orang yang terdampak.
action-pause_upstream_forwarding-title = Hentikan sementara penerusan oleh vendor lain
action-pause_upstream_forwarding-detail = Data kami juga sampai kepada vendor ini melalui { $vendors }: hentikan sementara penerusan tersebut.
action-ask_subprocessors-title = Tanyakan tentang subprosesornya
action-ask_subprocessors-detail = Vendor meneruskan data kami: tanyakan apakah subprosesornya ikut terdampak.
action-request_incident_report-title = Minta laporan insiden dari vendor
action-request_incident_report-detail = Minta linimasa, akar penyebab, dan catatan serta kolom data mana saja yang diambil.
