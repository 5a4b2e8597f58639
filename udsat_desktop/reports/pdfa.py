"""PDF/A for the documents that are filed: summaries and access logs (PDF/A-2b), meeting
packets (PDF/A-3b, which allows the signed originals attached to them).

`to_pdfa` is a post-processing step on the bytes ReportLab or pypdf wrote, run *before*
signing so that the signature covers the PDF/A file:
- XMP metadata mirroring the document information dictionary, with the PDF/A identification;
- an sRGB OutputIntent (`resources/icc/sRGB.icc`, from Debian's icc-profiles-free, zlib licence);
- conforming stream syntax: ReportLab writes no end-of-line before `endstream`; qpdf (through
  pikepdf) rewrites the file with one, copying the compressed streams as they are (no decoding,
  which keeps this step at a few milliseconds);
- for PDF/A-3, each attached file gets the /AFRelationship, /UF, MIME type and /Params the
  standard asks for and is listed in the catalog's /AF.

Fonts are already embedded (DejaVu, see pdf.py). pyHanko keeps the XMP in step with the
information dictionary when it signs, co-signs or timestamps (incremental updates), so later
revisions stay conforming.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zlib
from functools import cache
from html import escape as _html_escape
from typing import Any


def escape(text: str) -> str:
    """&, < and > as XML entities (xml.sax.saxutils.escape, without its import cost: it
    loads urllib and ssl)."""
    return _html_escape(text, quote=False)


SRGB = "sRGB IEC61966-2.1"


@cache
def _icc_profile() -> bytes:
    """The sRGB profile, Flate-compressed once."""
    from importlib import resources  # tempfile, shutil, bz2, lzma: not at verification's start

    return zlib.compress(
        (resources.files("udsat_desktop.resources") / "icc" / "sRGB.icc").read_bytes(), 9
    )


_PDF_DATE = re.compile(
    r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?"
    r"(?:([Zz+\-])(\d{2})?'?(\d{2})?'?)?"
)


def _xmp_date(value: str) -> str | None:
    """A PDF date string (D:YYYYMMDDHHmmSS+HH'mm') as an XMP (ISO 8601) date."""
    m = _PDF_DATE.match(value.strip())
    if not m:
        return None
    year, month, day, hour, minute, second, sign, tzh, tzm = m.groups()
    text = f"{year}-{month or '01'}-{day or '01'}T{hour or '00'}:{minute or '00'}:{second or '00'}"
    if sign in ("Z", "z") or (sign in ("+", "-") and not tzh):
        return text + "Z"
    if sign:
        return f"{text}{sign}{tzh}:{tzm or '00'}"
    return text


def _xmp(info: dict[str, str], part: int, conformance: str, ua: bool = False) -> bytes:
    """The XMP packet: Dublin Core, XMP basic and Adobe PDF properties with the same values as
    the information dictionary (PDF/A requires them to agree), plus the PDF/A identification."""
    props = []
    if "/Title" in info:
        props.append(
            '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">'
            f"{escape(info['/Title'])}</rdf:li></rdf:Alt></dc:title>"
        )
    if "/Author" in info:
        props.append(
            f"<dc:creator><rdf:Seq><rdf:li>{escape(info['/Author'])}"
            "</rdf:li></rdf:Seq></dc:creator>"
        )
    if "/Subject" in info:
        props.append(
            '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
            f"{escape(info['/Subject'])}</rdf:li></rdf:Alt></dc:description>"
        )
    if "/Creator" in info:
        props.append(f"<xmp:CreatorTool>{escape(info['/Creator'])}</xmp:CreatorTool>")
    for key, prop in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
        when = _xmp_date(info.get(key, ""))
        if when:
            props.append(f"<{prop}>{when}</{prop}>")
    if "/Producer" in info:
        props.append(f"<pdf:Producer>{escape(info['/Producer'])}</pdf:Producer>")
    if "/Keywords" in info:
        props.append(f"<pdf:Keywords>{escape(info['/Keywords'])}</pdf:Keywords>")
    body = "\n".join(props)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
        'xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"'
        + (' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"' if ua else "")
        + ">\n"
        + ("<pdfuaid:part>1</pdfuaid:part>\n" if ua else "")
        + f"<pdfaid:part>{part}</pdfaid:part>\n"
        f"<pdfaid:conformance>{conformance}</pdfaid:conformance>\n"
        f"{body}\n"
        "</rdf:Description>\n" + (_PDFUA_SCHEMA if ua else "") + "</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()


# PDF/A (6.6.2.3) accepts only the predefined XMP schemas unless a schema is described in the
# packet itself: the PDF/UA identification is not predefined
_PDFUA_SCHEMA = (
    '<rdf:Description rdf:about="" '
    'xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" '
    'xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" '
    'xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">\n'
    '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">\n'
    "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
    "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
    "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
    '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">\n'
    "<pdfaProperty:name>part</pdfaProperty:name>\n"
    "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
    "<pdfaProperty:category>internal</pdfaProperty:category>\n"
    "<pdfaProperty:description>Part of ISO 14289 followed</pdfaProperty:description>\n"
    "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
    "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
    "</rdf:Description>\n"
)


def to_pdfa(
    pdf: bytes, *, part: int = 2, conformance: str = "B", ua: bool = False, lang: str = "da-DK"
) -> bytes:
    """The same document as PDF/A-`part``conformance` (2B for summaries and access logs, 3B
    for meeting packets with attachments), in its language (/Lang), with its title shown in
    a viewer's title bar (DisplayDocTitle). `ua`: the file is also identified as PDF/UA-1
    (the tagged access log)."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        info = doc.trailer.get("/Info")
        values: dict[str, str] = {}
        if info is not None:
            if "/Trapped" in info:  # PDF/A wants it mirrored in XMP or absent; nothing traps
                del info["/Trapped"]
            for key in (
                "/Title",
                "/Author",
                "/Subject",
                "/Keywords",
                "/Creator",
                "/Producer",
                "/CreationDate",
                "/ModDate",
            ):
                if key in info:
                    values[key] = str(info[key])
        doc.Root.Metadata = doc.make_stream(
            _xmp(values, part, conformance, ua), Type=Name.Metadata, Subtype=Name.XML
        )
        if "/Lang" not in doc.Root:
            doc.Root.Lang = String(lang)
        preferences = doc.Root.get("/ViewerPreferences") or Dictionary()
        preferences.DisplayDocTitle = True
        doc.Root.ViewerPreferences = preferences
        profile = doc.make_stream(b"", N=3)
        profile.write(_icc_profile(), filter=Name.FlateDecode)  # already compressed
        doc.Root.OutputIntents = Array(
            [
                doc.make_indirect(
                    Dictionary(
                        Type=Name.OutputIntent,
                        S=Name.GTS_PDFA1,
                        OutputConditionIdentifier=SRGB,
                        Info=SRGB,
                        DestOutputProfile=profile,
                    )
                )
            ]
        )
        if part >= 3:
            _associate_attachments(doc)
        out = io.BytesIO()
        # streams are copied as they are (no decoding and recompressing): qpdf still writes
        # the end-of-line before every `endstream` that ReportLab leaves out
        doc.save(
            out,
            stream_decode_level=pikepdf.StreamDecodeLevel.none,
            compress_streams=False,
            object_stream_mode=pikepdf.ObjectStreamMode.disable,
            fix_metadata_version=False,
            # the version PDF/A-2 and -3 are based on, in the header, so that signing
            # (which needs 1.7 for PAdES) does not have to raise it in the catalog
            min_version="1.7",
        )  # our XMP is complete; no re-parse of it
    return out.getvalue()


def _associate_attachments(doc: Any) -> None:
    """PDF/A-3 (6.8): every embedded file is associated with the document (/AF) and says what
    it is (/AFRelationship, /Subtype MIME type, /Params /ModDate) under a Unicode name (/UF)."""
    from pikepdf import Array, Dictionary, Name, String

    now = "D:" + dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%SZ")
    specs = []
    for name, spec_obj in doc.attachments.items():
        spec = spec_obj.obj
        spec.UF = String(name)
        spec.F = String(name)
        spec.AFRelationship = Name.Source
        spec.Desc = String("Underskrevet original (PAdES)")
        stream = spec.EF.F
        if name.lower().endswith(".pdf"):
            stream.Subtype = Name("/application/pdf")
        params = stream.get("/Params") or Dictionary()
        params.ModDate = String(now)
        if "/Size" not in params:
            params.Size = len(stream.read_bytes())
        stream.Params = params
        specs.append(spec)
    if specs:
        doc.Root.AF = Array(specs)


def keep_conformance(writer: object) -> None:
    """Prepare pyHanko's incremental writer so that the revision it appends (a signature, a
    co-signature, validation data, a document timestamp) keeps a PDF/A file conforming.

    pyHanko updates the XMP together with the information dictionary, but (1) it appends
    "pyHanko x.y" to the dictionary's /Producer while XMP gets "pyHanko x.y" alone, and PDF/A
    wants the two equal; (2) it declares the Dublin Core namespace on each property instead of
    on rdf:Description, which is valid RDF but which PDFBox's XMP parser does not read. Both
    are settled here: /Producer is set to pyHanko's own value (so it stays unchanged), and the
    metadata stream is replaced by one that declares every namespace on rdf:Description.
    Files without XMP (not PDF/A) are left alone."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.metadata.model import VENDOR
    from pyhanko.pdf_utils.metadata.xmp_xml import MetadataStream

    assert isinstance(writer, IncrementalPdfFileWriter)
    if "/Metadata" not in writer.root:
        return
    old = writer.root["/Metadata"]
    if not isinstance(old, MetadataStream):
        return

    class _HoistedMetadata(MetadataStream):
        def _reserialise(self) -> bytes:
            self._data = _hoist_namespaces(super()._reserialise())
            return self._data

    writer.root["/Metadata"] = writer.add_object(_HoistedMetadata(stream_data=old.data))
    writer.update_root()  # type: ignore[no-untyped-call]
    info_ref = writer.trailer.raw_get("/Info") if "/Info" in writer.trailer else None
    if info_ref is not None:
        info = info_ref.get_object()
        if info.get("/Producer") != VENDOR:
            info["/Producer"] = generic.TextStringObject(VENDOR)
            writer.update_container(info)


_XMP_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
}


def _hoist_namespaces(packet: bytes) -> bytes:
    from lxml import etree

    head, sep, rest = packet.partition(b"<x:xmpmeta")
    body, sep2, tail = rest.rpartition(b"</x:xmpmeta>")
    if not sep or not sep2:
        return packet
    root = etree.fromstring(sep + body + sep2)
    rdf = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
    for rdf_root in root.iter(f"{rdf}RDF"):
        for description in rdf_root.findall(f"{rdf}Description"):
            used = {
                k: v
                for k, v in _XMP_NS.items()
                if any(
                    isinstance(e.tag, str) and e.tag.startswith("{" + v + "}")
                    for e in description.iter()
                )
                or any(a.startswith("{" + v + "}") for a in description.attrib)
            }
            etree.cleanup_namespaces(description, top_nsmap=used)
    return bytes(head + etree.tostring(root, encoding="utf-8") + tail)
