//! Passphrases of encrypted registers (SQLCipher): never printed, and wiped from memory when
//! the last copy is dropped.

use std::fmt;

use zeroize::Zeroizing;

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
        check_length(&text, 1, "Enter the register's passphrase.")?;
        Ok(Passphrase(text))
    }

    /// A passphrase chosen for a register: at least [`MIN_NEW_PASSPHRASE_CHARS`] characters.
    pub fn choose(text: impl Into<String>) -> Result<Passphrase, FieldErrors> {
        let text = Zeroizing::new(text.into());
        let hint = format!(
            "Choose a passphrase of at least {MIN_NEW_PASSPHRASE_CHARS} characters; \
             several unrelated words are easy to remember and hard to guess."
        );
        check_length(&text, MIN_NEW_PASSPHRASE_CHARS, &hint)?;
        Ok(Passphrase(text))
    }

    /// The secret itself, for SQLCipher (or the team server's sign-in) only.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

fn check_length(text: &str, min: usize, hint: &str) -> Result<(), FieldErrors> {
    let chars = text.chars().count();
    if chars < min {
        return Err(FieldErrors::one("passphrase", "too_short", hint));
    }
    if chars > MAX_PASSPHRASE_CHARS {
        return Err(FieldErrors::one(
            "passphrase",
            "too_long",
            format!("A passphrase has at most {MAX_PASSPHRASE_CHARS} characters."),
        ));
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
