package se.paragraf.domain.paragraph;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.Bookkeeping;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * A § of a meeting's minutes with everything the protocol records about it. Immutable: each
 * verb returns the changed paragraph, which keeps undo and the justering rule simple. The
 * {@code version} is the archive's count of its saves (ADR 0019): the verbs keep it, a save on an
 * older one is refused, and it is no part of what the § is (equality, canonical form).
 */
public record Paragraph(
        ParagraphId id,
        MeetingId meeting,
        ParagraphNumber number,
        String title,
        List<CaseNumber> caseNumbers,
        String responsibleOfficial,
        String caseOfficer,
        List<MotivationSection> sections,
        Decision decision,
        List<Attachment> attachments,
        List<Preparation> preparations,
        List<Recipient> recipients,
        boolean immediateAdjustment,
        Proceedings proceedings,
        Confidentiality confidentiality,
        @Bookkeeping long version) {

    public Paragraph {
        Require.present(id, "Paragrafens id");
        Require.present(meeting, "Sammanträde");
        Require.present(number, "Paragrafnummer");
        title = Require.text(title, "Paragrafens rubrik");
        Set<CaseNumber> seen = new HashSet<>();
        for (CaseNumber caseNumber : Require.present(caseNumbers, "Diarienummer")) {
            if (!seen.add(Require.present(caseNumber, "Diarienummer"))) {
                throw new DomainException("§ " + number + " har diarienummer " + caseNumber
                        + " flera gånger. Ta bort dubbletten.");
            }
        }
        caseNumbers = List.copyOf(caseNumbers);
        responsibleOfficial = Require.optionalText(responsibleOfficial);
        caseOfficer = Require.optionalText(caseOfficer);
        sections = List.copyOf(Require.present(sections, "Avsnitt"));
        Require.present(decision, "Beslut");
        attachments = List.copyOf(Require.present(attachments, "Beslutsunderlag"));
        preparations = List.copyOf(Require.present(preparations, "Beredning"));
        recipients = List.copyOf(Require.present(recipients, "Mottagare"));
        Require.present(proceedings, "Förhandlingar");
        if (version < 0) {
            throw new DomainException("Paragrafens version kan inte vara negativ (" + version + ").");
        }
    }

    /** A paragraph not yet saved, or whose version does not matter to the caller: version 0. */
    public Paragraph(ParagraphId id, MeetingId meeting, ParagraphNumber number, String title,
                     List<CaseNumber> caseNumbers, String responsibleOfficial, String caseOfficer,
                     List<MotivationSection> sections, Decision decision, List<Attachment> attachments,
                     List<Preparation> preparations, List<Recipient> recipients, boolean immediateAdjustment,
                     Proceedings proceedings, Confidentiality confidentiality) {
        this(id, meeting, number, title, caseNumbers, responsibleOfficial, caseOfficer, sections, decision,
                attachments, preparations, recipients, immediateAdjustment, proceedings, confidentiality, 0);
    }

    /** A paragraph without proceedings and not confidential, as imported minutes mostly are. */
    public Paragraph(ParagraphId id, MeetingId meeting, ParagraphNumber number, String title,
                     List<CaseNumber> caseNumbers, String responsibleOfficial, String caseOfficer,
                     List<MotivationSection> sections, Decision decision, List<Attachment> attachments,
                     List<Preparation> preparations, List<Recipient> recipients, boolean immediateAdjustment) {
        this(id, meeting, number, title, caseNumbers, responsibleOfficial, caseOfficer, sections, decision,
                attachments, preparations, recipients, immediateAdjustment, Proceedings.NONE, null);
    }

    /** A paragraph with a title only; the rest is filled in by the editor's verbs. */
    public static Paragraph draft(ParagraphId id, MeetingId meeting, ParagraphNumber number, String title) {
        return new Paragraph(id, meeting, number, title, List.of(), null, null, List.of(), Decision.NONE,
                List.of(), List.of(), List.of(), false);
    }

    public Optional<Confidentiality> secrecy() {
        return Optional.ofNullable(confidentiality);
    }

    public boolean isConfidential() {
        return confidentiality != null;
    }

    public Optional<String> responsible() {
        return Optional.ofNullable(responsibleOfficial);
    }

    public Optional<String> officer() {
        return Optional.ofNullable(caseOfficer);
    }

    public boolean isInformationOnly() {
        return decision.isEmpty();
    }

    /**
     * The motivation sections to show. Imported §§ keep "Beslutsunderlag", "Beredning" and
     * "Delges" also as sections of raw text beside the structured lists; showing both would say
     * it twice, so the structured list wins where there is one.
     */
    public List<MotivationSection> sectionsBesideLists() {
        return sections.stream().filter(section -> !repeatsAList(section)).toList();
    }

    private boolean repeatsAList(MotivationSection section) {
        String heading = section.heading().replace(":", "").strip().toLowerCase(java.util.Locale.ROOT);
        return switch (heading) {
            case "beslutsunderlag" -> !attachments.isEmpty();
            case "beredning" -> !preparations.isEmpty();
            case "delges" -> !recipients.isEmpty();
            default -> false;
        };
    }

    public Paragraph renumber(ParagraphNumber newNumber) {
        return new Paragraph(id, meeting, newNumber, title, caseNumbers, responsibleOfficial, caseOfficer,
                sections, decision, attachments, preparations, recipients, immediateAdjustment, proceedings, confidentiality, version);
    }

    public Paragraph retitle(String newTitle) {
        return new Paragraph(id, meeting, number, newTitle, caseNumbers, responsibleOfficial, caseOfficer,
                sections, decision, attachments, preparations, recipients, immediateAdjustment, proceedings, confidentiality, version);
    }

    public Paragraph concerning(List<CaseNumber> newCaseNumbers) {
        return new Paragraph(id, meeting, number, title, newCaseNumbers, responsibleOfficial, caseOfficer,
                sections, decision, attachments, preparations, recipients, immediateAdjustment, proceedings, confidentiality, version);
    }

    public Paragraph handledBy(String newResponsible, String newOfficer) {
        return new Paragraph(id, meeting, number, title, caseNumbers, newResponsible, newOfficer,
                sections, decision, attachments, preparations, recipients, immediateAdjustment, proceedings, confidentiality, version);
    }

    public Paragraph motivatedBy(List<MotivationSection> newSections) {
        return new Paragraph(id, meeting, number, title, caseNumbers, responsibleOfficial, caseOfficer,
                newSections, decision, attachments, preparations, recipients, immediateAdjustment, proceedings, confidentiality, version);
    }

    public Paragraph decide(Decision newDecision) {
        return new Paragraph(id, meeting, number, title, caseNumbers, responsibleOfficial, caseOfficer,
                sections, newDecision, attachments, preparations, recipients, immediateAdjustment, proceedings, confidentiality, version);
    }

    public Paragraph withAttachments(List<Attachment> newAttachments) {
        return new Paragraph(id, meeting, number, title, caseNumbers, responsibleOfficial, caseOfficer,
                sections, decision, newAttachments, preparations, recipients, immediateAdjustment, proceedings, confidentiality, version);
    }

    public Paragraph preparedIn(List<Preparation> newPreparations) {
        return new Paragraph(id, meeting, number, title, caseNumbers, responsibleOfficial, caseOfficer,
                sections, decision, attachments, newPreparations, recipients, immediateAdjustment, proceedings, confidentiality, version);
    }

    public Paragraph sentTo(List<Recipient> newRecipients) {
        return new Paragraph(id, meeting, number, title, caseNumbers, responsibleOfficial, caseOfficer,
                sections, decision, attachments, preparations, newRecipients, immediateAdjustment, proceedings, confidentiality, version);
    }

    public Paragraph adjustImmediately(boolean immediately) {
        return new Paragraph(id, meeting, number, title, caseNumbers, responsibleOfficial, caseOfficer,
                sections, decision, attachments, preparations, recipients, immediately, proceedings, confidentiality, version);
    }

    public Paragraph proceed(Proceedings newProceedings) {
        return new Paragraph(id, meeting, number, title, caseNumbers, responsibleOfficial, caseOfficer,
                sections, decision, attachments, preparations, recipients, immediateAdjustment, newProceedings,
                confidentiality, version);
    }

    /** The same paragraph as saved at {@code newVersion} (ADR 0019). */
    public Paragraph withVersion(long newVersion) {
        return newVersion == version ? this : new Paragraph(id, meeting, number, title, caseNumbers,
                responsibleOfficial, caseOfficer, sections, decision, attachments, preparations, recipients,
                immediateAdjustment, proceedings, confidentiality, newVersion);
    }

    /** Equal when the content is: the {@link #version} says how the archive keeps it, not what it is. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Paragraph p && id.equals(p.id) && meeting.equals(p.meeting) && number.equals(p.number)
                && title.equals(p.title) && caseNumbers.equals(p.caseNumbers)
                && java.util.Objects.equals(responsibleOfficial, p.responsibleOfficial)
                && java.util.Objects.equals(caseOfficer, p.caseOfficer) && sections.equals(p.sections)
                && decision.equals(p.decision) && attachments.equals(p.attachments)
                && preparations.equals(p.preparations) && recipients.equals(p.recipients)
                && immediateAdjustment == p.immediateAdjustment && proceedings.equals(p.proceedings)
                && java.util.Objects.equals(confidentiality, p.confidentiality);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, meeting, number, title, caseNumbers, responsibleOfficial, caseOfficer,
                sections, decision, attachments, preparations, recipients, immediateAdjustment, proceedings,
                confidentiality);
    }

    /** Null makes the paragraph public again. */
    public Paragraph classify(Confidentiality newConfidentiality) {
        return new Paragraph(id, meeting, number, title, caseNumbers, responsibleOfficial, caseOfficer,
                sections, decision, attachments, preparations, recipients, immediateAdjustment, proceedings,
                newConfidentiality, version);
    }
}
