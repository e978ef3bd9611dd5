package org.opendars.linkage.engine.quality;

import java.util.Locale;

/** Escaping and the number formats of the HTML quality report. */
final class Html {

    private Html() {
    }

    /**
     * Text safe in element content and in quoted attributes. Control characters, which HTML does not allow and
     * a CSV file can hold, become the replacement character.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' || c == 0x7f ? '\ufffd' : c);
            }
        }
        return out.toString();
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A fraction as a percentage, with more digits for the small rates that matter in linkage. */
    static String percent(Double fraction) {
        if (fraction == null || !Double.isFinite(fraction)) {
            return "n/a";
        }
        double percent = fraction * 100;
        if (percent == 0 || percent == 100) {
            return String.format(Locale.ROOT, "%.0f%%", percent);
        }
        if (Math.abs(percent) < 0.01) {
            return "<0.01%";
        }
        if (percent > 99.99 && percent < 100) {
            return ">99.99%";
        }
        boolean fine = Math.abs(percent) < 1 || percent > 99;
        return String.format(Locale.ROOT, fine ? "%.2f%%" : "%.1f%%", percent);
    }

    /** A match weight in bits, signed so that rising and falling read at a glance. */
    static String weight(double bits) {
        if (Double.isNaN(bits)) {
            return "n/a";
        }
        if (Double.isInfinite(bits)) {
            return bits > 0 ? "+\u221e" : "\u2212\u221e";
        }
        return String.format(Locale.ROOT, "%+.2f", bits);
    }

    /** A probability, in scientific notation when it is too small for four decimals. */
    static String probability(double p) {
        if (!Double.isFinite(p)) {
            return "n/a";
        }
        if (p != 0 && p < 0.0001) {
            return String.format(Locale.ROOT, "%.1e", p);
        }
        return String.format(Locale.ROOT, "%.4f", p);
    }

    static String millis(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }
}
