package se.paragraf.domain.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** KL 6 kap. 38 §: what the classifier flags in a rule's matter kind, and what it leaves alone. */
class NonDelegableClassifierTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Fastställa verksamhetens mål för 2026 | GOALS_AND_DIRECTION",
            "Beslut om verksamhetens inriktning och omfattning | GOALS_AND_DIRECTION",
            "Mål och inriktning för primärvården | GOALS_AND_DIRECTION",
            "Ändring av kvaliteten i verksamheten | GOALS_AND_DIRECTION",
            "Revidering av verksamhetsplanen | GOALS_AND_DIRECTION",
            "Yttrande till regionfullmäktige över motioner | STATEMENT_TO_COUNCIL",
            "Framställning till fullmäktige om ändrad taxa | STATEMENT_TO_COUNCIL",
            "Yttrande när styrelsens beslut har överklagats | STATEMENT_ON_APPEAL",
            "Yttrande i mål om laglighetsprövning av nämndens beslut | STATEMENT_ON_APPEAL",
            "Myndighetsutövning av principiell beskaffenhet | PRINCIPAL_AUTHORITY",
            "Tillstånd i ärenden av större vikt | PRINCIPAL_AUTHORITY",
            "Ärenden som enligt lag inte får delegeras | BY_STATUTE",
    })
    void flagsWhatTheLawKeepsWithTheBoard(String matterKind, NonDelegableGround ground) {
        assertThat(NonDelegableClassifier.classify(matterKind)).extracting(NonDelegableFinding::ground).contains(ground);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Attest av fakturor inom budget",
            "Yttrande till Socialstyrelsen i remissärenden",
            "Tecknande av hyresavtal upp till fem år",
            "Beslut om omfattning av tjänstledighet",
            "Utse ombud i mål nr 800-25 vid förvaltningsrätten",
            "Myndighetsutövning i enskilda ärenden om färdtjänst",
    })
    void leavesOrdinaryDelegableMattersAlone(String matterKind) {
        assertThat(NonDelegableClassifier.classify(matterKind)).isEmpty();
    }

    @Test
    void aRuleExplainsBothTheMarkingAndWhatTheTextSays() {
        DelegationRule rule = new DelegationRule("2.1", "Yttrande till regionfullmäktige", Delegate.role("Regiondirektör"),
                null, null, null, null, false, true, NonDelegableGround.PRINCIPAL_AUTHORITY);

        List<NonDelegableFinding> findings = rule.nonDelegableFindings();

        assertThat(findings).extracting(NonDelegableFinding::ground)
                .containsExactly(NonDelegableGround.PRINCIPAL_AUTHORITY, NonDelegableGround.STATEMENT_TO_COUNCIL);
        assertThat(findings.get(0).explanation()).startsWith("Markerad som ej delegerbar").contains("6 kap. 38 § 3 KL");
        assertThat(findings.get(1).explanation()).contains("\"yttrande till regionfullmäktige\"")
                .contains("fullmäktige beslutar nämnden själv");
        assertThat(Schemes.attest().isFlaggedNonDelegable()).isFalse();
    }
}
