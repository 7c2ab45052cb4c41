extension HTMLRenderer {
    /// The embedded CSS: screen first, then `@media print` for A4 portrait.
    ///
    /// Fonts are generic families with the usual Chinese faces named first; nothing is
    /// loaded from the network. Figures use tabular digits and do not wrap; names may.
    static let stylesheet = """
    :root { --blue: #4e79a7; --red: #e15759; --grey: #6b6b6b; }
    html { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
    body { margin: 0; color: #1a1a1a; background: #fff; line-height: 1.55; }
    main { max-width: 182mm; margin: 0 auto; padding: 8mm 6mm; }
    h1 { font-size: 18pt; margin: 0 0 2mm; }
    h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #bbb; padding-bottom: 1mm; }
    h3 { font-size: 11pt; margin: 4mm 0 1.5mm; }
    p, li { font-size: 9.5pt; margin: 1.2mm 0; }
    ul { padding-left: 5mm; margin: 1mm 0; }
    a { color: inherit; text-decoration: underline; text-decoration-color: #999; }
    strong { font-weight: 700; }
    table { width: 100%; border-collapse: collapse; margin: 2mm 0 3mm; font-size: 9pt; table-layout: auto; }
    th, td { border: 1px solid #c8c8c8; padding: 0.8mm 1.5mm; vertical-align: top; overflow-wrap: anywhere; }
    th { background: #f0f0f0; font-weight: 700; text-align: center; min-width: 2.6em; }
    td.r { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.c { text-align: center; white-space: nowrap; }
    td.l { text-align: left; }
    td.empty { color: var(--grey); }
    tr.total td { font-weight: 700; background: #fafafa; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; }
    figure.chart { margin: 2mm 0 4mm; break-inside: avoid; }
    figure.chart svg { display: block; max-width: 100%; height: auto; }
    figcaption { font-size: 8.5pt; color: var(--grey); }
    .headlines { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 3mm 0; }
    .headline { border: 1px solid #c8c8c8; border-top: 3px solid var(--blue); padding: 1.5mm 2.5mm; break-inside: avoid; }
    .headline h3 { margin: 0 0 1mm; }
    .headline dl { margin: 0; }
    .headline dt { font-size: 8.5pt; color: var(--grey); }
    .headline dd { margin: 0 0 0.8mm; font-size: 11pt; font-weight: 700; font-variant-numeric: tabular-nums; }
    .headline dd a { text-decoration: none; }
    .headline dd.alert { color: var(--red); }
    .headline .change { font-size: 8.5pt; font-weight: 400; color: var(--grey); }
    .page-break { height: 0; }
    @page { size: A4 portrait; margin: 14mm 14mm 16mm; }
    @media print {
      main { max-width: none; padding: 0; }
      table { font-size: 8.5pt; margin: 1.5mm 0 2.5mm; }
      th, td { padding: 0.5mm 1.2mm; line-height: 1.35; }
      figure.chart svg { max-height: 120mm; width: auto; }
      h2, h3 { break-after: avoid; }
      .page-break { break-before: page; }
      a { text-decoration: none; }
    }

    """
}
