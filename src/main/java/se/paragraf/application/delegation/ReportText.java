package se.paragraf.application.delegation;

import java.util.ArrayList;
import java.util.List;
import se.paragraf.domain.delegation.DelegatedDecision;
import se.paragraf.domain.delegation.DelegationReport;
import se.paragraf.domain.delegation.ReportGroup;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.paragraph.MotivationSection;

/** The words of the report paragraph: one section per rule and delegate, the ordförandebeslut apart. */
final class ReportText {
    private ReportText() {
    }

    static List<MotivationSection> sections(DelegationReport report) {
        List<MotivationSection> sections = new ArrayList<>();
        if (report.isEmpty()) {
            sections.add(new MotivationSection("Delegationsbeslut",
                    "Inga delegationsbeslut har kommit in sedan föregående anmälan."));
            return sections;
        }
        for (ReportGroup group : report.groups()) {
            sections.add(new MotivationSection(group.heading(),
                    String.join("\n", group.decisions().stream().map(ReportText::line).toList())));
        }
        if (!report.urgent().isEmpty()) {
            sections.add(new MotivationSection("Ordförandebeslut (6 kap. 39 § kommunallagen)",
                    String.join("\n", report.urgent().stream().map(ReportText::line).toList())));
        }
        return sections;
    }

    /** "2025-04-02  RS 2025/48  Attest av faktura (Per Ek, Regiondirektör)". */
    static String line(DelegatedDecision d) {
        return d.decidedOn() + "  " + d.caseNumberIfAny().map(CaseNumber::compact).orElse("–") + "  " + d.description()
                + " (" + d.person() + ", " + d.role() + ")";
    }

    /** What the agenda item says before the § exists: "5 beslut, varav 1 ordförandebeslut". */
    static String summary(DelegationReport report) {
        int n = report.included().size();
        int urgent = report.urgent().size();
        return (n == 1 ? "1 delegationsbeslut" : n + " delegationsbeslut")
                + (urgent == 0 ? "" : ", varav " + urgent + " ordförandebeslut") + ".";
    }
}
