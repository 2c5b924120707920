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
