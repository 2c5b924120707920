### Vendor Risk Register: buku kerja kuesioner yang diisi vendor
### (src-tauri/core/src/questionnaire/workbook.rs), Bahasa Indonesia. Pertanyaannya berasal dari
### templat (templat bawaan dalam Bahasa Indonesia: data/questionnaires/id.json).

workbook-sheet-instructions = Petunjuk
workbook-sheet-questions = Pertanyaan
workbook-sheet-lists = Daftar
workbook-header-section = Bagian
workbook-header-question = Pertanyaan
workbook-header-answer = Jawaban
workbook-header-comment = Komentar
workbook-header-how = Cara menjawab
workbook-header-required = Wajib
workbook-required = Ya
workbook-title = { $title } (versi { $version })
workbook-for = Untuk: { $vendor }.
workbook-for-due = Untuk: { $vendor }. Mohon kirimkan jawaban paling lambat { $date }.
workbook-how-title = Cara mengisi
workbook-step-1 = 1. Jawab setiap pertanyaan pada lembar '{ $questions }' di kolom '{ $answer }'. Jika tersedia daftar pilihan, pilih dari daftar tersebut.
workbook-step-2 = 2. Jika beberapa jawaban diperbolehkan, pisahkan dengan ';'. Tulis tanggal sebagai YYYY-MM-DD dan angka sebagai digit.
workbook-step-3 = 3. Beberapa pertanyaan hanya berlaku setelah jawaban tertentu atas pertanyaan sebelumnya: kolom '{ $how }' menyebutkannya.
workbook-step-4 = 4. Jelaskan atau beri catatan atas jawaban mana pun di kolom '{ $comment }'. Lampirkan berkas bukti pada surel balasan Anda dan sebutkan namanya di kolom tersebut.
workbook-step-5 = 5. Jangan mengganti nama atau menghapus lembar maupun kolom, dan jangan menampilkan apa pun yang tersembunyi: berkas ini dibaca kembali secara otomatis.
workbook-step-6 = 6. Ketik jawaban sebagai nilai, bukan rumus.

how-pick-one = Pilih satu dari daftar.
how-several = Satu atau lebih dari: { $options } (pisahkan dengan ';').
how-text = Teks bebas.
how-number = Angka.
how-date = Tanggal, YYYY-MM-DD.
how-evidence = Lampirkan dokumen pada balasan Anda dan sebutkan nama berkasnya di kolom komentar.
how-only-if = Hanya jika jawaban atas { $question } adalah { $answers }.
how-or = { $first } atau { $next }

validation-title = Pilih dari daftar
validation-answer-with = Jawab dengan salah satu dari: { $options }.
validation-pick = Pilih salah satu jawaban dalam daftar.
validation-number = Ketik angka.
