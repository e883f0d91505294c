package se.paragraf.ui.importing;

/** One row of the wizard's § list: "§ 98", the title as corrected so far, and how many warnings it has. */
public record WizardParagraphItem(String number, String title, int warnings) {
    public boolean hasWarnings() {
        return warnings > 0;
    }
}
