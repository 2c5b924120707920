//! What the EBA's closed-list codes mean, for people choosing one: countries and currencies by
//! their ISO names (the celes and iso_currency crates), the short lists (arrangement types,
//! termination reasons, yes/no, levels, hierarchy, code types, entity types, ICT service
//! types) and the licensed activities most financial entities report, in our words after the
//! meanings in Implementing Regulation (EU) 2024/2956 and the EBA's DPM. A code without a
//! meaning here is shown as the code.

/// The meaning of `code` (`eba_CO:x1`), when we know it.
pub fn label(code: &str) -> Option<String> {
    let (list, value) = code.split_once(':')?;
    match list {
        "eba_GA" => country(value),
        "eba_CU" => value.parse::<iso_currency::Currency>().ok().map(|c| c.name().to_owned()),
        _ => MEANINGS.iter().find(|(c, _)| *c == code).map(|(_, m)| (*m).to_owned()),
    }
}

fn country(value: &str) -> Option<String> {
    match value {
        "qx2007" => Some("Not applicable".to_owned()),
        "x28" => Some("Other countries".to_owned()),
        _ => celes::Country::from_alpha2(value).ok().map(|c| c.long_name.to_owned()),
    }
}

/// What a template holds, in a few words.
pub fn template_title(code: &str) -> &'static str {
    match code {
        "B_01.01" => "The entity maintaining the register",
        "B_01.02" => "Entities in scope",
        "B_01.03" => "Branches",
        "B_02.01" => "Contractual arrangements: general",
        "B_02.02" => "Contractual arrangements: specific",
        "B_02.03" => "Links between arrangements",
        "B_03.01" => "Entities signing arrangements",
        "B_03.02" => "Providers signing arrangements",
        "B_03.03" => "Entities providing ICT services in the group",
        "B_04.01" => "Entities using the ICT services",
        "B_05.01" => "ICT third-party service providers",
        "B_05.02" => "ICT service supply chains",
        "B_06.01" => "Functions",
        "B_07.01" => "Assessment of the ICT services",
        "B_99.01" => "Definitions of the entity's own scales",
        _ => "",
    }
}

const MEANINGS: &[(&str, &str)] = &[
    // Contractual arrangements and their ending.
    ("eba_CO:x1", "Standalone arrangement"),
    ("eba_CO:x2", "Overarching arrangement"),
    ("eba_CO:x3", "Subsequent or associated arrangement"),
    ("eba_CO:x4", "Not for cause: expired and not renewed"),
    ("eba_CO:x5", "For cause: the provider broke the law, regulations or the contract"),
    ("eba_CO:x6", "For cause: impediments of the provider that could alter the function supported"),
    ("eba_CO:x7", "For cause: the provider's weaknesses in managing and securing sensitive data"),
    ("eba_CO:x8", "At the competent authority's request"),
    ("eba_CO:x9", "Other reasons"),
    // Yes, no, not assessed.
    ("eba_BT:x28", "Yes"),
    ("eba_BT:x29", "No"),
    ("eba_BT:x21", "Not assessed"),
    // Levels.
    ("eba_ZZ:x791", "Low"),
    ("eba_ZZ:x792", "Medium"),
    ("eba_ZZ:x793", "High"),
    ("eba_ZZ:x799", "Not assessed"),
    ("eba_ZZ:x794", "Not significant"),
    ("eba_ZZ:x795", "Low reliance"),
    ("eba_ZZ:x796", "Material reliance"),
    ("eba_ZZ:x797", "Full reliance"),
    ("eba_ZZ:x838", "A branch"),
    ("eba_ZZ:x839", "Not a branch"),
    ("eba_ZZ:x959", "Not substitutable"),
    ("eba_ZZ:x960", "Substitutable with great complexity"),
    ("eba_ZZ:x961", "Substitutable with medium complexity"),
    ("eba_ZZ:x962", "Easily substitutable"),
    ("eba_ZZ:x963", "No real alternatives"),
    ("eba_ZZ:x964", "Hard to migrate or reintegrate"),
    ("eba_ZZ:x965", "No real alternatives, and hard to migrate or reintegrate"),
    ("eba_ZZ:x798", "Easy"),
    ("eba_ZZ:x966", "Difficult"),
    ("eba_ZZ:x967", "Highly complex"),
    ("eba_ZZ:x0", "Not applicable"),
    // Place in the group.
    ("eba_RP:x53", "Ultimate parent"),
    ("eba_RP:x551", "Parent, not the ultimate one"),
    ("eba_RP:x56", "Subsidiary"),
    ("eba_RP:x21", "Not an entity of the group"),
    ("eba_RP:x210", "Outsourcing"),
    // What kind of code identifies a provider.
    ("eba_qCO:qx2000", "LEI"),
    ("eba_qCO:qx2001", "National code"),
    ("eba_qCO:qx2002", "EUID"),
    ("eba_qCO:qx2003", "Company registration number"),
    ("eba_qCO:qx2004", "VAT number"),
    ("eba_qCO:qx2005", "Passport number"),
    // Types of person and of entity.
    ("eba_CT:x212", "Legal person"),
    ("eba_CT:x213", "Individual acting in a business capacity"),
    ("eba_CT:x12", "Credit institution"),
    ("eba_CT:x599", "Investment firm"),
    ("eba_CT:x639", "Asset management company"),
    ("eba_CT:x643", "Central counterparty"),
    ("eba_CT:x300", "Payment institution"),
    ("eba_CT:x301", "Account information service provider"),
    ("eba_CT:x302", "Electronic money institution"),
    ("eba_CT:x303", "Crypto-asset service provider"),
    ("eba_CT:x304", "Central securities depository"),
    ("eba_CT:x305", "Trading venue"),
    ("eba_CT:x306", "Trade repository"),
    ("eba_CT:x307", "Manager of alternative investment funds"),
    ("eba_CT:x308", "Data reporting service provider"),
    ("eba_CT:x309", "Insurance or reinsurance undertaking"),
    ("eba_CT:x310", "Issuer of asset-referenced tokens"),
    ("eba_CT:x311", "Institution for occupational retirement provision"),
    ("eba_CT:x312", "Credit rating agency"),
    ("eba_CT:x313", "Administrator of critical benchmarks"),
    ("eba_CT:x314", "Crowdfunding service provider"),
    ("eba_CT:x315", "Securitisation repository"),
    ("eba_CT:x316", "Other financial entity"),
    ("eba_CT:x317", "Non-financial entity: an intra-group ICT service provider"),
    ("eba_CT:x318", "Non-financial entity: other"),
    ("eba_CT:x320", "Insurance, reinsurance or ancillary insurance intermediary"),
    // Types of ICT service.
    ("eba_TA:S01", "ICT project management"),
    ("eba_TA:S02", "ICT development"),
    ("eba_TA:S03", "ICT help desk and first-level support"),
    ("eba_TA:S04", "ICT security management"),
    ("eba_TA:S05", "Provision of data"),
    ("eba_TA:S06", "Data analysis"),
    ("eba_TA:S07", "ICT facilities and hosting (not cloud)"),
    ("eba_TA:S08", "Computation"),
    ("eba_TA:S09", "Data storage (not cloud)"),
    ("eba_TA:S10", "Telecom carrier"),
    ("eba_TA:S11", "Network infrastructure"),
    ("eba_TA:S12", "Hardware and physical devices"),
    ("eba_TA:S13", "Software licensing (not SaaS)"),
    ("eba_TA:S14", "ICT operation management, maintenance included"),
    ("eba_TA:S15", "ICT consulting"),
    ("eba_TA:S16", "ICT risk management"),
    ("eba_TA:S17", "Cloud: infrastructure as a service"),
    ("eba_TA:S18", "Cloud: platform as a service"),
    ("eba_TA:S19", "Cloud: software as a service"),
    // Licensed activities most often reported (banking, payments, e-money, investment).
    ("eba_TA:x28", "Payment services"),
    ("eba_TA:x104", "Foreign exchange services"),
    ("eba_TA:x133", "Reception and transmission of orders"),
    ("eba_TA:x134", "Execution of orders for clients"),
    ("eba_TA:x136", "Portfolio management"),
    ("eba_TA:x137", "Investment advice"),
    ("eba_TA:x162", "Taking deposits and other repayable funds"),
    ("eba_TA:x163", "Lending"),
    ("eba_TA:x164", "Financial leasing"),
    ("eba_TA:x165", "Issuing and administering other means of payment"),
    ("eba_TA:x166", "Guarantees and commitments"),
    ("eba_TA:x173", "Dealing on own account"),
    ("eba_TA:x175", "Safekeeping and administration of financial instruments for clients"),
    ("eba_TA:x180", "Issuing electronic money"),
    ("eba_TA:x220", "Placing cash on a payment account"),
    ("eba_TA:x221", "Cash withdrawals from a payment account"),
    ("eba_TA:x222", "Executing payment transactions"),
    ("eba_TA:x223", "Executing payment transactions covered by a credit line"),
    ("eba_TA:x224", "Issuing payment instruments or acquiring payment transactions"),
    ("eba_TA:x225", "Money remittance"),
    ("eba_TA:x226", "Payment initiation services"),
    ("eba_TA:x227", "Account information services"),
    ("eba_TA:x228", "Custody and administration of crypto-assets for clients"),
    ("eba_TA:x252", "Providing IT services"),
    ("eba_TA:x275", "Ancillary services"),
    ("eba_TA:x276", "Supporting function"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dora::tables::tables;

    #[test]
    fn every_meaning_is_of_a_code_the_eba_tables_allow() {
        let allowed: std::collections::BTreeSet<&str> =
            tables().iter().flat_map(|t| t.columns.iter().flat_map(|c| c.allowed.iter().map(String::as_str))).collect();
        for (code, _) in MEANINGS {
            assert!(allowed.contains(code), "{code} is on no EBA list");
        }
        assert_eq!(label("eba_GA:IE").as_deref(), Some("Ireland"));
        assert_eq!(label("eba_CU:EUR").as_deref(), Some("Euro"));
        assert_eq!(label("eba_CO:x3").as_deref(), Some("Subsequent or associated arrangement"));
        assert_eq!(label("eba_TA:x999"), None);
        assert!(tables().iter().all(|t| !template_title(&t.code).is_empty()), "every template has a title");
    }

    #[test]
    fn every_short_list_has_a_meaning_for_each_code() {
        for table in tables() {
            for column in table.columns.iter().filter(|c| !c.allowed.is_empty() && c.allowed.len() <= 30) {
                for code in &column.allowed {
                    assert!(label(code).is_some(), "{} {}: {code} has no meaning", table.code, column.code);
                }
            }
        }
    }
}
