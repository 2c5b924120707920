//! Passphrases of encrypted registers (SQLCipher): never printed, and wiped from memory when
//! the last copy is dropped.

use std::fmt;

use zeroize::Zeroizing;

use crate::text::Message;
use crate::validate::FieldErrors;

/// The fewest characters a new passphrase may have.
pub const MIN_NEW_PASSPHRASE_CHARS: usize = 10;
/// The most characters any passphrase may have.
const MAX_PASSPHRASE_CHARS: usize = 1024;

/// A register's passphrase.
#[derive(Clone, PartialEq, Eq)]
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// A passphrase typed to unlock a register: anything not empty (and not absurdly long).
    pub fn unlock(text: impl Into<String>) -> Result<Passphrase, FieldErrors> {
        let text = Zeroizing::new(text.into());
        check_length(&text, 1, Message::new("passphrase-enter"))?;
        Ok(Passphrase(text))
    }

    /// A passphrase chosen for a register: at least [`MIN_NEW_PASSPHRASE_CHARS`] characters.
    pub fn choose(text: impl Into<String>) -> Result<Passphrase, FieldErrors> {
        let text = Zeroizing::new(text.into());
        let hint = Message::new("passphrase-too-short").arg("min", MIN_NEW_PASSPHRASE_CHARS);
        check_length(&text, MIN_NEW_PASSPHRASE_CHARS, hint)?;
        Ok(Passphrase(text))
    }

    /// The secret itself, for SQLCipher (or the team server's sign-in) only.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

/// Refuses a passphrase shorter than `min` characters with `hint`, or one too long.
fn check_length(text: &str, min: usize, hint: Message) -> Result<(), FieldErrors> {
    let chars = text.chars().count();
    if chars < min {
        return Err(FieldErrors::of("passphrase", "too_short", hint));
    }
    if chars > MAX_PASSPHRASE_CHARS {
        let message = Message::new("passphrase-too-long").arg("max", MAX_PASSPHRASE_CHARS);
        return Err(FieldErrors::of("passphrase", "too_long", message));
    }
    Ok(())
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_passphrases_are_long_enough_and_never_printed() {
        assert!(Passphrase::choose("short").is_err());
        let chosen = Passphrase::choose("correct horse battery").unwrap();
        assert_eq!(format!("{chosen:?}"), "Passphrase(…)");
        assert!(Passphrase::unlock("").is_err());
        assert!(Passphrase::unlock("x".repeat(1025)).is_err());
        assert_eq!(Passphrase::unlock("short").unwrap().expose(), "short");
    }
}
