package org.opendars.linkage.engine.quality;

/** The style sheet of the HTML quality report, inlined so that the page needs nothing else. */
final class ReportStyle {

    static final String CSS = """
            body { margin: 0; background: #fff; color: #1a202c;
                   font: 14px/1.45 system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
            main { max-width: 980px; margin: 0 auto; padding: 20px 16px 40px; }
            h1 { font-size: 24px; margin: 0 0 4px; }
            h2 { font-size: 18px; margin: 28px 0 6px; padding-bottom: 4px; border-bottom: 2px solid #e2e8f0; }
            h3 { font-size: 14px; margin: 16px 0 2px; color: #2d3748; }
            .subtitle { color: #4a5568; margin: 0 0 12px; }
            .unavailable { background: #fffbeb; border: 1px solid #f6e05e; border-radius: 6px; padding: 8px 12px; }
            .caption { color: #4a5568; margin: 4px 0 8px; max-width: 900px; }
            .note { color: #4a5568; font-size: 13px; }
            .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; }
            .cards.truth { grid-template-columns: repeat(3, 1fr); }
            .card { border: 1px solid #e2e8f0; border-radius: 6px; padding: 8px 12px; background: #f7fafc; }
            .card .value { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
            .card .label { color: #2d3748; font-size: 13px; }
            .card .detail { color: #718096; font-size: 12px; }
            figure { margin: 6px 0 10px; }
            svg { display: block; max-width: 100%; height: auto; }
            svg .label { font-size: 12px; fill: #2d3748; }
            svg .axis { font-size: 11px; fill: #4a5568; }
            svg .axis-title { font-size: 12px; font-weight: 600; fill: #2d3748; }
            svg .value { font-size: 12px; fill: #1a202c; font-variant-numeric: tabular-nums; }
            svg .inside { font-size: 12px; font-weight: 600; fill: #fff; }
            .legend { font-size: 12px; color: #2d3748; }
            .legend .item { white-space: nowrap; margin-right: 8px; }
            .swatch { display: inline-block; width: 12px; height: 12px; margin: 0 5px -1px 0; border-radius: 2px; }
            .swatch.threshold { height: 0; width: 16px; border-top: 2px dashed #c53030; border-radius: 0;
                                margin-bottom: 3px; }
            table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
            th, td { border-bottom: 1px solid #e2e8f0; padding: 4px 10px; text-align: left; vertical-align: top; }
            th { background: #f7fafc; }
            .cause { white-space: nowrap; }
            .num { white-space: nowrap; text-align: right; font-variant-numeric: tabular-nums; }
            details { border: 1px solid #e2e8f0; border-radius: 6px; margin: 8px 0; padding: 6px 10px; }
            details[open] { background: #fcfcfd; }
            summary { cursor: pointer; font-weight: 600; }
            summary code { font-size: 13px; background: #edf2f7; padding: 0 4px; border-radius: 3px; }
            .why { display: inline-block; font-size: 12px; padding: 1px 6px; border-radius: 10px; color: #fff; }
            .why.doubtful { background: #b7791f; }
            .why.missed { background: #c53030; }
            """;

    private ReportStyle() {
    }
}
