package org.opendars.linkage.engine.quality;

import java.util.Locale;

/**
 * An inline SVG drawing in pixel coordinates. Every piece of text goes through {@link Html#escape}, because
 * labels come from users' files and specs.
 */
final class Svg {

    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;
    private final String description;

    Svg(int width, int height, String description) {
        this.width = width;
        this.height = height;
        this.description = description;
    }

    Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
        body.append("<rect x=\"").append(px(x)).append("\" y=\"").append(px(y)).append("\" width=\"")
                .append(px(Math.max(0, w))).append("\" height=\"").append(px(Math.max(0, h)))
                .append("\" fill=\"").append(fill).append('"');
        if (tooltip == null) {
            body.append("/>");
        } else {
            body.append("><title>").append(Html.escape(tooltip)).append("</title></rect>");
        }
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, boolean dashed) {
        body.append("<line x1=\"").append(px(x1)).append("\" y1=\"").append(px(y1)).append("\" x2=\"")
                .append(px(x2)).append("\" y2=\"").append(px(y2)).append("\" stroke=\"").append(stroke)
                .append('"').append(dashed ? " stroke-dasharray=\"4 3\"" : "").append("/>");
        return this;
    }

    /** Text anchored at its start, middle or end ({@code anchor}); {@code cssClass} picks size and colour. */
    Svg text(double x, double y, String text, String anchor, String cssClass) {
        body.append("<text x=\"").append(px(x)).append("\" y=\"").append(px(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" class=\"").append(cssClass).append("\">").append(Html.escape(text))
                .append("</text>");
        return this;
    }

    /** Text cut to fit {@code maxChars}, the whole of it kept as a tooltip. */
    Svg label(double x, double y, String text, String anchor, int maxChars) {
        String shown = text == null ? "" : text;
        if (shown.length() <= maxChars) {
            return text(x, y, shown, anchor, "label");
        }
        body.append("<g><title>").append(Html.escape(shown)).append("</title>");
        text(x, y, shown.substring(0, maxChars - 1) + "\u2026", anchor, "label");
        body.append("</g>");
        return this;
    }

    Svg verticalText(double x, double y, String text) {
        body.append("<text transform=\"translate(").append(px(x)).append(' ').append(px(y))
                .append(") rotate(-90)\" text-anchor=\"middle\" class=\"axis-title\">").append(Html.escape(text))
                .append("</text>");
        return this;
    }

    @Override
    public String toString() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + ' ' + height + "\" role=\"img\" aria-label=\""
                + Html.escape(description) + "\">" + body + "</svg>";
    }

    private static String px(double value) {
        return String.format(Locale.ROOT, "%.1f", Double.isFinite(value) ? value : 0);
    }
}
