package org.opendars.extract.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteRangeTest {

    @ParameterizedTest(name = "{0} of 1000 bytes -> {1}")
    @CsvSource(nullValues = "none", value = {
            "bytes=0-99, 0-99, false",
            "bytes=100-, 100-999, false",
            "bytes=-100, 900-999, false",
            "bytes=900-5000, 900-999, false",
            "bytes=-5000, 0-999, false",
            "bytes=1000-, none, true",
            "bytes=5-2, none, false",
            "bytes=-, none, false",
            "bytes=-0, none, true",
            "'bytes=0-1,5-9', none, false",
            "items=0-9, none, false",
            "bytes=abc, none, false" })
    void readsASingleRangeAndKnowsWhichOnesCannotBeServed(String header, String expected, boolean unsatisfiable) {
        assertThat(ByteRange.parse(header, 1000).map(r -> r.first() + "-" + r.last()).orElse(null)).isEqualTo(expected);
        assertThat(ByteRange.parse(header, 1000).isEmpty() && ByteRange.isSingle(header)).isEqualTo(unsatisfiable);
    }
}
