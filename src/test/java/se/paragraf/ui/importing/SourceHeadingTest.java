package se.paragraf.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.IndexRange;
import org.junit.jupiter.api.Test;

class SourceHeadingTest {
    private static final String TEXT = "Paragrafer   1-12\r\n"
            + "Beredning: Finansutskottet den 7 maj 2025, § 3\r\n"
            + "     KS § 3 a      DNR:KF/2006.203\r\n"
            + "KS § 3\r\n";

    @Test
    void findsTheHeadingLineWithoutIndentationOrLineEnd() {
        assertThat(heading("3 a")).isEqualTo("KS § 3 a      DNR:KF/2006.203");
        assertThat(heading("3")).isEqualTo("KS § 3");
    }

    @Test
    void aRangeOnTheCoverIsNoHeadingAndAnUnknownNumberIsNotFound() {
        assertThat(SourceHeading.find("§§ 1-12\n§ 12 Sista", "1")).isEmpty();
        assertThat(SourceHeading.find(TEXT, "99")).isEmpty();
    }

    private static String heading(String number) {
        IndexRange range = SourceHeading.find(TEXT, number).orElseThrow();
        return TEXT.substring(range.getStart(), range.getEnd());
    }
}
