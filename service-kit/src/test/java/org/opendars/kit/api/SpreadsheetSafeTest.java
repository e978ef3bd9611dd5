package org.opendars.kit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpreadsheetSafeTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://x\",\"click\")", "'=HYPERLINK(\"http://x\",\"click\")"),
                Arguments.of("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
                Arguments.of("@SUM(1)", "'@SUM(1)"),
                Arguments.of("\tx", "'\tx"),
                Arguments.of("\rx", "'\rx"),
                Arguments.of("-A1", "'-A1"),
                Arguments.of("-", "-"),
                Arguments.of("- x", "'- x"),
                Arguments.of("-12.5", "-12.5"),
                Arguments.of("-1", "-1"),
                Arguments.of("STUDY-001", "STUDY-001"),
                Arguments.of("1950-03-02", "1950-03-02"),
                Arguments.of("a=b", "a=b"),
                Arguments.of("", ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cells")
    void neutralisesCellsASpreadsheetWouldEvaluateAndNothingElse(String cell, String expected) {
        assertThat(SpreadsheetSafe.cell(cell)).isEqualTo(expected);
    }
}
