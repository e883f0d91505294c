package se.paragraf.ui.plan;

import java.time.LocalDate;

/** A period offered for the follow-up report: "Delår 2025 (jan–aug)", "Helår 2025". */
public record ReportPeriod(String label, LocalDate from, LocalDate to) {
    @Override
    public String toString() {
        return label;
    }
}
