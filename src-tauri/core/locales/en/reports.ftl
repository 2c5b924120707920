### Vendor Risk Register: the reports' texts (src-tauri/core/src/report/), English.
