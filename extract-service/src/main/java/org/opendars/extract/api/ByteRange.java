package org.opendars.extract.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One byte range of an HTTP {@code Range} header (RFC 9110), inclusive at both ends. */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    static ByteRange whole(long size) {
        return new ByteRange(0, size - 1);
    }

    long length() {
        return last - first + 1;
    }

    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** A single range this service could have served: answered 416 when it lies outside the file. */
    static boolean isSingle(String header) {
        if (header == null) {
            return false;
        }
        Matcher matcher = SINGLE.matcher(header.trim());
        return matcher.matches() && !(matcher.group(1).isEmpty() && matcher.group(2).isEmpty())
                && !(!matcher.group(1).isEmpty() && !matcher.group(2).isEmpty()
                        && Long.parseLong(matcher.group(2)) < Long.parseLong(matcher.group(1)));
    }

    /**
     * The satisfiable range the header asks for, or empty: for no header, for one this service does not serve
     * (several ranges or another unit, answered with the whole file as the RFC allows), or for an unsatisfiable one.
     */
    static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = SINGLE.matcher(header.trim());
        if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            return Optional.empty();
        }
        if (matcher.group(1).isEmpty()) {
            long suffix = Long.parseLong(matcher.group(2));
            return suffix == 0 || size == 0 ? Optional.empty()
                    : Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = Long.parseLong(matcher.group(1));
        long last = matcher.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(matcher.group(2)), size - 1);
        return first >= size || last < first ? Optional.empty() : Optional.of(new ByteRange(first, last));
    }
}
