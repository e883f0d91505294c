package se.paragraf.domain.matter;

import se.paragraf.domain.shared.Require;

/** An ärende: one case, one diarienummer, handled by one or more boards over time. */
public record Matter(CaseNumber caseNumber, String title) {
    public Matter {
        Require.present(caseNumber, "Diarienummer");
        title = Require.text(title, "Ärendets rubrik");
    }
}
