### Vendor Risk Register: dialog bawaan desktop dan nama berkas (src-tauri/src/commands/),
### Bahasa Indonesia. $day adalah tanggal (2026-11-28), $register nama berkas register.

dialog-save-report = Simpan laporan
dialog-save-vendors = Simpan register vendor
dialog-save-ropa = Simpan rekaman kegiatan pemrosesan
dialog-save-backup = Simpan cadangan
dialog-save-dora = Simpan Register Informasi DORA
dialog-save-evidence = Simpan berkas bukti
dialog-save-workbook = Simpan buku kerja kuesioner
dialog-open-register = Buka register
dialog-choose-backup = Pilih cadangan yang akan dipulihkan
dialog-choose-ca = Pilih otoritas sertifikat server register tim
dialog-choose-workbook = Pilih buku kerja kuesioner yang telah diisi
dialog-choose-caiq = Pilih buku kerja CAIQ yang telah diisi vendor
dialog-choose-hecvat = Pilih HECVAT yang telah diisi vendor
dialog-choose-subprocessors = Pilih daftar subprosesor
dialog-choose-template = Pilih templat kuesioner
dialog-choose-vendors = Pilih lembar kerja vendor
dialog-choose-dora = Pilih paket laporan DORA
dialog-choose-evidence = Pilih berkas bukti

filter-register = Register risiko vendor
filter-backup = Cadangan register
filter-workbook = Buku kerja Excel
filter-spreadsheet = Lembar kerja
filter-web-page = Halaman web tersimpan, lembar kerja, atau teks
filter-csv-or-spreadsheet = CSV atau lembar kerja
filter-report-package = Paket laporan
filter-evidence = Bukti
filter-certificate = Sertifikat (PEM)
filter-file = Berkas

file-vendors = Vendor { $day }
file-ropa = Rekaman kegiatan pemrosesan { $day }
file-json-backup = Cadangan register vendor { $day }
file-backup = Cadangan { $register } { $day }

step-reading = Membaca register
step-writing-file = Menulis berkas
step-dora-checking = Menyusun dan memeriksa paket
step-dora-writing = Menulis paket
