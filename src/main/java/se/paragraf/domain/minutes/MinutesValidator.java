package se.paragraf.domain.minutes;

import static se.paragraf.domain.minutes.Finding.error;
import static se.paragraf.domain.minutes.Finding.warning;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingOfficers;
import se.paragraf.domain.meeting.ParticipationMatrix;
import se.paragraf.domain.paragraph.Ballot;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.Dissent;
import se.paragraf.domain.paragraph.Disqualification;
import se.paragraf.domain.paragraph.Motion;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.Vote;
import se.paragraf.domain.shared.DomainException;

/**
 * Checks a meeting's minutes while the secretary types, never blocking her: every rule gives
 * findings, nothing throws. Errors must be fixed before justering, warnings are worth a look.
 */
public final class MinutesValidator {
    /** KL 8 kap 12 §: the minutes are justerade within 14 days. */
    private static final int ADJUSTMENT_DAYS = 14;

    private MinutesValidator() {
    }

    public static List<Finding> validate(MinutesDraft draft) {
        List<Paragraph> paragraphs = draft.paragraphs().stream().sorted(Comparator.comparing(Paragraph::number)).toList();
        ParticipationMatrix matrix = ParticipationMatrix.of(draft.attendance(), distinctNumbers(paragraphs));
        List<Finding> findings = new ArrayList<>();
        findings.addAll(officers(draft));
        findings.addAll(numbers(paragraphs, draft.expectedFirst()));
        for (Paragraph p : distinctNumbers(paragraphs)) {
            Set<MemberId> serving = matrix.serving(p.number());
            findings.addAll(quorum(p.number(), serving.size(), draft.seats()));
            findings.addAll(votes(draft, p, serving));
            findings.addAll(dissents(draft, p, serving));
            findings.addAll(disqualifications(draft, p, serving));
            findings.addAll(decision(p));
            findings.addAll(caseNumbers(p, draft.meeting().seriesYear()));
        }
        return findings;
    }

    /** KL 6 kap 27 §: more than half of the seats must serve. */
    public static List<Finding> quorum(ParagraphNumber n, int serving, int seats) {
        if (seats == 0) {
            return List.of(warning(n, FindingField.QUORUM, "Organet har inga ledamöter för mandatperioden, så "
                    + "beslutsförheten kan inte prövas. Lägg in ledamöterna under Organ."));
        }
        if (serving * 2 > seats) {
            return List.of();
        }
        return List.of(error(n, FindingField.QUORUM, "§ " + n + ": " + serving + " av " + seats
                + " ledamöter tjänstgör. Nämnden är beslutsför först när fler än hälften tjänstgör (minst "
                + (seats / 2 + 1) + "). Kontrollera närvaron och jäv."));
    }

    private static List<Finding> votes(MinutesDraft draft, Paragraph p, Set<MemberId> serving) {
        List<Finding> findings = new ArrayList<>();
        ParagraphNumber n = p.number();
        for (Vote vote : p.proceedings().votes()) {
            if (vote.open()) {
                for (Ballot ballot : vote.ballots()) {
                    if (!serving.contains(ballot.member())) {
                        findings.add(error(n, FindingField.VOTE, "§ " + n + ": " + draft.name(ballot.member())
                                + " har röstat men tjänstgjorde inte i paragrafen. Ta bort rösten eller rätta närvaron."));
                    }
                }
                if (vote.ballots().size() != serving.size()) {
                    findings.add(error(n, FindingField.VOTE, "§ " + n + ": omröstningen har " + vote.ballots().size()
                            + " röster men " + serving.size() + " ledamöter tjänstgjorde. Varje tjänstgörande "
                            + "ledamot ska ha en röst (ja, nej eller avstår)."));
                }
            } else if (vote.tally().total() != serving.size()) {
                findings.add(error(n, FindingField.VOTE, "§ " + n + ": omröstningen har " + vote.tally().total()
                        + " röster (ja, nej och avstår) men " + serving.size()
                        + " ledamöter tjänstgjorde. Kontrollera siffrorna."));
            }
        }
        return findings;
    }

    /** KL 4 kap 27 §: only those who took part in the decision can reserve themselves. */
    private static List<Finding> dissents(MinutesDraft draft, Paragraph p, Set<MemberId> serving) {
        List<Finding> findings = new ArrayList<>();
        ParagraphNumber n = p.number();
        for (Dissent dissent : p.proceedings().dissents()) {
            if (!serving.contains(dissent.member())) {
                findings.add(error(n, FindingField.DISSENT, "§ " + n + ": " + draft.name(dissent.member())
                        + " reserverar sig men deltog inte i beslutet. Bara den som deltagit kan reservera sig."));
            }
            if (dissent.writtenLater()) {
                findings.add(warning(n, FindingField.DISSENT, "§ " + n + ": " + draft.name(dissent.member())
                        + " återkommer skriftligt med sin reservation. Fyll i texten före justering."));
            }
        }
        return findings;
    }

    /** KL 6 kap 28 §: a jävig member takes no part, so she cannot move, vote or reserve herself. */
    private static List<Finding> disqualifications(MinutesDraft draft, Paragraph p, Set<MemberId> serving) {
        List<Finding> findings = new ArrayList<>();
        ParagraphNumber n = p.number();
        Set<MemberId> jav = p.proceedings().disqualifiedMembers();
        Set<MemberId> actors = new HashSet<>();
        p.proceedings().motions().stream().map(Motion::member).forEach(actors::add);
        p.proceedings().votes().forEach(v -> v.ballots().stream().map(Ballot::member).forEach(actors::add));
        p.proceedings().dissents().stream().map(Dissent::member).forEach(actors::add);
        for (MemberId member : jav) {
            if (serving.contains(member) || actors.contains(member)) {
                findings.add(error(n, FindingField.DISQUALIFICATION, "§ " + n + ": " + draft.name(member)
                        + " är jävig men räknas som deltagande (yrkande, röst eller reservation). "
                        + "En jävig ledamot deltar inte i paragrafen."));
            }
        }
        for (Disqualification d : p.proceedings().disqualifications()) {
            d.replacedBy().filter(s -> !serving.contains(s)).ifPresent(s -> findings.add(warning(n,
                    FindingField.DISQUALIFICATION, "§ " + n + ": " + draft.name(s) + " ska ersätta den jäviga "
                            + draft.name(d.member()) + " men är inte närvarande som ersättare. Kontrollera närvaron.")));
        }
        return findings;
    }

    private static List<Finding> decision(Paragraph p) {
        ParagraphNumber n = p.number();
        if (p.decision().isEmpty()) {
            return p.caseNumbers().isEmpty() ? List.of() : List.of(warning(n, FindingField.DECISION,
                    "§ " + n + " gäller ett ärende men saknar beslut. Skriv beslutet eller markera paragrafen som information."));
        }
        List<Finding> findings = new ArrayList<>();
        for (DecisionBlock block : p.decision().blocks()) {
            String formula = block.formula().strip();
            if (block.clauses().isEmpty() && (formula.endsWith("beslutar") || formula.endsWith("förslag"))) {
                findings.add(warning(n, FindingField.DECISION, "§ " + n + ": beslutsformeln \"" + formula
                        + "\" saknar att-satser. Lägg till vad som beslutas."));
            }
        }
        return findings;
    }

    private static List<Finding> caseNumbers(Paragraph p, int meetingYear) {
        List<Finding> findings = new ArrayList<>();
        for (CaseNumber caseNumber : p.caseNumbers()) {
            if (caseNumber.year() > meetingYear) {
                findings.add(error(p.number(), FindingField.CASE_NUMBER, "§ " + p.number() + ": diarienumret "
                        + caseNumber + " är från " + caseNumber.year() + ", efter sammanträdet. Kontrollera numret."));
            }
        }
        return findings;
    }

    /** A case number as typed: a finding when it cannot be read, for the field while typing. */
    public static Optional<Finding> caseNumberAsTyped(ParagraphNumber n, String typed) {
        try {
            CaseNumber.parse(typed);
            return Optional.empty();
        } catch (DomainException e) {
            return Optional.of(error(n, FindingField.CASE_NUMBER, e.getMessage()));
        }
    }

    /** Duplicates are errors; gaps and a first number that does not continue the series are warnings. */
    public static List<Finding> numbers(List<Paragraph> paragraphsInOrder, ParagraphNumber expectedFirst) {
        List<Finding> findings = new ArrayList<>();
        Set<ParagraphNumber> seen = new HashSet<>();
        ParagraphNumber previous = null;
        for (Paragraph p : paragraphsInOrder) {
            ParagraphNumber n = p.number();
            if (!seen.add(n)) {
                findings.add(error(n, FindingField.NUMBER, "§ " + n + " finns två gånger. Numrera om paragraferna."));
            } else if (previous == null && expectedFirst != null && !n.equals(expectedFirst)) {
                findings.add(warning(n, FindingField.NUMBER, "Sammanträdet börjar på § " + n + " men organets serie "
                        + "fortsätter på § " + expectedFirst + ". Numrera om paragraferna."));
            } else if (previous != null && !n.hasSuffix() && n.number() > previous.number() + 1) {
                findings.add(warning(n, FindingField.NUMBER, "Paragrafnummer saknas mellan § " + previous + " och § "
                        + n + ". Numrera om paragraferna."));
            }
            previous = n;
        }
        return findings;
    }

    private static List<Finding> officers(MinutesDraft draft) {
        List<Finding> findings = new ArrayList<>();
        MeetingOfficers officers = draft.attendance().officers();
        if (officers.chair() == null) {
            findings.add(warning(null, FindingField.OFFICERS, "Ange vem som var ordförande."));
        }
        if (officers.adjusters().size() < draft.board().adjusterCount()) {
            findings.add(warning(null, FindingField.OFFICERS, draft.board().name() + " väljer "
                    + draft.board().adjusterCount() + " justerare; " + officers.adjusters().size() + " är valda."));
        }
        if (officers.adjustmentTime() != null && ChronoUnit.DAYS.between(draft.meeting().date(),
                officers.adjustmentTime().toLocalDate()) > ADJUSTMENT_DAYS) {
            findings.add(error(null, FindingField.OFFICERS, "Justeringen " + officers.adjustmentTime().toLocalDate()
                    + " ligger mer än 14 dagar efter sammanträdet. Välj en tidigare dag."));
        }
        return findings;
    }

    private static List<Paragraph> distinctNumbers(List<Paragraph> sorted) {
        Set<ParagraphNumber> seen = new HashSet<>();
        return sorted.stream().filter(p -> seen.add(p.number())).toList();
    }
}
