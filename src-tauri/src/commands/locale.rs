//! The language of the window: the operating system's locale, `VENDOR_RISK_LANG`, or the
//! person's choice kept in the preferences (the core decides which wins).

use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;
use vendor_risk_core::locale::{Language, Locale};

use super::register::settings_file;
use crate::ipc_error::IpcResult;
use crate::settings::Settings;
use crate::state::AppState;

/// The locale the window shows, and what it can be switched to.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UiLocale {
    /// The language and region in force (`en-IE`, `id-ID`).
    pub locale: Locale,
    /// Its BCP 47 tag, for `Intl`.
    pub tag: String,
    /// The language the person chose in the app; `None`: the system's.
    pub chosen: Option<Language>,
    /// Every language the app speaks, with its own name.
    pub languages: Vec<LanguageOption>,
}

/// A language the app speaks.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LanguageOption {
    pub language: Language,
    pub name: String,
}

/// The window's language as last resolved, for what Rust sends it without asking (the
/// messages of rejected fields): an index into [`Language::ALL`].
static WINDOW_LANGUAGE: AtomicUsize = AtomicUsize::new(0);

/// The language the window shows, for what Rust shows there itself (native dialogs, the
/// messages of rejected fields).
pub(crate) fn window_language() -> Language {
    Language::ALL.get(WINDOW_LANGUAGE.load(Ordering::Relaxed)).copied().unwrap_or(Language::En)
}

/// The locale in force: the person's choice, else `VENDOR_RISK_LANG`, else the system's.
pub(super) fn resolve(chosen: Option<Language>) -> Locale {
    let env = std::env::var("VENDOR_RISK_LANG").ok();
    let locale = Locale::resolve(chosen, env.as_deref(), sys_locale::get_locale().as_deref());
    let index = Language::ALL.iter().position(|l| *l == locale.language).unwrap_or(0);
    WINDOW_LANGUAGE.store(index, Ordering::Relaxed);
    locale
}

/// The window's locale, also told to the webview: WebKitGTK's native date and time fields
/// (`<input type="date">`) follow the webview's languages, not the page's `lang`, so without it
/// an Irish user would type 27 November 2025 into a field showing 11/27/2025.
fn ui_locale<R: Runtime>(app: &AppHandle<R>, chosen: Option<Language>) -> UiLocale {
    let locale = resolve(chosen);
    webview_languages(app, locale.tag());
    UiLocale {
        tag: locale.tag(),
        locale,
        chosen,
        languages: Language::ALL
            .iter()
            .map(|&language| LanguageOption { language, name: language.native_name().to_owned() })
            .collect(),
    }
}

/// Sets the main window's webview languages to `tag` (Linux: WebKitGTK's web context).
fn webview_languages<R: Runtime>(app: &AppHandle<R>, tag: String) {
    #[cfg(target_os = "linux")]
    if let Some(window) = tauri::Manager::get_webview_window(app, "main") {
        let told = window.with_webview(move |webview| {
            use webkit2gtk::{WebContextExt as _, WebViewExt as _};
            if let Some(context) = webview.inner().context() {
                context.set_preferred_languages(&[tag.as_str()]);
            }
        });
        if let Err(err) = told {
            log::warn!("the webview's languages were not set: {err}");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (app, tag);
}

/// The locale the window shows.
#[tauri::command(async)]
pub fn locale_get<R: Runtime>(app: AppHandle<R>) -> IpcResult<UiLocale> {
    Ok(ui_locale(&app, Settings::load(&settings_file(&app)?).language))
}

/// Chooses the window's language (`None`: the system's again); the open register explains
/// itself in it from now on.
#[tauri::command(async)]
pub fn locale_set<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: Option<Language>,
) -> IpcResult<UiLocale> {
    let file = settings_file(&app)?;
    let mut settings = Settings::load(&file);
    settings.language = language;
    settings.save(&file).map_err(vendor_risk_core::CoreError::from)?;
    let shown = ui_locale(&app, language);
    if let Ok(register) = state.register() {
        register.set_language(shown.locale.language);
    }
    Ok(shown)
}
