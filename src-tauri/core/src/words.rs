//! Wording shared by explanations and front ends: counts with thousands separators.

/// `1250000` → `1,250,000`.
pub fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    #[test]
    fn groups_by_three() {
        assert_eq!(super::thousands(1_250_000), "1,250,000");
        assert_eq!(super::thousands(-999), "-999");
        assert_eq!(super::thousands(i64::MIN), "-9,223,372,036,854,775,808");
    }
}
