//! What each column of a subprocessor list holds, from its header as published — in English,
//! German, French, Spanish, Portuguese or Indonesian, with markup, footnote markers and line
//! breaks — or as the person importing chose.

use serde::{Deserialize, Serialize};

use super::places::fold;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ColumnRole {
    /// The subprocessor's name (possibly with its postal address).
    Name,
    /// What it does: purpose, description, service.
    Purpose,
    /// Where it processes: countries or regions.
    Location,
    /// A postal address: its country is the location when no location column says one.
    Address,
    /// Whose list a row belongs to, in a file holding the lists of several companies.
    Company,
    Lei,
    Vat,
    Duns,
    /// Not read.
    Ignored,
}

impl ColumnRole {
    pub const ALL: [ColumnRole; 9] = [
        ColumnRole::Name,
        ColumnRole::Purpose,
        ColumnRole::Location,
        ColumnRole::Address,
        ColumnRole::Company,
        ColumnRole::Lei,
        ColumnRole::Vat,
        ColumnRole::Duns,
        ColumnRole::Ignored,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ColumnRole::Name => "name",
            ColumnRole::Purpose => "purpose",
            ColumnRole::Location => "location",
            ColumnRole::Address => "address",
            ColumnRole::Company => "company",
            ColumnRole::Lei => "lei",
            ColumnRole::Vat => "vat",
            ColumnRole::Duns => "duns",
            ColumnRole::Ignored => "ignored",
        }
    }

    /// The role named `text` (`name`, `purpose`, …).
    pub fn named(text: &str) -> Option<ColumnRole> {
        ColumnRole::ALL.into_iter().find(|r| r.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

/// Header words, folded (lower case, no accents), by what they suggest. Checked in this order:
/// "Subprocessor location" is a location, "Service provider" a name, "Service" a purpose.
const IDENTIFIERS: &[(ColumnRole, &[&str])] = &[
    (ColumnRole::Lei, &["lei", "legal entity identifier"]),
    (
        ColumnRole::Vat,
        &["vat", "vat number", "vat id", "ust id", "ust idnr", "umsatzsteuer", "tva", "nif", "npwp", "tax id"],
    ),
    (ColumnRole::Duns, &["duns", "d u n s", "duns number"]),
];
const ADDRESS: &[&str] = &[
    "address",
    "corporate location",
    "headquarters",
    "head office",
    "registered office",
    "adresse",
    "anschrift",
    "hauptsitz",
    "firmensitz",
    "sitz",
    "siege",
    "direccion",
    "domicilio",
    "endereco",
    "sede",
    "alamat",
    "kantor pusat",
];
const LOCATION: &[&str] = &[
    "location",
    "country",
    "countries",
    "region",
    "where",
    "data center",
    "datacenter",
    "hosting location",
    "standort",
    "land",
    "lander",
    "ort der verarbeitung",
    "verarbeitungsort",
    "pays",
    "localisation",
    "lieu",
    "pais",
    "paises",
    "ubicacion",
    "localizacion",
    "localizacao",
    "local",
    "lokasi",
    "negara",
    "wilayah",
];
const PURPOSE: &[&str] = &[
    "purpose",
    "description",
    "function",
    "activit",
    "zweck",
    "tatigkeit",
    "leistung",
    "beschreibung",
    "gegenstand",
    "finalite",
    "objet",
    "finalidad",
    "proposito",
    "descripcion",
    "finalidade",
    "descricao",
    "tujuan",
    "deskripsi",
    "kegiatan",
    "keterangan",
];
/// Names, most specific first: a subprocessor column wins over a company column.
const NAME_TIERS: &[&[&str]] = &[
    &[
        "subprocessor",
        "sub processor",
        "third part",
        "unterauftragnehmer",
        "unterauftragsverarbeiter",
        "auftragsverarbeiter",
        "sous traitant",
        "subencargado",
        "sub encargado",
        "suboperador",
        "sub operador",
        "subprosesor",
        "sub prosesor",
        "subcontratista",
        "subcontratado",
    ],
    &[
        "service provider",
        "vendor",
        "provider",
        "supplier",
        "dienstleister",
        "anbieter",
        "fournisseur",
        "prestataire",
        "proveedor",
        "fornecedor",
        "prestador",
        "penyedia",
        "pemasok",
    ],
    &[
        "entity",
        "company",
        "name",
        "legal name",
        "organisation",
        "organization",
        "firma",
        "unternehmen",
        "nom",
        "societe",
        "entite",
        "nombre",
        "empresa",
        "entidad",
        "nome",
        "entidade",
        "nama",
        "perusahaan",
        "badan",
    ],
];
const WEAK_PURPOSE: &[&str] = &[
    "service",
    "processing",
    "nature",
    "use",
    "dienst",
    "verarbeitung",
    "traitement",
    "tratamiento",
    "layanan",
    "pemrosesan",
];
/// Whose list: only when another column names the subprocessor.
const COMPANY: &[&str] =
    &["applies to", "product", "affiliate", "group company", "controller", "processor", "gesellschaft", "produk"];

/// A header as compared: markup and footnote markers gone, folded, hyphens as spaces.
pub fn header_key(header: &str) -> String {
    let text = super::tables::strip_markup(header);
    fold(&strip_footnote(&text).replace(['-', '_', '/'], " "))
}

/// `Stripe, Inc.*` → `Stripe, Inc.`; `Sentry¹` → `Sentry`; `Okta [2]` → `Okta`.
pub fn strip_footnote(text: &str) -> String {
    let mut out = text.trim_end_matches(|c: char| "*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰".contains(c) || c.is_whitespace()).to_owned();
    if let Some(open) = out.rfind('[')
        && out.ends_with(']')
        && out[open + 1..out.len() - 1].chars().all(|c| c.is_ascii_digit() || c == '*')
    {
        out.truncate(open);
    }
    out.trim_end_matches(|c: char| "*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰".contains(c) || c.is_whitespace()).to_owned()
}

fn has(key: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        key == *w
            || key.starts_with(&format!("{w} "))
            || key.ends_with(&format!(" {w}"))
            || key.contains(&format!(" {w} "))
            || (w.len() > 5 && key.contains(w))
    })
}

/// What a header suggests, with its name tier (0 is most specific) for name columns.
fn suggest(header: &str) -> Option<(ColumnRole, usize)> {
    let key = header_key(header);
    if key.is_empty() {
        return None;
    }
    if let Some((role, _)) = IDENTIFIERS.iter().find(|(_, words)| words.contains(&key.as_str())) {
        return Some((*role, 0));
    }
    if has(&key, ADDRESS) {
        return Some((ColumnRole::Address, 0));
    }
    if has(&key, LOCATION) {
        return Some((ColumnRole::Location, 0));
    }
    if has(&key, PURPOSE) {
        return Some((ColumnRole::Purpose, 0));
    }
    if let Some(tier) = NAME_TIERS.iter().position(|words| has(&key, words)) {
        return Some((ColumnRole::Name, tier));
    }
    if has(&key, WEAK_PURPOSE) {
        return Some((ColumnRole::Purpose, 0));
    }
    if has(&key, COMPANY) {
        return Some((ColumnRole::Company, 0));
    }
    None
}

/// The roles of a table's columns: chosen ones as chosen (by header), the others suggested by
/// their headers; one name column (the most specific), other name-like columns hold whose list
/// it is when the name column is specific, else are ignored.
pub fn roles(header: &[String], chosen: &dyn Fn(&str) -> Option<ColumnRole>) -> Vec<ColumnRole> {
    let suggested: Vec<Option<(ColumnRole, usize)>> =
        header.iter().map(|h| if chosen(h).is_some() { None } else { suggest(h) }).collect();
    let chosen_name = header.iter().any(|h| chosen(h) == Some(ColumnRole::Name));
    let best_name = suggested
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.filter(|(r, _)| *r == ColumnRole::Name).map(|(_, tier)| (tier, i)))
        .min();
    let mut company_taken = header.iter().any(|h| chosen(h) == Some(ColumnRole::Company));
    header
        .iter()
        .enumerate()
        .map(|(i, h)| {
            if let Some(role) = chosen(h) {
                return role;
            }
            match suggested[i] {
                Some((ColumnRole::Name, tier)) => {
                    if !chosen_name && best_name.is_some_and(|(_, at)| at == i) {
                        ColumnRole::Name
                    } else if tier == 2 && best_name.is_some_and(|(best, _)| best < 2) && !company_taken {
                        company_taken = true;
                        ColumnRole::Company
                    } else {
                        ColumnRole::Ignored
                    }
                }
                Some((ColumnRole::Company, _)) if !company_taken && (chosen_name || best_name.is_some()) => {
                    company_taken = true;
                    ColumnRole::Company
                }
                Some((ColumnRole::Company, _)) => ColumnRole::Ignored,
                Some((role, _)) => role,
                None => ColumnRole::Ignored,
            }
        })
        .collect()
}

/// Whether a row reads as a header: one of its cells names the subprocessor.
pub fn is_header(cells: &[String], chosen: &dyn Fn(&str) -> Option<ColumnRole>) -> bool {
    let non_empty = cells.iter().filter(|c| !c.trim().is_empty()).count();
    non_empty >= 1 && cells.iter().all(|c| c.chars().count() <= 80) && roles(cells, chosen).contains(&ColumnRole::Name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(headers: &[&str]) -> Vec<ColumnRole> {
        roles(&headers.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>(), &|_| None)
    }

    #[test]
    fn headers_as_published() {
        use ColumnRole::*;
        assert_eq!(
            read(&[
                "Name of Subprocessor",
                "Description of Processing",
                "Location of Processing",
                "Corporate Location"
            ]),
            [Name, Purpose, Location, Address]
        );
        assert_eq!(read(&["<b>Sub-<br>Processor</b>", "Purpose*", "Country¹"]), [Name, Purpose, Location]);
        assert_eq!(read(&["Unterauftragsverarbeiter", "Tätigkeit", "Ort der Verarbeitung"]), [Name, Purpose, Location]);
        assert_eq!(read(&["Sous-traitant ultérieur", "Finalité", "Pays"]), [Name, Purpose, Location]);
        assert_eq!(read(&["Subencargado", "Finalidad", "País"]), [Name, Purpose, Location]);
        assert_eq!(read(&["Suboperador", "Finalidade", "Localização"]), [Name, Purpose, Location]);
        assert_eq!(read(&["Subprosesor", "Tujuan", "Lokasi"]), [Name, Purpose, Location]);
        assert_eq!(read(&["Service provider", "Service", "Region"]), [Name, Purpose, Location]);
        assert_eq!(read(&["Company", "Subprocessor", "Purpose", "Location"]), [Company, Name, Purpose, Location]);
        assert_eq!(read(&["Entity", "Country"]), [Name, Location]);
        assert_eq!(read(&["Third party", "VAT ID", "DUNS", "LEI"]), [Name, Vat, Duns, Lei]);
        assert_eq!(read(&["Colour", "Size"]), [Ignored, Ignored]);
    }

    #[test]
    fn a_chosen_role_wins() {
        let chosen = |h: &str| (h == "Colour").then_some(ColumnRole::Name);
        let headers = ["Colour".to_owned(), "Name".to_owned()];
        assert_eq!(roles(&headers, &chosen), [ColumnRole::Name, ColumnRole::Ignored]);
    }

    #[test]
    fn footnotes_are_not_part_of_a_name() {
        assert_eq!(strip_footnote("Stripe, Inc.*"), "Stripe, Inc.");
        assert_eq!(strip_footnote("Sentry¹"), "Sentry");
        assert_eq!(strip_footnote("Okta [2]"), "Okta");
        assert_eq!(strip_footnote("Auth0"), "Auth0");
    }
}
