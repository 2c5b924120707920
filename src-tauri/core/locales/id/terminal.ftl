### Vendor Risk Register: keluaran teks baris perintah untuk radius dampak dan kewajiban
### pemberitahuan (src-tauri/cli/src/output/), Bahasa Indonesia. Judul dalam huruf kapital,
### seperti yang dicetak CLI. Istilah mengikuti ui/src/i18n/id.ts dan obligations.ftl.

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
