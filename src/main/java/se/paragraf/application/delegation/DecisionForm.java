package se.paragraf.application.delegation;

import java.time.LocalDate;
import se.paragraf.domain.matter.CaseNumber;

/** What the entry form and each CSV line give for one delegated decision. */
public record DecisionForm(String ruleCode, String person, String role, LocalDate decidedOn, CaseNumber caseNumber,
                           String description, boolean appealable, boolean urgent) {
}
