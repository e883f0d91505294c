package se.paragraf.domain.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;

class DelegationSchemeTest {
    @Test
    void theVersionValidOnADayIsTheLastThatStartedOnOrBeforeIt() {
        SchemeHistory history = Schemes.history();

        assertThat(history.validOn(Schemes.V1_FROM.minusDays(1))).isEmpty();
        assertThat(history.validOn(Schemes.V1_FROM).orElseThrow().version()).isEqualTo(1);
        assertThat(history.validOn(Schemes.V2_FROM.minusDays(1)).orElseThrow().version()).isEqualTo(1);
        assertThat(history.validOn(Schemes.V2_FROM).orElseThrow().version()).isEqualTo(2);
        assertThat(history.validUntil(history.versions().get(0))).contains(Schemes.V2_FROM.minusDays(1));
        assertThat(history.validUntil(history.versions().get(1))).isEmpty();
    }

    @Test
    void aRuleExistsOnlyInTheVersionsThatHoldIt() {
        SchemeHistory history = Schemes.history();

        assertThat(history.ruleOn("4.1", LocalDate.of(2025, 5, 31))).isPresent();
        assertThat(history.ruleOn("4.1", Schemes.V2_FROM)).isEmpty();
        assertThat(history.ruleOn("5.1", LocalDate.of(2025, 5, 31))).isEmpty();
        assertThat(history.ruleOn("5.1", Schemes.V2_FROM)).isPresent();
    }

    @Test
    void rulesAreKeptInCodeOrderWithTenAfterNine() {
        DelegationScheme scheme = DelegationScheme.first(new DelegationSchemeId(9), Schemes.BOARD,
                        new Adoption(Schemes.V1_FROM, null), Schemes.V1_FROM)
                .withRule(DelegationRule.of("3.10", "Tio", Delegate.chair()))
                .withRule(DelegationRule.of("3.9", "Nio", Delegate.chair()))
                .withRule(DelegationRule.of("3.9a", "Nio a", Delegate.chair()))
                .withRule(DelegationRule.of("2", "Två", Delegate.chair()));

        assertThat(scheme.rules()).extracting(DelegationRule::code).containsExactly("2", "3.9", "3.9a", "3.10");
    }

    @Test
    void aCodeIsUsedOnceAndReplacingKeepsItUnique() {
        DelegationScheme scheme = DelegationScheme.first(new DelegationSchemeId(9), Schemes.BOARD,
                new Adoption(Schemes.V1_FROM, null), Schemes.V1_FROM).withRule(Schemes.attest()).withRule(Schemes.urgent());

        assertThatThrownBy(() -> scheme.replaceRule("3.2", DelegationRule.of("1.1", "x", Delegate.chair())))
                .isInstanceOf(DomainException.class).hasMessageContaining("1.1 finns redan");
        assertThat(scheme.withRule(DelegationRule.of("3.2", "Ny text", Delegate.chair())).rule("3.2").orElseThrow()
                .matterKind()).isEqualTo("Ny text");
        assertThatThrownBy(() -> new DelegationScheme(new DelegationSchemeId(9), Schemes.BOARD, 1,
                new Adoption(Schemes.V1_FROM, null), Schemes.V1_FROM, List.of(Schemes.attest(), Schemes.attest())))
                .hasMessageContaining("två gånger");
    }

    @Test
    void aVersionCannotBeValidBeforeItWasAdoptedNorANewOneBeforeTheOld() {
        assertThatThrownBy(() -> DelegationScheme.first(new DelegationSchemeId(9), Schemes.BOARD,
                new Adoption(LocalDate.of(2025, 5, 20), ParagraphNumber.of(99)), LocalDate.of(2025, 5, 1)))
                .hasMessageContaining("före sammanträdet 2025-05-20");
        DelegationScheme v1 = Schemes.history().versions().get(0);
        assertThatThrownBy(() -> v1.revise(new DelegationSchemeId(5), new Adoption(Schemes.V1_FROM, null), Schemes.V1_FROM))
                .hasMessageContaining("senare datum");
    }

    @Test
    void ruleCodesAndFurtherDelegationFollowTheLaw() {
        assertThatThrownBy(() -> DelegationRule.of("3,2", "x", Delegate.chair())).hasMessageContaining("3.2");
        // KL 7 kap. 6 §: only a förvaltningschef hands a matter on.
        assertThatThrownBy(() -> new DelegationRule("1", "x", Delegate.committee("Finansutskottet"), null, null, null,
                null, true, true, null)).hasMessageContaining("7 kap. 6 §");
    }

    @Test
    void rolesCompareWithOrWithoutTheDefiniteArticle() {
        assertThat(Delegate.role("Regiondirektör").isNamed("regiondirektören")).isTrue();
        assertThat(Delegate.chair().isNamed("Ordföranden")).isTrue();
        assertThat(Delegate.role("Regiondirektör").isNamed("Ekonomidirektör")).isFalse();
        assertThat(Delegate.role("Regiondirektör").isNamed("Regiondirektörens stab")).isFalse();
    }
}
