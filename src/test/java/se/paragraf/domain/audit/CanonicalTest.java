package se.paragraf.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CanonicalTest {
    record Person(String name, String party, List<String> roles, boolean chair, Optional<LocalDate> since) {
    }

    record PersonLater(String name, String party, List<String> roles, boolean chair, Optional<LocalDate> since,
                       String addedLater) {
    }

    @Test
    void theSameContentGivesTheSameTextWhateverTheMapOrder() {
        Map<String, Object> a = new HashMap<>();
        a.put("b", 2);
        a.put("a", "x");
        Map<String, Object> b = new java.util.LinkedHashMap<>();
        b.put("a", "x");
        b.put("b", 2L);
        assertThat(Canonical.json(a)).isEqualTo(Canonical.json(b)).isEqualTo("{\"a\":\"x\",\"b\":2}");
        assertThat(Canonical.json(Set.of("ö", "a", "b"))).isEqualTo("[\"a\",\"b\",\"ö\"]");
    }

    @Test
    void recordsAreObjectsAndWhatIsAbsentIsLeftOut() {
        Person p = new Person("Karin Nyman", "", List.of(), false, Optional.of(LocalDate.of(2023, 1, 1)));
        assertThat(Canonical.json(p)).isEqualTo("{\"name\":\"Karin Nyman\",\"since\":\"2023-01-01\"}");
        // A component added later with an empty value leaves the form of earlier content unchanged.
        PersonLater later = new PersonLater("Karin Nyman", null, List.of(), false,
                Optional.of(LocalDate.of(2023, 1, 1)), null);
        assertThat(Canonical.sha256(later)).isEqualTo(Canonical.sha256(p));
    }

    @Test
    void theTextReadsBackIntoTheSameTree() {
        Person p = new Person("Rå \"text\"\nmed \\ och \u0001", "S", List.of("ledamot", "ordförande"), true,
                Optional.empty());
        String json = Canonical.json(p);
        assertThat(Canonical.parse(json)).isEqualTo(Canonical.tree(p));
        assertThat(Canonical.json(Canonical.parse(json))).isEqualTo(json);
    }

    @Test
    void aTypeWithoutARuleIsRefused() {
        assertThatThrownBy(() -> Canonical.json(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void differencesNameTheParagraphAndTheField() {
        Object sealed = Canonical.parse("{\"paragraphs\":[{\"number\":{\"number\":98},\"title\":\"Svar\"}],"
                + "\"board\":{\"id\":{\"value\":1},\"name\":\"Regionstyrelsen\"}}");
        Object now = Canonical.parse("{\"paragraphs\":[{\"number\":{\"number\":98},\"title\":\"Svaret\"}],"
                + "\"board\":{\"id\":{\"value\":1},\"name\":\"Styrelsen\"}}");
        assertThat(RecordDifferences.between(sealed, now)).containsExactly(
                "organet, namn: 'Regionstyrelsen' → 'Styrelsen'", "paragrafer, § 98, rubrik: 'Svar' → 'Svaret'");
        assertThat(RecordDifferences.between(sealed, sealed)).isEmpty();
    }

    @Test
    void aSealBreaksWhenAnyFieldChanges() {
        SealedRecord r = SealedRecord.of(1, 7, SealedRecord.Kind.PROTOCOL, "protokollet", Map.of("a", 1),
                AuditEntry.GENESIS, AuditEntry.GENESIS, java.time.LocalDateTime.of(2025, 5, 23, 12, 0), "sekreterare");
        assertThat(r.isIntact()).isTrue();
        SealedRecord forged = new SealedRecord(r.id(), r.meeting(), r.kind(), r.subject(), r.format(),
                "{\"a\":2}", r.contentSha256(), r.auditHead(), r.previousSeal(), r.sealedAt(), r.sealedBy(), r.seal());
        assertThat(forged.isIntact()).isFalse();
        SealedRecord otherSigner = new SealedRecord(r.id(), r.meeting(), r.kind(), r.subject(), r.format(),
                r.canonical(), r.contentSha256(), r.auditHead(), r.previousSeal(), r.sealedAt(), "någon", r.seal());
        assertThat(otherSigner.isIntact()).isFalse();
    }
}
