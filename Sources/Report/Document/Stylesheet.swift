/// The report's one inline stylesheet: a single readable column on a phone,
/// two columns of figures on a projector, black on white on paper; a
/// section menu that stays at the top of the screen (`position: sticky`).
/// No text is smaller than 12 px; a figure stops shrinking where its text
/// would render under 11 px and scrolls inside its card instead. CSS only;
/// the report runs no script.
enum Stylesheet {
  /// The CSS, without `<` or `&` so the document stays well-formed XML.
  static let css = """
    :root{--ink:#1b1f24;--muted:#5b6470;--rule:#d9dee4;--paper:#ffffff;--wash:#f4f6f8;\
    --good:#1a7f37;--bad:#c0362c;--accent:#0072B2}
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
    body{margin:0;background:var(--wash);color:var(--ink);\
    font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",sans-serif}
    main{max-width:1200px;margin:0 auto;padding:12px}
    header.masthead{background:var(--ink);color:#fff;padding:20px 16px}
    header.masthead .inner{max-width:1200px;margin:0 auto}
    header.masthead h1{margin:0 0 4px;font-size:1.6rem;line-height:1.2}
      .masthead .notice{background:#fff3cd;color:#1b1f24;border-radius:6px;padding:8px 12px;font-weight:600;margin:0 0 10px}
    header.masthead p{margin:4px 0;color:#d6dbe1}
    .verdict{display:inline-block;margin-top:8px;padding:2px 10px;border-radius:999px;font-weight:600}
    .verdict.pass{background:var(--good);color:#fff}
    .verdict.fail{background:var(--bad);color:#fff}
    nav.sections{position:sticky;top:0;z-index:10;background:#2b323b;border-bottom:1px solid #000;\
    overflow-x:auto;white-space:nowrap;-webkit-overflow-scrolling:touch}
    nav.sections .inner{max-width:1200px;margin:0 auto;padding:0 8px;display:flex;gap:2px}
    nav.sections a{display:inline-block;padding:9px 8px;color:#fff;font-size:.9rem;font-weight:600;\
    text-decoration:none}
    nav.sections a:hover,nav.sections a:focus{background:#0072B2}
    section{scroll-margin-top:52px}
    .reading{margin:0 0 10px;padding:5px 10px;border-left:4px solid var(--accent);background:#eef5fb;\
    font-weight:600}
    details{margin:8px 0 0}
    summary{cursor:pointer;color:#0b5394;font-weight:600;padding:4px 0}
    details[open]>summary{margin-bottom:6px}
    .aside h3{margin-top:12px}
    ul.nearest{margin:4px 0 0;padding:0 0 0 1.1em;font-size:.95rem}
    ul.nearest li{margin:0 0 6px}
    ul.scorecard{list-style:none;margin:4px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
    ul.scorecard li{padding:2px 8px;border-radius:4px;font-size:.95rem;font-weight:600}
    ul.scorecard li.ok{background:#e6f4ea}
    ul.scorecard li.no{background:#fbeae8}
    section{background:var(--paper);border:1px solid var(--rule);border-radius:10px;\
    padding:12px 16px;margin:12px 0}
    section h2{margin:0 0 6px;font-size:1.3rem}
    section h3{margin:14px 0 4px;font-size:1.05rem}
    .lede{color:var(--muted);margin:0 0 8px;font-size:.95rem}
    .grid{display:grid;grid-template-columns:minmax(0,1fr);gap:14px}
    .grid>*{min-width:0}
    figure{margin:0;min-width:0}
    figure.wide{max-width:900px}
    figure.narrow{max-width:760px}
    figcaption{color:var(--muted);font-size:.88rem;margin-top:4px}
    figcaption p{margin:6px 0 0}
    figcaption h3{color:var(--ink)}
    figure.side figcaption .legend{margin-top:0}
    svg{display:block;width:100%;height:auto}
    .chart svg{margin:0}
    svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",sans-serif}
    .card{border:1px solid var(--rule);border-radius:8px;padding:10px 12px;background:#fff}
    .card h3{margin-top:0}
    ul.beliefs{list-style:none;margin:0;padding:0}
    ul.beliefs li{padding:5px 0;border-bottom:1px solid var(--rule);display:flex;gap:8px;\
    justify-content:space-between;align-items:baseline}
    ul.beliefs li:last-child{border-bottom:0}
    .sure{flex:none;font-variant-numeric:tabular-nums;color:var(--muted);font-size:.9rem}
    .meter{display:inline-block;width:56px;height:8px;background:var(--rule);border-radius:4px;\
    vertical-align:middle;margin-right:6px;overflow:hidden}
    .meter i{display:block;height:100%;background:var(--accent)}
    .legend{display:flex;flex-wrap:wrap;gap:4px 12px;font-size:.85rem;color:var(--muted);margin:6px 0 0;\
    padding:0;list-style:none}
    .legend .swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:4px;\
    vertical-align:-1px}
    .legend .swatch.round{border-radius:50%;border:1px solid #9aa3ad}
    .legend .swatch.diamond{transform:rotate(45deg) scale(.85);border:1px solid #fff}
    .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
    table{border-collapse:collapse;width:100%;font-size:.93rem}
    .caveat{display:block;color:var(--muted);font-size:.85rem}
    dl.glossary dt{font-weight:600;margin-top:10px}
    dl.glossary dd{margin:2px 0 0 0}
    th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--rule);vertical-align:top}
    thead th{font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;color:var(--muted)}
    tbody th{font-weight:600;white-space:nowrap}
    td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
    .ok{color:var(--good);font-weight:700}
    .no{color:var(--bad);font-weight:700}
    .evidence{color:var(--muted);font-size:.85rem}
    ol.expectations{list-style:none;margin:0;padding:0}
    ol.expectations li{padding:8px 0;border-bottom:1px solid var(--rule)}
    ol.expectations li:last-child{border-bottom:0}
    .badge{display:inline-block;min-width:3.4em;text-align:center;padding:1px 6px;border-radius:4px;\
    font-weight:700;font-size:.8rem;color:#fff;margin-right:6px}
    .badge.pass{background:var(--good)}
    .badge.fail{background:var(--bad)}
    .found,.where{display:block;color:var(--muted);font-size:.85rem}
    .posters{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:12px}
    .posters .chart{display:flex;justify-content:center}
    .posters svg{max-width:170px!important}
    .posters figure{text-align:center}
    .posters figcaption{color:var(--ink)}
    ul.holdings{margin:6px 0 0;padding:0 0 0 1.1em}
    ul.holdings li{margin:0 0 8px;overflow-wrap:anywhere}
    .block{display:block}
    .evidence.block{margin-top:2px}
    .card.linkage{border-color:var(--bad)}
    .card.linkage h3{color:var(--bad)}
    footer{color:var(--muted);font-size:.85rem;text-align:center;padding:10px 12px 24px}
    @media (max-width:640px){
      table.truth thead{display:none}
      table.truth,table.truth tbody,table.truth tr,table.truth th,table.truth td{display:block;width:auto}
      table.truth tr{border:1px solid var(--rule);border-radius:8px;margin:0 0 10px;padding:6px 10px}
      table.truth th,table.truth td{border:0;padding:2px 0}
      table.truth th{font-size:1.05rem}
      table.truth td::before{content:attr(data-label) ": ";color:var(--muted);font-size:.85rem}
      ul.beliefs li{flex-direction:column;gap:0}
      /* The flow diagram stops shrinking at 356 px (its 11 px labels); on a
         phone it takes most of the card's side padding so it fits a 390 px
         screen whole instead of scrolling its last 24 px inside the card. */
      #flows .scroll.chart{margin:0 -14px}
    }
    @media (min-width:800px){
      body{font-size:17px}
      main{padding:16px 24px}
      header.masthead{padding:20px 24px}
      header.masthead h1{font-size:1.9rem}
      .grid.two{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}
      .grid.three{grid-template-columns:minmax(0,1fr) minmax(0,1fr) minmax(0,1fr)}
      .grid.map{grid-template-columns:minmax(0,3fr) minmax(0,2fr);align-items:start}
      figure.side{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px;align-items:start}
      figure.side>figcaption{margin-top:0}
    }
    @media (min-width:1200px){
      body{font-size:17px}
      main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);column-gap:16px;row-gap:12px}
      main>*{grid-column:1/-1}
      main>section,main>.half>section{margin:0}
      main>.half{grid-column:auto;display:flex}
      main>.half>section{flex:1;min-width:0}
      main>.half figure.side{display:block}
    }
    @media print{
      body{background:#fff;font-size:11pt}
      header.masthead{background:#fff;color:#000;border-bottom:2px solid #000;padding:0 0 8px}
      header.masthead p{color:#000}
      nav.sections{display:none}
      main{max-width:none;padding:0}
      section{border:0;border-top:1px solid #999;border-radius:0;padding:8px 0;break-inside:avoid-page}
      figure,tr,.card,ol.expectations li{break-inside:avoid}
      .scroll{overflow:visible}
      .verdict,.badge{border:1px solid #000}
      a{color:#000;text-decoration:none}
    }
    """
}
