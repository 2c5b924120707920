#!/usr/bin/env python3
"""Offline PDF/A-2b checker for PDFs written by our own code.

Not a full ISO 19005-2 validator (veraPDF is the reference and is not
installable here). Two layers:

  1. Own checks (pikepdf) for the PDF/A-2b rules a PDF *writer* usually gets
     wrong: header, trailer ID, encryption, XMP (pdfaid part/conformance,
     schemas, value types, dates, Info<->XMP equivalence), OutputIntent + ICC,
     Device colour spaces vs OutputIntent, font embedding, forbidden keys,
     actions, annotations, optional content, blend modes.
  2. Optional (--preflight): Apache PDFBox Preflight (Debian libpdfbox2-java),
     a real ISO 19005-1 (PDF/A-1b) validator, which adds deep syntax, stream,
     font-program, glyph-width and XMP-parsing checks.  Errors that are only
     PDF/A-1 restrictions (lifted in PDF/A-2) are filtered out.

Exit status: 0 = no errors, 1 = errors found, 2 = could not run.
Usage: pdfa2b_check.py [--preflight] [--json] FILE.pdf
"""
import json
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pikepdf
from pikepdf import Name, Dictionary, Array, Stream
from lxml import etree

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XMLNS = "http://www.w3.org/XML/1998/namespace"
NS = {
    "rdf": RDF,
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "pdfaExtension": "http://www.aiim.org/pdfa/ns/extension/",
    "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#",
    "x": "adobe:ns:meta/",
}
# Schemas predefined by XMP 2005 (+ the PDF/A ones): usable without an extension schema.
PREDEFINED_NS = {
    "http://purl.org/dc/elements/1.1/", "http://ns.adobe.com/xap/1.0/",
    "http://ns.adobe.com/xap/1.0/rights/", "http://ns.adobe.com/xap/1.0/mm/",
    "http://ns.adobe.com/xap/1.0/bj/", "http://ns.adobe.com/xap/1.0/t/pg/",
    "http://ns.adobe.com/xmp/1.0/DynamicMedia/", "http://ns.adobe.com/pdf/1.3/",
    "http://ns.adobe.com/photoshop/1.0/", "http://ns.adobe.com/camera-raw-settings/1.0/",
    "http://ns.adobe.com/exif/1.0/", "http://ns.adobe.com/exif/1.0/aux/",
    "http://ns.adobe.com/tiff/1.0/", "http://ns.adobe.com/xap/1.0/t/",
    "http://www.aiim.org/pdfa/ns/id/", "http://www.aiim.org/pdfa/ns/extension/",
    "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
}
STRUCT_NS = {  # field namespaces of predefined structured types / extension schema
    "http://ns.adobe.com/xap/1.0/sType/ResourceRef#", "http://ns.adobe.com/xap/1.0/sType/ResourceEvent#",
    "http://ns.adobe.com/xap/1.0/sType/Version#", "http://ns.adobe.com/xap/1.0/sType/Job#",
    "http://ns.adobe.com/xap/1.0/sType/Dimensions#", "http://ns.adobe.com/xap/1.0/sType/Font#",
    "http://ns.adobe.com/xap/1.0/g/", "http://ns.adobe.com/xap/1.0/g/img/",
    "http://www.aiim.org/pdfa/ns/schema#", "http://www.aiim.org/pdfa/ns/property#",
    "http://www.aiim.org/pdfa/ns/type#", "http://www.aiim.org/pdfa/ns/field#",
}
ARRAY_TYPES = {  # property -> required rdf container
    ("dc", "title"): "Alt", ("dc", "description"): "Alt", ("dc", "rights"): "Alt",
    ("dc", "creator"): "Seq", ("dc", "date"): "Seq", ("dc", "contributor"): "Bag",
    ("dc", "publisher"): "Bag", ("dc", "subject"): "Bag", ("dc", "language"): "Bag",
    ("dc", "relation"): "Bag", ("dc", "type"): "Bag", ("xmp", "Identifier"): "Bag",
    ("xmp", "Advisory"): "Bag",
}
XMP_DATE = re.compile(
    r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$")
PDF_DATE = re.compile(
    r"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Z+-])(?:(\d{2})'?(?:(\d{2})'?)?)?)?$")
STD_BLEND = {"Normal", "Compatible", "Multiply", "Screen", "Overlay", "Darken", "Lighten",
             "ColorDodge", "ColorBurn", "HardLight", "SoftLight", "Difference", "Exclusion",
             "Hue", "Saturation", "Color", "Luminosity"}
FORBIDDEN_ACTIONS = {"Launch", "Sound", "Movie", "ResetForm", "ImportData", "Hide",
                     "SetOCGState", "Rendition", "Trans", "GoTo3DView", "JavaScript"}
ALLOWED_NAMED = {"NextPage", "PrevPage", "FirstPage", "LastPage"}
FORBIDDEN_ANNOTS = {"3D", "Sound", "Screen", "Movie"}
KNOWN_ANNOTS = {"Text", "Link", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine",
                "Highlight", "Underline", "Squiggly", "StrikeOut", "Stamp", "Caret", "Ink",
                "Popup", "FileAttachment", "Widget", "PrinterMark", "TrapNet", "Watermark",
                "Redact"} | FORBIDDEN_ANNOTS


class Report:
    def __init__(self):
        self.items = []

    def err(self, clause, msg):
        self.items.append(("ERROR", clause, msg))

    def warn(self, clause, msg):
        self.items.append(("WARN", clause, msg))

    @property
    def errors(self):
        return [i for i in self.items if i[0] == "ERROR"]


def s(obj):
    """pikepdf string/name -> python str."""
    if isinstance(obj, Name):
        return str(obj)[1:]
    try:
        return str(obj)
    except Exception:
        return repr(obj)


def parse_pdf_date(v):
    m = PDF_DATE.match(v)
    if not m:
        return None
    y, mo, d, h, mi, se, sign, oh, om = m.groups()
    dt = datetime(int(y), int(mo or 1), int(d or 1), int(h or 0), int(mi or 0), int(se or 0))
    off = timedelta(0)
    if sign in "+-" and sign:
        off = timedelta(hours=int(oh or 0), minutes=int(om or 0)) * (1 if sign == "+" else -1)
    return dt.replace(tzinfo=timezone(off)) if sign else dt


def parse_xmp_date(v):
    if not XMP_DATE.match(v):
        return None
    v2 = v.replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(v2) if "T" in v2 else datetime.fromisoformat(v2 + ("-01" * (2 - v2.count("-"))))
    except ValueError:
        return None


# ---------------------------------------------------------------- file level
def check_file_structure(raw, pdf, r):
    if not re.match(rb"%PDF-1\.[0-7]", raw[:8]):
        r.err("6.1.2", "file header is not %PDF-1.n at offset 0")
    m = re.match(rb"%PDF-1\.\d(\r\n|\r|\n)%(....)", raw[:20], re.S)
    if not m or not all(b > 127 for b in m.group(2)):
        r.err("6.1.2", "header line not followed by a comment with 4 bytes > 127")
    tail = raw.rstrip(b"\r\n")
    if not tail.endswith(b"%%EOF"):
        r.err("6.1.3", "data after the last %%EOF (only an EOL is allowed)")
    if "/Encrypt" in pdf.trailer or pdf.is_encrypted:
        r.err("6.1.3", "trailer has /Encrypt (encryption forbidden)")
    idv = pdf.trailer.get("/ID")
    if not isinstance(idv, Array) or len(idv) != 2:
        r.err("6.1.3", "trailer /ID missing (must be an array of two byte strings)")
    if len(pdf.objects) > 8388607:
        r.err("6.1.13", "more than 8388607 indirect objects")


# --------------------------------------------------------------- metadata
def check_xmp(pdf, r):
    md = pdf.Root.get("/Metadata")
    if not isinstance(md, Stream):
        r.err("6.6.2.1", "catalog has no /Metadata XMP stream")
        return None
    if "/Filter" in md.stream_dict:
        r.err("6.6.2.1", "metadata stream must not have a /Filter")
    if s(md.stream_dict.get("/Type", "")) != "Metadata" or s(md.stream_dict.get("/Subtype", "")) != "XML":
        r.err("6.6.2.1", "metadata stream needs /Type /Metadata /Subtype /XML")
    data = md.read_bytes()
    hdr = re.search(rb"<\?xpacket begin=[^>]*\?>", data)
    if not hdr:
        r.err("6.6.2.1", "XMP packet has no <?xpacket begin ...?> header")
    elif b"bytes=" in hdr.group(0) or b"encoding=" in hdr.group(0):
        r.err("6.6.2.1", "xpacket header must not use bytes= or encoding= attributes")
    if not re.search(rb"<\?xpacket end=['\"][rw]['\"]\?>", data):
        r.err("6.6.2.1", "XMP packet has no <?xpacket end=...?> trailer")
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as e:
        r.err("6.6.2.1", f"XMP is not well-formed XML: {e}")
        return None

    descs = root.iter(f"{{{RDF}}}Description")
    props = {}  # (nsuri, local) -> element-or-attribute value
    for d in descs:
        if d.get(f"{{{RDF}}}about") not in ("", None):
            r.warn("6.6.2.1", f"rdf:about={d.get(f'{{{RDF}}}about')!r}; should be empty")
        for k, v in d.attrib.items():
            if k.startswith("{"):
                ns, local = k[1:].split("}")
                if ns not in (RDF, XMLNS):
                    props[(ns, local)] = v
        for c in d:
            if isinstance(c.tag, str) and c.tag.startswith("{"):
                ns, local = c.tag[1:].split("}")
                props[(ns, local)] = c

    # extension schemas declared in the packet
    declared = set()
    for el in root.iter(f"{{{NS['pdfaSchema']}}}namespaceURI"):
        declared.add((el.text or "").strip())
    for el in root.iter(f"{{{RDF}}}Description"):
        v = el.get(f"{{{NS['pdfaSchema']}}}namespaceURI")
        if v:
            declared.add(v)
    for (ns, local) in props:
        if ns not in PREDEFINED_NS and ns not in declared:
            r.err("6.6.2.3.1", f"XMP property {{{ns}}}{local} uses a schema that is neither "
                               "predefined nor described by a pdfaExtension schema")

    def text(key):
        v = props.get(key)
        if v is None:
            return None
        if isinstance(v, str):
            return v
        li = v.find(f".//{{{RDF}}}li")
        if li is not None:
            return li.text or ""
        return v.text or ""

    # pdfaid
    part = text((NS["pdfaid"], "part"))
    conf = text((NS["pdfaid"], "conformance"))
    if part is None:
        r.err("6.6.4", "XMP has no pdfaid:part (PDF/A identification schema)")
    elif part.strip() != "2":
        r.err("6.6.4", f"pdfaid:part is {part!r}, must be 2")
    if conf is None:
        r.err("6.6.4", "XMP has no pdfaid:conformance")
    elif conf.strip() != "B":
        r.err("6.6.4", f"pdfaid:conformance is {conf!r}, must be 'B' for PDF/A-2b")

    # value types
    for (pfx, local), cont in ARRAY_TYPES.items():
        v = props.get((NS.get(pfx, "http://ns.adobe.com/xap/1.0/"), local))
        if v is None:
            continue
        if isinstance(v, str) or v.find(f"{{{RDF}}}{cont}") is None:
            r.err("6.6.2.3.1", f"{pfx}:{local} must be an rdf:{cont} array")
    for local in ("CreateDate", "ModifyDate", "MetadataDate"):
        v = text((NS["xmp"], local))
        if v is not None and not XMP_DATE.match(v.strip()):
            r.err("6.6.2.3.1", f"xmp:{local} {v!r} is not an XMP (ISO 8601) date")

    # Info dictionary <-> XMP equivalence (6.6.3)
    info = pdf.trailer.get("/Info")
    if isinstance(info, Dictionary):
        pairs = {"/Title": (NS["dc"], "title"), "/Author": (NS["dc"], "creator"),
                 "/Subject": (NS["dc"], "description"), "/Keywords": (NS["pdf"], "Keywords"),
                 "/Creator": (NS["xmp"], "CreatorTool"), "/Producer": (NS["pdf"], "Producer")}
        for key, xk in pairs.items():
            if key in info:
                iv = s(info[key])
                xv = text(xk)
                if xv is None:
                    r.err("6.6.3", f"Info {key} present but XMP {xk[1]} missing")
                elif xv != iv:
                    r.err("6.6.3", f"Info {key}={iv!r} differs from XMP {xk[1]}={xv!r}")
                if key == "/Author" and not isinstance(props.get(xk), str):
                    lis = props[xk].findall(f".//{{{RDF}}}li") if xk in props else []
                    if len(lis) > 1:
                        r.err("6.6.3", "dc:creator must have exactly one entry when Info /Author is set")
        for key, local in (("/CreationDate", "CreateDate"), ("/ModDate", "ModifyDate")):
            if key in info:
                iv = s(info[key])
                idt = parse_pdf_date(iv)
                xv = text((NS["xmp"], local))
                if idt is None:
                    r.err("6.6.3", f"Info {key} {iv!r} is not a valid PDF date")
                elif xv is None:
                    r.err("6.6.3", f"Info {key} present but xmp:{local} missing")
                else:
                    xdt = parse_xmp_date(xv.strip())
                    if xdt is None:
                        pass  # already reported above
                    elif (idt.tzinfo is None) != (xdt.tzinfo is None) or idt != xdt:
                        r.err("6.6.3", f"Info {key} {iv!r} != xmp:{local} {xv!r}")
    return props


# ------------------------------------------------------ output intent / ICC
def check_output_intents(pdf, r):
    ois = pdf.Root.get("/OutputIntents")
    oi_space = None
    profiles = set()
    if ois is None:
        return None
    for oi in ois:
        if s(oi.get("/S", "")) == "GTS_PDFA1":
            prof = oi.get("/DestOutputProfile")
            if not isinstance(prof, Stream):
                r.err("6.2.3", "GTS_PDFA1 OutputIntent has no embedded /DestOutputProfile ICC stream")
                continue
            icc = prof.read_bytes()
            if len(icc) < 128 or icc[36:40] != b"acsp":
                r.err("6.2.3", "DestOutputProfile is not an ICC profile")
                continue
            major = icc[8]
            cls, cs = icc[12:16], icc[16:20]
            if major > 4:
                r.err("6.2.3", f"ICC profile version {major}.x too new (max 4)")
            if cls not in (b"prtr", b"mntr"):
                r.err("6.2.3", f"ICC device class {cls!r} must be 'prtr' or 'mntr'")
            ncomp = {b"RGB ": 3, b"CMYK": 4, b"GRAY": 1}.get(cs)
            if ncomp is None:
                r.err("6.2.3", f"ICC colour space {cs!r} must be RGB, CMYK or GRAY")
            elif int(prof.stream_dict.get("/N", ncomp)) != ncomp:
                r.err("6.2.3", "ICC stream /N does not match the profile colour space")
            oi_space = {b"RGB ": "RGB", b"CMYK": "CMYK", b"GRAY": "Gray"}.get(cs)
            profiles.add(prof.objgen)
            if "/OutputConditionIdentifier" not in oi:
                r.err("6.2.3", "OutputIntent lacks /OutputConditionIdentifier")
        elif "/DestOutputProfile" in oi:
            profiles.add(oi.DestOutputProfile.objgen)
    if not any(s(oi.get("/S", "")) == "GTS_PDFA1" for oi in ois):
        r.err("6.2.3", "OutputIntents present but none has /S /GTS_PDFA1")
    if len(profiles) > 1:
        r.err("6.2.3", "OutputIntents with DestOutputProfile must all use the same profile")
    return oi_space


# ------------------------------------------------------ content/resources walk
class Walker:
    def __init__(self, pdf, r, oi_space):
        self.pdf, self.r, self.oi = pdf, r, oi_space
        self.seen = set()
        self.device_used = {}  # "RGB"/"CMYK"/"Gray" -> where
        self.transparency = False

    def once(self, obj):
        try:
            k = obj.objgen
        except Exception:
            return True
        if k == (0, 0):
            return True
        if k in self.seen:
            return False
        self.seen.add(k)
        return True

    def dev(self, space, where, res):
        defaults = res.get("/ColorSpace", {}) if isinstance(res, Dictionary) else {}
        if ("/Default" + space) in defaults:
            return
        self.device_used.setdefault(space, where)

    def colorspace(self, cs, where, res):
        if isinstance(cs, Name):
            n = s(cs)
            if n in ("DeviceRGB", "RGB"):
                self.dev("RGB", where, res)
            elif n in ("DeviceCMYK", "CMYK"):
                self.dev("CMYK", where, res)
            elif n in ("DeviceGray", "G"):
                self.dev("Gray", where, res)
        elif isinstance(cs, Array) and len(cs) > 0:
            fam = s(cs[0])
            if fam in ("Indexed", "I") and len(cs) > 1:
                self.colorspace(cs[1], where, res)
            elif fam in ("Separation", "DeviceN") and len(cs) > 2:
                self.colorspace(cs[2], where, res)
            elif fam == "Pattern" and len(cs) > 1:
                self.colorspace(cs[1], where, res)
            elif fam == "ICCBased":
                pass

    def stream_keys(self, st, where):
        d = st.stream_dict if isinstance(st, Stream) else st
        for k in ("/F", "/FFilter", "/FDecodeParms"):
            if k in d:
                self.r.err("6.1.7.1", f"{where}: stream has {k} (external stream data)")
        f = d.get("/Filter")
        fl = [f] if isinstance(f, Name) else (list(f) if isinstance(f, Array) else [])
        for x in fl:
            if s(x) in ("LZWDecode", "LZW"):
                self.r.err("6.1.7.2", f"{where}: LZWDecode filter forbidden")
            if s(x) == "Crypt":
                self.r.err("6.1.7.2", f"{where}: Crypt filter forbidden")

    def resources(self, res, where):
        if not isinstance(res, Dictionary) or not self.once(res):
            return
        for name, font in (res.get("/Font") or {}).items():
            self.font(font, f"{where} font {name}")
        for name, gs in (res.get("/ExtGState") or {}).items():
            self.extgstate(gs, f"{where} ExtGState {name}")
        for name, cs in (res.get("/ColorSpace") or {}).items():
            self.colorspace(cs, f"{where} ColorSpace {name}", res)
        for name, xo in (res.get("/XObject") or {}).items():
            self.xobject(xo, f"{where} XObject {name}")
        for name, pat in (res.get("/Pattern") or {}).items():
            if isinstance(pat, Stream) and self.once(pat):
                self.content(pat, pat.get("/Resources"), f"{where} Pattern {name}")
            elif isinstance(pat, Dictionary) and "/Shading" in pat:
                self.colorspace(pat.Shading.get("/ColorSpace"), f"{where} Pattern {name}", res)
        for name, sh in (res.get("/Shading") or {}).items():
            self.colorspace(sh.get("/ColorSpace"), f"{where} Shading {name}", res)

    def font(self, font, where):
        if not isinstance(font, Dictionary) or not self.once(font):
            return
        sub = s(font.get("/Subtype", ""))
        base = s(font.get("/BaseFont", "?"))
        if sub == "Type3":
            self.resources(font.get("/Resources"), f"{where} (Type3)")
            for gname, proc in (font.get("/CharProcs") or {}).items():
                self.content(proc, font.get("/Resources"), f"{where} glyph {gname}")
            return
        desc_font = font
        if sub == "Type0":
            dfs = font.get("/DescendantFonts")
            if not dfs:
                self.r.err("6.2.11.3", f"{where} {base}: Type0 font without DescendantFonts")
                return
            desc_font = dfs[0]
            if s(desc_font.get("/Subtype", "")) == "CIDFontType2" and "/CIDToGIDMap" not in desc_font:
                self.r.err("6.2.11.3.2", f"{where} {base}: CIDFontType2 without /CIDToGIDMap")
            enc = font.get("/Encoding")
            if isinstance(enc, Name) and s(enc) not in ("Identity-H", "Identity-V") and not s(enc).startswith(("Uni", "GB", "B5", "KSC", "90", "83", "Adobe-", "H", "V", "ETen", "HK")):
                self.r.warn("6.2.11.3.3", f"{where} {base}: unusual CMap {s(enc)}")
        fd = desc_font.get("/FontDescriptor")
        if not isinstance(fd, Dictionary) or not any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            self.r.err("6.2.11.4.1", f"{where}: font {base} ({sub}) is not embedded")
            return
        if sub in ("Type1", "TrueType", "MMType1") and "/Widths" not in font:
            self.r.err("6.2.11.2", f"{where}: font {base} lacks /Widths/FirstChar/LastChar")
        for k in ("/FontFile", "/FontFile2", "/FontFile3"):
            if k in fd:
                self.stream_keys(fd[k], f"{where} {k}")

    def extgstate(self, gs, where):
        if not isinstance(gs, Dictionary) or not self.once(gs):
            return
        if "/TR" in gs:
            self.r.err("6.2.5", f"{where}: /TR transfer function forbidden")
        if "/TR2" in gs and s(gs.TR2) != "Default":
            self.r.err("6.2.5", f"{where}: /TR2 must be /Default")
        if "/HTP" in gs:
            self.r.err("6.2.5", f"{where}: /HTP forbidden")
        ht = gs.get("/HT")
        if isinstance(ht, Dictionary) and ("/TransferFunction" in ht or int(ht.get("/HalftoneType", 1)) not in (1, 5)):
            self.r.err("6.2.5", f"{where}: halftone must be type 1/5 without TransferFunction")
        bm = gs.get("/BM")
        for b in ([bm] if isinstance(bm, Name) else (list(bm) if isinstance(bm, Array) else [])):
            if s(b) not in STD_BLEND:
                self.r.err("6.2.10", f"{where}: non-standard blend mode {s(b)}")
            elif s(b) not in ("Normal", "Compatible"):
                self.transparency = True
        sm = gs.get("/SMask")
        if sm is not None and not (isinstance(sm, Name) and s(sm) == "None"):
            self.transparency = True
            if isinstance(sm, Dictionary) and "/G" in sm:
                self.xobject(sm.G, f"{where} SMask")
        for k in ("/CA", "/ca"):
            if k in gs and float(gs[k]) < 1.0:
                self.transparency = True

    def xobject(self, xo, where):
        if not isinstance(xo, Stream) or not self.once(xo):
            return
        self.stream_keys(xo, where)
        sub = s(xo.get("/Subtype", ""))
        if sub == "PS" or "/Subtype2" in xo:
            self.r.err("6.2.9", f"{where}: PostScript XObject forbidden")
        if "/OPI" in xo:
            self.r.err("6.2.9", f"{where}: /OPI forbidden")
        if sub == "Image":
            if "/Alternates" in xo:
                self.r.err("6.2.8", f"{where}: image /Alternates forbidden")
            if bool(xo.get("/Interpolate", False)):
                self.r.err("6.2.8", f"{where}: image /Interpolate true forbidden")
            if "/SMask" in xo:
                self.transparency = True
            if not xo.get("/ImageMask", False):
                self.colorspace(xo.get("/ColorSpace"), where, None)
        elif sub == "Form":
            if "/Ref" in xo:
                self.r.err("6.2.9", f"{where}: reference XObject (/Ref) forbidden")
            g = xo.get("/Group")
            if isinstance(g, Dictionary) and s(g.get("/S", "")) == "Transparency":
                self.transparency = True
                if "/CS" in g:
                    self.colorspace(g.CS, f"{where} group", None)
            self.content(xo, xo.get("/Resources"), where, already=True)

    def content(self, st, res, where, already=False):
        if isinstance(st, Array):  # only reached for odd inputs; pages are passed as pikepdf.Page
            for part in st:
                self.content(part, res, where)
            return
        if not isinstance(st, (Stream, pikepdf.Page)):
            return
        if isinstance(st, Stream) and not already:
            self.stream_keys(st, where)
        self.resources(res, where)
        try:
            ops = pikepdf.parse_content_stream(st)
        except Exception as e:
            self.r.err("6.1", f"{where}: content stream cannot be parsed: {e}")
            return
        depth = 0
        for item in ops:
            if isinstance(item, pikepdf.ContentStreamInlineImage):
                d = item.iimage.obj if hasattr(item, "iimage") else None
                if d is not None and not d.get("/IM", d.get("/ImageMask", False)):
                    self.colorspace(d.get("/CS", d.get("/ColorSpace")), f"{where} inline image", res)
                continue
            op = str(item.operator)
            if op in ("rg", "RG"):
                self.dev("RGB", f"{where} op {op}", res)
            elif op in ("k", "K"):
                self.dev("CMYK", f"{where} op {op}", res)
            elif op in ("g", "G"):
                self.dev("Gray", f"{where} op {op}", res)
            elif op in ("cs", "CS") and item.operands:
                n = item.operands[0]
                if s(n) in ("DeviceRGB", "DeviceCMYK", "DeviceGray"):
                    self.colorspace(n, f"{where} op {op}", res)
            elif op == "q":
                depth += 1
                if depth > 28:
                    self.r.err("6.1.13", f"{where}: q/Q nesting deeper than 28")
            elif op == "Q":
                depth -= 1
            elif op == "ri" and item.operands and s(item.operands[0]) not in (
                    "RelativeColorimetric", "AbsoluteColorimetric", "Perceptual", "Saturation"):
                self.r.err("6.2.6", f"{where}: unknown rendering intent")
            elif op == "d0" or op == "d1":
                pass


def check_action(a, where, r, depth=0):
    if not isinstance(a, Dictionary) or depth > 20:
        return
    t = s(a.get("/S", ""))
    if t in FORBIDDEN_ACTIONS:
        r.err("6.5.1", f"{where}: forbidden action /{t}")
    if t == "Named" and s(a.get("/N", "")) not in ALLOWED_NAMED:
        r.err("6.5.1", f"{where}: named action {s(a.get('/N'))} not allowed")
    nxt = a.get("/Next")
    for n in ([nxt] if isinstance(nxt, Dictionary) else (list(nxt) if isinstance(nxt, Array) else [])):
        check_action(n, where + " /Next", r, depth + 1)


def check_document(pdf, r, oi_space):
    root = pdf.Root
    if "/AA" in root:
        r.err("6.5.2", "catalog /AA (additional actions) forbidden")
    check_action(root.get("/OpenAction"), "catalog /OpenAction", r)
    names = root.get("/Names")
    if isinstance(names, Dictionary):
        if "/JavaScript" in names:
            r.err("6.5.1", "document-level /JavaScript name tree forbidden")
        if "/EmbeddedFiles" in names:
            r.warn("6.8", "embedded files present: each must itself be PDF/A-1 or PDF/A-2")
    af = root.get("/AcroForm")
    if isinstance(af, Dictionary):
        if bool(af.get("/NeedAppearances", False)):
            r.err("6.4.1", "AcroForm /NeedAppearances true forbidden")
        if "/XFA" in af:
            r.err("6.4.2", "AcroForm /XFA forbidden")
    if "/NeedsRendering" in root and bool(root.NeedsRendering):
        r.err("6.4.2", "catalog /NeedsRendering true forbidden")
    ocp = root.get("/OCProperties")
    if isinstance(ocp, Dictionary):
        cfgs = [ocp.get("/D")] + list(ocp.get("/Configs") or [])
        seen_names = set()
        for c in cfgs:
            if not isinstance(c, Dictionary):
                continue
            if "/Name" not in c:
                r.err("6.9", "optional content configuration dictionary without /Name")
            else:
                nm = s(c.Name)
                if nm in seen_names:
                    r.err("6.9", f"optional content configuration name {nm!r} not unique")
                seen_names.add(nm)
            if "/AS" in c:
                r.err("6.9", "optional content configuration must not contain /AS")

    w = Walker(pdf, r, oi_space)
    for i, page in enumerate(pdf.pages, 1):
        pd = page.obj
        where = f"page {i}"
        if "/AA" in pd:
            r.err("6.5.2", f"{where}: page /AA forbidden")
        if "/PresSteps" in pd:
            r.err("6.10", f"{where}: /PresSteps forbidden")
        g = pd.get("/Group")
        page_group_cs = False
        if isinstance(g, Dictionary) and s(g.get("/S", "")) == "Transparency":
            w.transparency = True
            if "/CS" in g:
                page_group_cs = True
                w.colorspace(g.CS, f"{where} group", None)
        before = w.transparency
        w.transparency = False
        res = page.obj.get("/Resources")
        if "/Contents" in pd:
            for part in (pd.Contents if isinstance(pd.Contents, Array) else [pd.Contents]):
                w.stream_keys(part, where)
            w.content(page, res, where, already=True)
        for j, annot in enumerate(pd.get("/Annots") or [], 1):
            aw = f"{where} annot {j}"
            sub = s(annot.get("/Subtype", ""))
            if sub in FORBIDDEN_ANNOTS or sub not in KNOWN_ANNOTS:
                r.err("6.3.1", f"{aw}: annotation subtype {sub} forbidden")
            flags = int(annot.get("/F", 0))
            if sub != "Popup":
                if not flags & 4:
                    r.err("6.3.2", f"{aw} ({sub}): /F must have the Print flag (4) set")
                if flags & (1 | 2 | 32 | 256):
                    r.err("6.3.2", f"{aw} ({sub}): Invisible/Hidden/NoView/ToggleNoView flag set")
            if "/A" in annot:
                check_action(annot.A, aw, r)
            if "/AA" in annot and sub == "Widget":
                r.err("6.5.2", f"{aw}: widget /AA forbidden")
            rect = [float(x) for x in annot.get("/Rect", [0, 0, 0, 0])]
            nonzero = abs(rect[2] - rect[0]) > 0 and abs(rect[3] - rect[1]) > 0
            ap = annot.get("/AP")
            if sub not in ("Popup", "Link") and nonzero:
                if not isinstance(ap, Dictionary) or "/N" not in ap:
                    r.err("6.3.3", f"{aw} ({sub}): appearance stream /AP /N required")
            if isinstance(ap, Dictionary):
                if "/D" in ap or "/R" in ap:
                    r.err("6.3.3", f"{aw}: /AP must contain only /N")
                n = ap.get("/N")
                if isinstance(n, Stream):
                    w.xobject(n, f"{aw} AP")
                elif isinstance(n, Dictionary):
                    for st_name, st in n.items():
                        w.xobject(st, f"{aw} AP {st_name}")
        if w.transparency and not page_group_cs and oi_space is None:
            r.err("6.2.10", f"{where}: uses transparency but has neither a page group /CS nor an OutputIntent")
        w.transparency = w.transparency or before

    for space, where in w.device_used.items():
        if space == "Gray":
            if oi_space is None:
                r.err("6.2.4.3", f"DeviceGray used ({where}) without a PDF/A OutputIntent")
        elif oi_space != space:
            r.err("6.2.4.3", f"Device{space} used ({where}) but the PDF/A OutputIntent is "
                             f"{oi_space or 'missing'} (needs a {space} ICC profile or DefaultXXX colour space)")
    # all streams in the file (cheap catch-all for F/FFilter/LZW)
    for obj in pdf.objects:
        if isinstance(obj, Stream):
            for k in ("/F", "/FFilter", "/FDecodeParms"):
                if k in obj.stream_dict and s(obj.stream_dict.get("/Type", "")) != "EmbeddedFile":
                    r.err("6.1.7.1", f"object {obj.objgen}: stream has {k}")


# ------------------------------------------------------- PDFBox Preflight
PREFLIGHT_CP = ":".join("/usr/share/java/" + j for j in (
    "preflight.jar", "pdfbox2.jar", "fontbox2.jar", "xmpbox.jar", "commons-logging.jar",
    "javax.activation.jar", "jaxb-api.jar"))
# Preflight codes that are PDF/A-1-only restrictions, lifted by PDF/A-2 (or re-checked above)
A1_ONLY_CODES = {"7.11.2",            # pdfaid:part must be 1
                 "2.2", "2.2.1", "2.2.2", "4", "4.1", "4.1.1", "4.1.2", "4.1.3",  # transparency
                 "1.4.8",             # OCProperties (allowed in A-2, checked above)
                 "1.4.7",             # EmbeddedFiles (allowed in A-2 if PDF/A)
                 "3.1.11",            # CIDSet (optional in A-2)
                 "2.1.6",             # ICC profile newer than v2 (v4 allowed in A-2)
                 }
A1_ONLY_MSG = re.compile(r"XRef cross reference streams|JPXDecode|JPX|OpenType|"
                         r"(CreationDate|ModificationDate) present in the document catalog dictionary doesn't match")


def run_preflight(path, r):
    try:
        p = subprocess.run(["java", "-cp", PREFLIGHT_CP, "org.apache.pdfbox.preflight.Validator_A1b",
                            "xml", path], capture_output=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as e:
        r.err("preflight", f"could not run PDFBox Preflight: {e}")
        return
    out = p.stdout
    i = out.find(b"<?xml")
    if i < 0:
        r.err("preflight", "PDFBox Preflight produced no report: " + p.stderr.decode(errors="replace")[-500:])
        return
    rep = etree.fromstring(out[i:], etree.XMLParser(recover=True))
    for e in rep.iter("error"):
        code = (e.findtext("code") or "").strip()
        det = (e.findtext("details") or "").strip()
        if code in A1_ONLY_CODES or A1_ONLY_MSG.search(det):
            continue  # PDF/A-1-only rule (or date check redone by our own Info/XMP check)
        r.err(f"preflight {code}", det)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    path = args[0]
    r = Report()
    try:
        raw = open(path, "rb").read()
        pdf = pikepdf.open(path)
    except Exception as e:
        print(f"ERROR cannot open {path}: {e}", file=sys.stderr)
        return 2
    check_file_structure(raw, pdf, r)
    check_xmp(pdf, r)
    oi = check_output_intents(pdf, r)
    check_document(pdf, r, oi)
    if "--preflight" in argv:
        run_preflight(path, r)
    # de-duplicate
    items = list(dict.fromkeys(r.items))
    if "--json" in argv:
        print(json.dumps({"file": path, "valid": not r.errors,
                          "issues": [{"level": a, "clause": b, "message": c} for a, b, c in items]},
                         indent=1))
    else:
        for lvl, clause, msg in items:
            print(f"{lvl} [{clause}] {msg}")
        n_err = len({i for i in items if i[0] == 'ERROR'})
        print(f"{path}: {'PASS' if not n_err else 'FAIL'} PDF/A-2b ({n_err} errors, "
              f"{len(items) - n_err} warnings)")
    return 0 if not r.errors else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
