//! The canonical JSON the audit log hashes records and entries in, written in one pass.
//!
//! It is exactly what serializing a value to a `serde_json::Value` and printing it gives, with
//! `serde_json`'s default sorted maps: objects with their keys in byte order, compact, and
//! (for linked state hashes) every `{ "id", "name" }` reference reduced to its id. Writing it
//! directly, without the intermediate tree, makes `audit verify` many times faster; it also
//! keeps the hashes independent of whether some dependency switches `serde_json` to
//! insertion-ordered maps.

use std::borrow::Cow;
use std::io::Write;

use serde::ser::{self, Serialize};

/// The canonical JSON of `value`; with `ids_only`, references `{id, name}` become their id.
pub(crate) fn to_vec<T: Serialize + ?Sized>(value: &T, ids_only: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    // Writing into memory fails only for values JSON cannot hold (a map with non-text keys):
    // they hash as `null`, as `serde_json::to_value` would have refused them.
    if value.serialize(Canon { out: &mut out, ids_only }).is_err() {
        out.clear();
        out.extend_from_slice(b"null");
    }
    out
}

/// Why a value has no canonical JSON.
#[derive(Debug)]
pub(crate) struct Unsupported(String);

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Unsupported(msg.to_string())
    }
}

type Result<T = ()> = std::result::Result<T, Unsupported>;

/// A JSON string, with `serde_json`'s own escaping (as its printer of a `Value` uses).
pub(crate) fn text(out: &mut Vec<u8>, value: &str) {
    let _ = serde_json::to_writer(&mut *out, value);
}

/// A JSON string, or `null`.
pub(crate) fn optional_text(out: &mut Vec<u8>, value: Option<&str>) {
    match value {
        Some(value) => text(out, value),
        None => out.extend_from_slice(b"null"),
    }
}

struct Canon<'a> {
    out: &'a mut Vec<u8>,
    ids_only: bool,
}

impl<'a> ser::Serializer for Canon<'a> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Seq<'a>;
    type SerializeTupleVariant = Variant<Seq<'a>>;
    type SerializeMap = Object<'a>;
    type SerializeStruct = Object<'a>;
    type SerializeStructVariant = Variant<Object<'a>>;

    fn serialize_bool(self, v: bool) -> Result {
        self.out.extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result {
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result {
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result {
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result {
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result {
        // A `Value` holds every float as f64.
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result {
        if v.is_finite() {
            let _ = serde_json::to_writer(&mut *self.out, &v);
        } else {
            self.out.extend_from_slice(b"null");
        }
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result {
        text(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result {
        text(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result {
        let mut seq = ser::Serializer::serialize_seq(self, Some(v.len()))?;
        for byte in v {
            ser::SerializeSeq::serialize_element(&mut seq, byte)?;
        }
        ser::SerializeSeq::end(seq)
    }
    fn serialize_none(self) -> Result {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        self.out.push(b'{');
        text(self.out, variant);
        self.out.push(b':');
        value.serialize(Canon { out: self.out, ids_only: self.ids_only })?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Seq<'a>> {
        self.out.push(b'[');
        Ok(Seq { out: self.out, ids_only: self.ids_only, first: true })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Seq<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Variant<Seq<'a>>> {
        self.out.push(b'{');
        text(self.out, variant);
        self.out.push(b':');
        self.out.push(b'[');
        Ok(Variant(Seq { out: self.out, ids_only: self.ids_only, first: true }))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Object<'a>> {
        Ok(Object::new(self.out, self.ids_only, len.unwrap_or(8)))
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Object<'a>> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Variant<Object<'a>>> {
        self.out.push(b'{');
        text(self.out, variant);
        self.out.push(b':');
        Ok(Variant(Object::new(self.out, self.ids_only, len)))
    }
}

/// An array being written.
pub(crate) struct Seq<'a> {
    out: &'a mut Vec<u8>,
    ids_only: bool,
    first: bool,
}

impl Seq<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        value.serialize(Canon { out: self.out, ids_only: self.ids_only })
    }
}

impl ser::SerializeSeq for Seq<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.out.push(b']');
        Ok(())
    }
}

impl ser::SerializeTuple for Seq<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Seq<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        ser::SerializeSeq::end(self)
    }
}

/// An object being written: its values are written one after the other into a scratch buffer
/// and kept there until the end, then copied out sorted by key.
pub(crate) struct Object<'a> {
    out: &'a mut Vec<u8>,
    ids_only: bool,
    /// Each entry's key and where its value lies in `values`.
    entries: Vec<(Cow<'static, str>, std::ops::Range<usize>)>,
    values: Vec<u8>,
    key: Option<String>,
}

/// Buffers of objects written before on this thread, for the next ones: hashing a long table
/// writes millions of small objects.
type Buffers = (Vec<u8>, Vec<(Cow<'static, str>, std::ops::Range<usize>)>);

thread_local! {
    static SPARE: std::cell::RefCell<Vec<Buffers>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl<'a> Object<'a> {
    fn new(out: &'a mut Vec<u8>, ids_only: bool, len: usize) -> Self {
        let (values, entries) = SPARE
            .with(|spare| spare.borrow_mut().pop())
            .unwrap_or_else(|| (Vec::with_capacity(64 * len), Vec::with_capacity(len)));
        Object { out, ids_only, entries, values, key: None }
    }

    fn entry<T: Serialize + ?Sized>(&mut self, key: Cow<'static, str>, value: &T) -> Result {
        let start = self.values.len();
        value.serialize(Canon { out: &mut self.values, ids_only: self.ids_only })?;
        self.entries.push((key, start..self.values.len()));
        Ok(())
    }

    /// Writes the object; gives back the output for a wrapper to close.
    fn finish(self) -> Result<&'a mut Vec<u8>> {
        let Object { out, ids_only, mut entries, mut values, .. } = self;
        // Sorted by key, the last of equal keys kept: as a BTreeMap filled in order.
        entries.reverse();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        entries.dedup_by(|later, earlier| later.0 == earlier.0);
        let reference = ids_only && entries.len() == 2 && entries[0].0 == "id" && entries[1].0 == "name";
        if reference {
            out.extend_from_slice(&values[entries[0].1.clone()]);
        } else {
            out.push(b'{');
            for (i, (key, value)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                text(out, key);
                out.push(b':');
                out.extend_from_slice(&values[value.clone()]);
            }
            out.push(b'}');
        }
        values.clear();
        entries.clear();
        SPARE.with(|spare| {
            let mut spare = spare.borrow_mut();
            if spare.len() < 64 {
                spare.push((values, entries));
            }
        });
        Ok(out)
    }
}

impl ser::SerializeMap for Object<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.key = Some(key.serialize(KeyText)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        let key = self.key.take().ok_or_else(|| Unsupported("a map value without its key".into()))?;
        self.entry(Cow::Owned(key), value)
    }
    fn end(self) -> Result {
        self.finish().map(drop)
    }
}

impl ser::SerializeStruct for Object<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.entry(Cow::Borrowed(key), value)
    }
    fn end(self) -> Result {
        self.finish().map(drop)
    }
}

/// An enum variant's content, closed with the brace its `{"Variant":` opened.
pub(crate) struct Variant<T>(T);

impl ser::SerializeTupleVariant for Variant<Seq<'_>> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.0.element(value)
    }
    fn end(self) -> Result {
        self.0.out.extend_from_slice(b"]}");
        Ok(())
    }
}

impl ser::SerializeStructVariant for Variant<Object<'_>> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.0.entry(Cow::Borrowed(key), value)
    }
    fn end(self) -> Result {
        self.0.finish()?.push(b'}');
        Ok(())
    }
}

/// A map key as text: strings as they are, numbers and booleans printed (as `serde_json`
/// turns them into object keys).
struct KeyText;

impl ser::Serializer for KeyText {
    type Ok = String;
    type Error = Unsupported;
    type SerializeSeq = ser::Impossible<String, Unsupported>;
    type SerializeTuple = ser::Impossible<String, Unsupported>;
    type SerializeTupleStruct = ser::Impossible<String, Unsupported>;
    type SerializeTupleVariant = ser::Impossible<String, Unsupported>;
    type SerializeMap = ser::Impossible<String, Unsupported>;
    type SerializeStruct = ser::Impossible<String, Unsupported>;
    type SerializeStructVariant = ser::Impossible<String, Unsupported>;

    fn serialize_bool(self, v: bool) -> Result<String> {
        Ok(v.to_string())
    }
    fn serialize_i8(self, v: i8) -> Result<String> {
        Ok(v.to_string())
    }
    fn serialize_i16(self, v: i16) -> Result<String> {
        Ok(v.to_string())
    }
    fn serialize_i32(self, v: i32) -> Result<String> {
        Ok(v.to_string())
    }
    fn serialize_i64(self, v: i64) -> Result<String> {
        Ok(v.to_string())
    }
    fn serialize_u8(self, v: u8) -> Result<String> {
        Ok(v.to_string())
    }
    fn serialize_u16(self, v: u16) -> Result<String> {
        Ok(v.to_string())
    }
    fn serialize_u32(self, v: u32) -> Result<String> {
        Ok(v.to_string())
    }
    fn serialize_u64(self, v: u64) -> Result<String> {
        Ok(v.to_string())
    }
    fn serialize_f32(self, _v: f32) -> Result<String> {
        Err(Unsupported("a float as an object key".into()))
    }
    fn serialize_f64(self, _v: f64) -> Result<String> {
        Err(Unsupported("a float as an object key".into()))
    }
    fn serialize_char(self, v: char) -> Result<String> {
        Ok(v.to_string())
    }
    fn serialize_str(self, v: &str) -> Result<String> {
        Ok(v.to_owned())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<String> {
        Err(Unsupported("bytes as an object key".into()))
    }
    fn serialize_none(self) -> Result<String> {
        Err(Unsupported("null as an object key".into()))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<String> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<String> {
        Err(Unsupported("null as an object key".into()))
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<String> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<String> {
        Ok(variant.to_owned())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result<String> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<String> {
        Err(Unsupported("an enum as an object key".into()))
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq> {
        Err(Unsupported("a list as an object key".into()))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple> {
        Err(Unsupported("a tuple as an object key".into()))
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeTupleStruct> {
        Err(Unsupported("a tuple as an object key".into()))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(Unsupported("an enum as an object key".into()))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        Err(Unsupported("a map as an object key".into()))
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeStruct> {
        Err(Unsupported("a struct as an object key".into()))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(Unsupported("an enum as an object key".into()))
    }
}
