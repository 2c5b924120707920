### Vendor Risk Register: teks laporan (src-tauri/core/src/report/), Bahasa Indonesia.
