//! PDF/A-2b for the archive (ISO 19005-2, conformance level B): what printpdf does not write,
//! added to the lopdf document just before it is saved. An XMP packet in the catalog that
//! says PDF/A-2B and repeats the Info dictionary's title, author, subject, keywords, tools and
//! dates exactly; an Info dictionary holding only those (and our attestation); an sRGB output
//! intent with its ICC profile, since every colour is DeviceRGB. The fonts are embedded
//! already (subset DejaVu Sans) and the document has no encryption, transparency, JavaScript,
//! annotations or forms. `tests/pdfa/pdfa2b_check.py` checks the result.

use chrono::{DateTime, SecondsFormat, Utc};
use lopdf::{Dictionary, Document, Object, Stream, StringFormat};

/// sRGB IEC 61966-2.1, ICC v2 display profile (icc-profiles-free; zlib licence).
const SRGB: &[u8] = include_bytes!("../../assets/icc/sRGB.icc");

/// The document's descriptive metadata, as both the Info dictionary and XMP carry it.
pub struct ArchiveMetadata<'a> {
    pub title: &'a str,
    pub author: &'a str,
    pub subject: &'a str,
    pub keywords: &'a [String],
    pub creator: &'a str,
    pub producer: &'a str,
    pub created: DateTime<Utc>,
}

/// Makes `doc` a PDF/A-2b document: Info, XMP metadata and the output intent. `keep` lists
/// Info entries of our own to carry over (the attestation).
pub fn make_archival(doc: &mut Document, meta: &ArchiveMetadata<'_>, keep: &[&[u8]]) {
    doc.version = "1.7".to_owned();
    let kept: Vec<(Vec<u8>, Object)> = info_dict(doc)
        .map(|old| keep.iter().filter_map(|k| old.get(k).ok().map(|v| (k.to_vec(), v.clone()))).collect())
        .unwrap_or_default();
    let mut info = info_entries(meta);
    for (key, value) in kept {
        info.set(key, value);
    }
    match doc.trailer.get(b"Info").and_then(Object::as_reference) {
        Ok(id) => {
            doc.objects.insert(id, Object::Dictionary(info));
        }
        Err(_) => {
            let id = doc.add_object(info);
            doc.trailer.set("Info", Object::Reference(id));
        }
    }

    let xmp = Stream::new(
        Dictionary::from_iter(vec![("Type", Object::Name(b"Metadata".to_vec())), ("Subtype", "XML".into())]),
        xmp_packet(meta).into_bytes(),
    )
    .with_compression(false);
    let xmp_id = doc.add_object(xmp);
    let profile = Stream::new(Dictionary::from_iter(vec![("N", Object::Integer(3))]), SRGB.to_vec());
    let profile_id = doc.add_object(profile);
    let intent = Dictionary::from_iter(vec![
        ("Type", Object::Name(b"OutputIntent".to_vec())),
        ("S", Object::Name(b"GTS_PDFA1".to_vec())),
        ("OutputConditionIdentifier", text("sRGB IEC61966-2.1")),
        ("RegistryName", text("http://www.color.org")),
        ("Info", text("sRGB IEC61966-2.1")),
        ("DestOutputProfile", Object::Reference(profile_id)),
    ]);
    if let Some(catalog) = catalog_mut(doc) {
        catalog.set("Metadata", Object::Reference(xmp_id));
        catalog.set("OutputIntents", Object::Array(vec![Object::Dictionary(intent)]));
    }
}

fn info_dict(doc: &Document) -> Option<&Dictionary> {
    let id = doc.trailer.get(b"Info").ok()?.as_reference().ok()?;
    doc.get_object(id).ok()?.as_dict().ok()
}

fn catalog_mut(doc: &mut Document) -> Option<&mut Dictionary> {
    let id = doc.trailer.get(b"Root").ok()?.as_reference().ok()?;
    doc.get_object_mut(id).ok()?.as_dict_mut().ok()
}

fn info_entries(meta: &ArchiveMetadata<'_>) -> Dictionary {
    let date = text(&meta.created.format("D:%Y%m%d%H%M%S+00'00'").to_string());
    Dictionary::from_iter(vec![
        ("Title", text(meta.title)),
        ("Author", text(meta.author)),
        ("Subject", text(meta.subject)),
        ("Keywords", text(&meta.keywords.join(", "))),
        ("Creator", text(meta.creator)),
        ("Producer", text(meta.producer)),
        ("CreationDate", date.clone()),
        ("ModDate", date),
    ])
}

/// A PDF text string: PDFDocEncoding's ASCII subset as is, anything else as UTF-16BE with
/// its byte-order mark.
fn text(s: &str) -> Object {
    if s.is_ascii() {
        return Object::String(s.as_bytes().to_vec(), StringFormat::Literal);
    }
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, StringFormat::Hexadecimal)
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The XMP packet: PDF/A identification and the Info dictionary's values in their XMP
/// properties (ISO 19005-2, 6.6.2.3), UTF-8, unfiltered.
fn xmp_packet(meta: &ArchiveMetadata<'_>) -> String {
    let date = meta.created.to_rfc3339_opts(SecondsFormat::Secs, false);
    let [title, author, subject, keywords, creator, producer] =
        [meta.title, meta.author, meta.subject, &meta.keywords.join(", "), meta.creator, meta.producer].map(xml_escape);
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
   <pdf:Keywords>{keywords}</pdf:Keywords>
   <pdf:Producer>{producer}</pdf:Producer>
   <xmp:CreatorTool>{creator}</xmp:CreatorTool>
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        bom = '\u{feff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_ascii_text_is_utf16_with_a_byte_order_mark() {
        assert_eq!(text("Pelindungan"), Object::String(b"Pelindungan".to_vec(), StringFormat::Literal));
        let Object::String(bytes, _) = text("Société") else { panic!("a string") };
        assert_eq!(&bytes[..4], &[0xFE, 0xFF, 0x00, b'S']);
    }

    #[test]
    fn the_xmp_packet_escapes_what_xml_reserves() {
        let keywords = vec!["a&b".to_owned()];
        let meta = ArchiveMetadata {
            title: "R&D <vendors>",
            author: "Kestrel",
            subject: "s",
            keywords: &keywords,
            creator: "c",
            producer: "p",
            created: DateTime::from_timestamp(0, 0).unwrap_or_default(),
        };
        let xmp = xmp_packet(&meta);
        assert!(xmp.contains("R&amp;D &lt;vendors&gt;") && xmp.contains("<pdf:Keywords>a&amp;b</pdf:Keywords>"));
        assert!(xmp.contains("<xmp:CreateDate>1970-01-01T00:00:00+00:00</xmp:CreateDate>"));
    }
}
