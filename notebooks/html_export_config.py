# Configuration for exporting these notebooks to HTML:
#   jupyter nbconvert --to html --config notebooks/html_export_config.py notebooks/<name>.ipynb
#
# nbconvert's HTML export cleans inline SVG down to its text, so a chart shown as SVG comes out
# blank. Charts made with `chart(spec, { png: true })` also carry a PNG; this file makes the export
# prefer it, so the page shows every chart.
c = get_config()  # noqa: F821 (provided by traitlets when the file is loaded as configuration)
c.NbConvertBase.display_data_priority = [
    'text/html', 'application/pdf', 'text/latex', 'image/png', 'image/jpeg', 'image/svg+xml', 'text/markdown', 'text/plain',
]
