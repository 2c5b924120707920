### Vendor Risk Register: langkah-langkah pekerjaan panjang sebagaimana ditampilkan jendela dan
### terminal (core/src/work.rs: pencadangan, pemulihan, pemeriksaan audit, impor, penilaian
### risiko), Bahasa Indonesia. $table adalah tabel register, dicetak apa adanya; $rows berupa
### angka.

progress-copying-register = Menyalin register
progress-reading-table = Membaca { $table }
progress-writing-table = Menulis { $table } ({ $rows } baris)
progress-writing-backup = Menulis cadangan
progress-checking-file = Memeriksa berkas
progress-checking-audit-log = Memeriksa log audit
progress-checking-vendors = Memeriksa vendor
progress-checking-flows = Memeriksa aliran data
progress-checking-links = Memeriksa hubungan pihak keempat dan data lainnya
progress-importing-vendors = Mengimpor vendor
progress-importing-package = Mengimpor paket
progress-assessing-vendors = Menilai seluruh vendor
