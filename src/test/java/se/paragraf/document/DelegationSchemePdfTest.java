package se.paragraf.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.paragraf.application.delegation.SchemePrint;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.delegation.Adoption;
import se.paragraf.domain.delegation.Delegate;
import se.paragraf.domain.delegation.DelegationRule;
import se.paragraf.domain.delegation.DelegationScheme;
import se.paragraf.domain.delegation.DelegationSchemeId;
import se.paragraf.domain.paragraph.ParagraphNumber;

class DelegationSchemePdfTest {
    @TempDir
    Path dir;

    static DelegationScheme scheme() {
        return DelegationScheme.first(new DelegationSchemeId(1), new BoardId(1),
                        new Adoption(LocalDate.of(2025, 5, 20), ParagraphNumber.of(99)), LocalDate.of(2025, 6, 1))
                .withRule(new DelegationRule("3.2", "Attest av fakturor och utbetalningar", Delegate.role("Regiondirektör"),
                        "Ekonomidirektör", 500_000L, "Inom beslutad budget", "Riktlinje Attest", true, true, null))
                .withRule(new DelegationRule("1.1", "Beslut i ärenden som är så brådskande att styrelsens avgörande "
                        + "inte kan avvaktas", Delegate.chair(), "Förste vice ordförande", null, null,
                        "6 kap. 39 § KL", false, true, null))
                .withRule(DelegationRule.of("2.4", "Yttrande till regionfullmäktige över motioner",
                        Delegate.committee("Finansutskottet")))
                .withRule(new DelegationRule("5.1", "Tecknande av hyresavtal för lokaler upp till fem år",
                        Delegate.role("Fastighetschef"), null, 2_000_000L, null, "Jordabalken 12 kap.", false, false, null));
    }

    @Test
    void theSchemeIsPdfaAndUaAndReadsBackWithItsFlags() throws Exception {
        Path file = dir.resolve("delegationsordning.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DelegationSchemePdf().write(new SchemePrint("Regionstyrelsen", scheme(), LocalDate.of(2026, 5, 31)), out);
        }

        Files.copy(file, Path.of("target", "delegationsordning.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String text = PdfReadBack.text(file);
        assertThat(text).contains("Delegationsordning för Regionstyrelsen")
                .contains("Version 1, antagen 2025-05-20, § 99. Gäller från 2025-06-01 till och med 2026-05-31.")
                .contains("Högst\u00a0500\u00a0000\u00a0kr").contains("Får vidaredelegera").contains("Ersättare: Förste vice")
                .contains("Punkt 2.4: Ärendetypen nämner \"yttrande till regionfullmäktige\"")
                .contains("6 kap. 38 § 2 KL");
        assertThat(text.indexOf("1.1")).isLessThan(text.indexOf("3.2"));
        assertThat(PdfReadBack.fontsNotEmbedded(file)).isEmpty();
        assertThat(PdfReadBack.failedRules(file, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfReadBack.failedRules(file, PDFAFlavour.PDFUA_1)).isEmpty();
    }
}
