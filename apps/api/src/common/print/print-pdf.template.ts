/**
 * The Typst template of every printed PDF. It reads everything it prints
 * from `sys.inputs.data` (JSON, a `Printout`): user text reaches Typst only
 * as string values, placed as text — never parsed as markup, so nothing
 * needs escaping.
 */
export const PRINT_PDF_TEMPLATE = String.raw`
#let data = json(bytes(sys.inputs.data))
#set document(title: data.title, author: data.authors, keywords: data.keywords, date: auto)
#set page(paper: "a4", margin: (x: 2.2cm, y: 2.4cm), numbering: "1 / 1", footer: context [
  #set text(size: 8pt, fill: luma(90))
  #data.footer #h(1fr) #counter(page).display("1 / 1", both: true)
])
#set text(font: ("Noto Sans", "Noto Naskh Arabic"), size: 10pt, lang: data.lang)
#set par(justify: false, leading: 0.6em)
#show heading: set block(above: 1.2em, below: 0.6em)
// A row is read whole: it moves to the next page rather than splitting across two.
#set table.cell(breakable: false)

// A long unbroken token (a SHA-256, a URL) may break in a narrow cell: a break opportunity every 16 characters.
// The break is an empty box, not a zero-width space in the text: with U+200B, Typst's text layer gave the
// glyph before it (a "9") that character, and every "9" of the hash came back as a space when copied.
#let breakable(value) = value.split(" ").map(word => {
  let clusters = word.clusters()
  if clusters.len() <= 16 { word } else { range(0, clusters.len(), step: 16).map(i => clusters.slice(i, calc.min(i + 16, clusters.len())).join()).join(box(width: 0pt)) }
}).join(" ")

// A cell's tone, light enough to print in black and white (its words say the same).
#let tone-fill(cell) = {
  let tone = cell.at("tone", default: none)
  if tone == "agree" { rgb("#e6f4ea") } else if tone == "divided" { rgb("#fdecea") } else { none }
}

#let para(block) = {
  if block.rtl { set text(dir: rtl); par(block.text) } else { par(block.text) }
}

#for block in data.blocks {
  if block.type == "title" {
    text(size: 17pt, weight: "bold", block.text)
    v(0.4em)
  } else if block.type == "heading" {
    heading(level: block.level, block.text)
  } else if block.type == "paragraph" {
    para(block)
  } else if block.type == "quote" {
    pad(left: 1.2em, if block.rtl { set text(dir: rtl, fill: luma(40)); par(block.text) } else { set text(fill: luma(40)); par(block.text) })
  } else if block.type == "facts" {
    table(
      columns: (auto, 1fr),
      stroke: 0.4pt + luma(180),
      inset: 5pt,
      ..block.rows.map(row => (
        text(weight: "bold", row.label),
        if row.rtl { set text(dir: rtl); row.value } else { row.value },
      )).flatten()
    )
  } else if block.type == "table" {
    table(
      columns: block.headers.len(),
      stroke: 0.4pt + luma(180),
      inset: 4pt,
      table.header(..block.headers.map(header => text(weight: "bold", size: 9pt, header))),
      ..block.rows.map(row => row.map(cell => table.cell(fill: tone-fill(cell), {
        set text(size: 9pt)
        if cell.rtl { set text(dir: rtl); breakable(cell.text) } else { breakable(cell.text) }
      }))).flatten()
    )
  } else if block.type == "notice" {
    rect(width: 100%, inset: 8pt, stroke: 0.6pt + luma(120), fill: luma(245))[
      #for line in block.lines [#line \
      ]
    ]
  }
}
`;
