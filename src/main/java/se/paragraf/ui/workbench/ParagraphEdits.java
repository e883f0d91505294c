package se.paragraf.ui.workbench;

import static se.paragraf.ui.workbench.Lists.plus;
import static se.paragraf.ui.workbench.Lists.with;
import static se.paragraf.ui.workbench.Lists.without;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.paragraph.Ballot;
import se.paragraf.domain.paragraph.Clause;
import se.paragraf.domain.paragraph.Confidentiality;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.Dissent;
import se.paragraf.domain.paragraph.Disqualification;
import se.paragraf.domain.paragraph.Motion;
import se.paragraf.domain.paragraph.MotionKind;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.Preparation;
import se.paragraf.domain.paragraph.Proceedings;
import se.paragraf.domain.paragraph.PropositionOrder;
import se.paragraf.domain.paragraph.RecordedStatement;
import se.paragraf.domain.paragraph.Recipient;
import se.paragraf.domain.paragraph.Tally;
import se.paragraf.domain.paragraph.Vote;
import se.paragraf.domain.paragraph.VoteChoice;
import se.paragraf.domain.phrase.Phrase;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.ui.Messages;
import se.paragraf.ui.workbench.WorkbenchContext.MemberChoice;

/**
 * The editor's verbs, one per thing the secretary does to a §. Text typed into a field goes
 * through {@code type} (gathered, autosaved); adding, removing and moving rows through
 * {@code change}. Field keys name the field for {@link ParagraphEditorViewModel#inputErrors()}.
 */
public final class ParagraphEdits {
    /** What a new att-sats or anteckning holds until the secretary types over it (selected, so typing replaces it). */
    public static final String NEW_TEXT = "…";

    private final ParagraphEditorViewModel editor;

    ParagraphEdits(ParagraphEditorViewModel editor) {
        this.editor = editor;
    }

    public void title(String text) {
        editor.type("title", Messages.get("editor.edit.title"), p -> p.retitle(text));
    }

    /** Case numbers separated by commas: the valid ones are kept, the others reported. */
    public void caseNumbers(String text) {
        List<CaseNumber> valid = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (String part : text.split("[,;]")) {
            if (!part.isBlank()) {
                CaseNumber.tryParse(part).ifPresentOrElse(c -> {
                    if (!valid.contains(c)) {
                        valid.add(c);
                    }
                }, () -> invalid.add(part.strip()));
            }
        }
        editor.type("caseNumbers", Messages.get("editor.edit.caseNumbers"), p -> {
            if (!invalid.isEmpty()) {
                // The valid numbers are kept meanwhile; the message shows which ones are not.
                editor.inputErrors().put("caseNumbers.typed", Messages.get("editor.badCaseNumbers", String.join(", ", invalid)));
            } else {
                editor.inputErrors().remove("caseNumbers.typed");
            }
            return p.concerning(valid);
        });
    }

    public void responsible(String text) {
        editor.type("responsible", Messages.get("editor.edit.people"), p -> p.handledBy(text, p.caseOfficer()));
    }

    public void officer(String text) {
        editor.type("officer", Messages.get("editor.edit.people"), p -> p.handledBy(p.responsibleOfficial(), text));
    }

    // Motivation

    public void addSection(String heading) {
        editor.change("sections", Messages.get("editor.edit.addSection"),
                p -> p.motivatedBy(plus(p.sections(), new MotivationSection(heading, ""))));
    }

    public void sectionHeading(int index, String heading) {
        editor.type("section." + index + ".heading", Messages.get("editor.edit.section"), p -> p.motivatedBy(
                with(p.sections(), index, s -> new MotivationSection(heading, s.text()))));
    }

    public void sectionText(int index, String text) {
        editor.type("section." + index + ".text", Messages.get("editor.edit.section"), p -> p.motivatedBy(
                with(p.sections(), index, s -> new MotivationSection(s.heading(), text))));
    }

    public void removeSection(int index) {
        editor.change("sections", Messages.get("editor.edit.removeSection"), p -> p.motivatedBy(without(p.sections(), index)));
    }

    // Decision

    /** A block whose formula is the template rendered for the board and, when it names one, the utskott. */
    public void addBlock(Phrase formula, Board committee) {
        editor.change("decision", Messages.get("editor.edit.addBlock"), p -> p.decide(p.decision().withBlock(
                new DecisionBlock(formula.formula().render(editor.context().draft().board(), committee), List.of()))));
    }

    public void formula(int block, String text) {
        editor.type("block." + block + ".formula", Messages.get("editor.edit.formula"),
                p -> decision(p, block, b -> b.reformulate(text)));
    }

    public void removeBlock(int block) {
        editor.change("decision", Messages.get("editor.edit.removeBlock"), p -> p.decide(p.decision().withoutBlock(block)));
    }

    /** A new att-sats at the end of the block, holding {@code text} (the placeholder when null). */
    public void addClause(int block, String text) {
        editor.change("block." + block, Messages.get("editor.edit.addClause"), p -> {
            Paragraph withBlock = p.decision().isEmpty()
                    ? p.decide(Decision.of(new DecisionBlock(editor.context().draft().board().name() + " beslutar", List.of())))
                    : p;
            int target = Math.min(block, withBlock.decision().blocks().size() - 1);
            return decision(withBlock, target, b -> b.withClause(new Clause(text == null ? NEW_TEXT : text)));
        });
    }

    public void clause(int block, int index, String text) {
        editor.type(clauseKey(block, index), Messages.get("editor.edit.clause"),
                p -> decision(p, block, b -> b.replaceClause(index, new Clause(text))));
    }

    public void moveClause(int block, int from, int to) {
        editor.change(clauseKey(block, from), Messages.get("editor.edit.moveClause"),
                p -> decision(p, block, b -> b.moveClause(from, to)));
    }

    public void removeClause(int block, int index) {
        editor.change("block." + block, Messages.get("editor.edit.removeClause"),
                p -> decision(p, block, b -> b.withoutClause(index)));
    }

    public static String clauseKey(int block, int index) {
        return "block." + block + ".clause." + index;
    }

    private static Paragraph decision(Paragraph p, int block, UnaryOperator<DecisionBlock> change) {
        return p.decide(p.decision().replaceBlock(block, change.apply(p.decision().blocks().get(block))));
    }

    // Proceedings

    public void addMotion(MotionKind kind) {
        MemberId first = firstServing();
        editor.change("motions", Messages.get("editor.edit.addMotion"), p -> proceed(p, x -> x.withMotion(
                new Motion(first, kind, kind.needsText() ? NEW_TEXT : null))));
    }

    public void motionMember(int index, String name) {
        editor.type("motion." + index + ".member", Messages.get("editor.edit.motion"), p -> proceed(p, x -> x.withMotions(
                with(x.motions(), index, m -> new Motion(member(name), m.kind(), m.text())))));
    }

    public void motionKind(int index, MotionKind kind) {
        editor.change("motion." + index + ".kind", Messages.get("editor.edit.motion"), p -> proceed(p, x -> x.withMotions(
                with(x.motions(), index, m -> new Motion(m.member(), kind,
                        kind.needsText() && m.text() == null ? NEW_TEXT : m.text())))));
    }

    public void motionText(int index, String text) {
        editor.type("motion." + index + ".text", Messages.get("editor.edit.motion"), p -> proceed(p, x -> x.withMotions(
                with(x.motions(), index, m -> new Motion(m.member(), m.kind(), text)))));
    }

    public void removeMotion(int index) {
        editor.change("motions", Messages.get("editor.edit.removeMotion"),
                p -> proceed(p, x -> x.withMotions(without(x.motions(), index))));
    }

    /** The proposals put, one per line, in the order put. */
    public void propositions(String lines) {
        List<String> propositions = Arrays.stream(lines.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        editor.type("propositions", Messages.get("editor.edit.propositions"), p -> proceed(p, x -> {
            Integer adopted = x.propositionOrder().adopted();
            return x.withPropositionOrder(new PropositionOrder(propositions,
                    adopted != null && adopted < propositions.size() ? adopted : null));
        }));
    }

    /** Which proposal the board adopted: an index into the propositions, or null. */
    public void adopted(Integer index) {
        editor.change("propositions", Messages.get("editor.edit.propositions"), p -> proceed(p, x -> x.withPropositionOrder(
                new PropositionOrder(x.propositionOrder().propositions(), index))));
    }

    /** An open vote (one ballot per serving member, entered one by one) or a closed one (totals only). */
    public void addVote(boolean open) {
        String subject = Messages.get("editor.vote.defaultSubject");
        editor.change("votes", Messages.get("editor.edit.addVote"), p -> proceed(p, x -> x.withVote(open
                ? Vote.open(subject, List.of()) : Vote.closed(subject, new Tally(0, 0, 0)))));
    }

    public void voteSubject(int index, String subject) {
        editor.type("vote." + index + ".subject", Messages.get("editor.edit.vote"), p -> proceed(p, x -> x.withVotes(
                with(x.votes(), index, v -> new Vote(subject, v.open(), v.ballots(), v.open() ? null : v.tally())))));
    }

    /** How one member voted; null removes her ballot. */
    public void ballot(int index, MemberId member, VoteChoice choice) {
        editor.change("vote." + index + ".ballots", Messages.get("editor.edit.ballot"), p -> proceed(p, x -> x.withVotes(
                with(x.votes(), index, v -> {
                    List<Ballot> ballots = new ArrayList<>(v.ballots().stream().filter(b -> !b.member().equals(member)).toList());
                    if (choice != null) {
                        ballots.add(new Ballot(member, choice));
                    }
                    return Vote.open(v.subject(), ballots);
                }))));
    }

    /** The totals of a closed vote as typed; an empty field counts as 0. */
    /** Every serving member who has not voted yet votes {@code choice}: "övriga röstar ja", one step. */
    public void remainingVote(int index, VoteChoice choice) {
        List<MemberId> serving = editor.context().serving(editor.paragraph()).stream().map(MemberChoice::id).toList();
        editor.change("vote." + index + ".ballots", Messages.get("editor.edit.ballot"), p -> proceed(p, x -> x.withVotes(
                with(x.votes(), index, v -> {
                    List<Ballot> ballots = new ArrayList<>(v.ballots());
                    serving.stream().filter(m -> v.ballots().stream().noneMatch(b -> b.member().equals(m)))
                            .forEach(m -> ballots.add(new Ballot(m, choice)));
                    return Vote.open(v.subject(), ballots);
                }))));
    }

    public void tally(int index, String yes, String no, String abstain) {
        editor.type("vote." + index + ".tally", Messages.get("editor.edit.vote"), p -> proceed(p, x -> x.withVotes(
                with(x.votes(), index, v -> Vote.closed(v.subject(), new Tally(count(yes), count(no), count(abstain)))))));
    }

    private static int count(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new DomainException(Messages.get("editor.badCount", t));
        }
    }

    public void removeVote(int index) {
        editor.change("votes", Messages.get("editor.edit.removeVote"), p -> proceed(p, x -> x.withVotes(without(x.votes(), index))));
    }

    /** A reservation by {@code name} (the first serving member without one when null), to be written later until text is typed. */
    public void addDissent(String name) {
        editor.change("dissents", Messages.get("editor.edit.addDissent"), p -> proceed(p, x -> {
            MemberId member = name == null ? firstWithout(x.dissents().stream().map(Dissent::member).toList()) : member(name);
            return x.withDissent(Dissent.inWritingLater(member));
        }));
    }

    public void dissentMember(int index, String name) {
        editor.type("dissent." + index + ".member", Messages.get("editor.edit.dissent"), p -> proceed(p, x -> x.withDissents(
                with(x.dissents(), index, d -> new Dissent(member(name), d.text(), d.writtenLater())))));
    }

    /** The reservation's text; emptied, it counts as "återkommer skriftligt" again. */
    public void dissentText(int index, String text) {
        editor.type("dissent." + index + ".text", Messages.get("editor.edit.dissent"), p -> proceed(p, x -> x.withDissents(
                with(x.dissents(), index, d -> text == null || text.isBlank()
                        ? Dissent.inWritingLater(d.member()) : Dissent.withText(d.member(), text)))));
    }

    public void removeDissent(int index) {
        editor.change("dissents", Messages.get("editor.edit.removeDissent"),
                p -> proceed(p, x -> x.withDissents(without(x.dissents(), index))));
    }

    public void addStatement() {
        MemberId first = firstServing();
        editor.change("statements", Messages.get("editor.edit.addStatement"), p -> proceed(p, x -> x.withStatement(
                new RecordedStatement(first, List.of(), NEW_TEXT))));
    }

    public void statementAuthor(int index, String name) {
        editor.type("statement." + index + ".author", Messages.get("editor.edit.statement"), p -> proceed(p, x -> x.withStatements(
                with(x.statements(), index, s -> new RecordedStatement(member(name), s.joiners(), s.text())))));
    }

    /** Those who join, names separated by commas. */
    public void statementJoiners(int index, String names) {
        editor.type("statement." + index + ".joiners", Messages.get("editor.edit.statement"), p -> proceed(p, x -> x.withStatements(
                with(x.statements(), index, s -> new RecordedStatement(s.author(), members(names), s.text())))));
    }

    public void statementText(int index, String text) {
        editor.type("statement." + index + ".text", Messages.get("editor.edit.statement"), p -> proceed(p, x -> x.withStatements(
                with(x.statements(), index, s -> new RecordedStatement(s.author(), s.joiners(), text)))));
    }

    public void removeStatement(int index) {
        editor.change("statements", Messages.get("editor.edit.removeStatement"),
                p -> proceed(p, x -> x.withStatements(without(x.statements(), index))));
    }

    public void addDisqualification(String name) {
        editor.change("disqualifications", Messages.get("editor.edit.addJav"), p -> proceed(p, x -> x.withDisqualification(
                new Disqualification(name == null ? firstServing() : member(name), null, null))));
    }

    public void disqualifiedMember(int index, String name) {
        editor.type("jav." + index + ".member", Messages.get("editor.edit.jav"), p -> proceed(p, x -> x.withDisqualifications(
                with(x.disqualifications(), index, d -> new Disqualification(member(name), d.reason(), d.substitute())))));
    }

    public void disqualificationReason(int index, String reason) {
        editor.type("jav." + index + ".reason", Messages.get("editor.edit.jav"), p -> proceed(p, x -> x.withDisqualifications(
                with(x.disqualifications(), index, d -> new Disqualification(d.member(), reason, d.substitute())))));
    }

    /** The ersättare who serves in the jävig member's place for this § alone; blank for none. */
    public void substitute(int index, String name) {
        editor.type("jav." + index + ".substitute", Messages.get("editor.edit.jav"), p -> proceed(p, x -> x.withDisqualifications(
                with(x.disqualifications(), index, d -> new Disqualification(d.member(), d.reason(),
                        name == null || name.isBlank() ? null : member(name))))));
    }

    public void removeDisqualification(int index) {
        editor.change("disqualifications", Messages.get("editor.edit.removeJav"),
                p -> proceed(p, x -> x.withDisqualifications(without(x.disqualifications(), index))));
    }

    // Preparation

    /** A beredning, first guessed as the board's first utskott on the meeting's day; the secretary corrects it. */
    public void addPreparation() {
        WorkbenchContext context = editor.context();
        String organ = context.committees().isEmpty() ? context.draft().board().name() : context.committees().get(0).name();
        editor.change("preparations", Messages.get("editor.edit.addPreparation"), p -> p.preparedIn(plus(p.preparations(),
                new Preparation(organ, context.draft().meeting().date(), null, null))));
    }

    /** The preparation as typed: organ, date (ÅÅÅÅ-MM-DD), § (may be empty) and a note. */
    public void preparation(int index, String organ, String date, String paragraph, String note) {
        editor.type("preparation." + index, Messages.get("editor.edit.preparation"), p -> p.preparedIn(with(p.preparations(),
                index, x -> new Preparation(organ, parseDate(date),
                        paragraph == null || paragraph.isBlank() ? null : ParagraphNumber.parse(paragraph), note))));
    }

    public void removePreparation(int index) {
        editor.change("preparations", Messages.get("editor.edit.removePreparation"),
                p -> p.preparedIn(without(p.preparations(), index)));
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(Messages.get("editor.badDate", text == null ? "" : text.strip()));
        }
    }

    // Distribution and flags

    public void recipients(String lines) {
        List<Recipient> recipients = Arrays.stream(lines.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Recipient::new).toList();
        editor.type("recipients", Messages.get("editor.edit.recipients"), p -> p.sentTo(recipients));
    }

    public void immediateAdjustment(boolean immediately) {
        editor.change("immediate", Messages.get("editor.edit.immediate"), p -> p.adjustImmediately(immediately));
    }

    /** Secrecy with its OSL reference; null makes the § public again. */
    public void confidential(String oslReference) {
        UnaryOperator<Paragraph> change = p -> p.classify(oslReference == null ? null : new Confidentiality(oslReference));
        if (oslReference == null) {
            editor.inputErrors().remove("confidential");
            editor.change("confidential", Messages.get("editor.edit.confidential"), change);
        } else {
            editor.type("confidential", Messages.get("editor.edit.confidential"), change);
        }
    }

    private static Paragraph proceed(Paragraph p, UnaryOperator<Proceedings> change) {
        return p.proceed(change.apply(p.proceedings()));
    }

    private MemberId member(String name) {
        return editor.context().member(name).map(MemberChoice::id).orElseThrow(() -> new DomainException(
                Messages.get("editor.unknownMember", name == null ? "" : name.strip())));
    }

    private List<MemberId> members(String names) {
        List<MemberId> ids = new ArrayList<>();
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                ids.add(member(name));
            }
        }
        return ids;
    }

    private MemberId firstServing() {
        return firstWithout(List.of());
    }

    private MemberId firstWithout(List<MemberId> taken) {
        Optional<MemberChoice> free = editor.context().serving(editor.paragraph()).stream()
                .filter(m -> !taken.contains(m.id())).findFirst()
                .or(() -> editor.context().members().stream().filter(m -> !taken.contains(m.id())).findFirst());
        return free.map(MemberChoice::id).orElseThrow(() -> new DomainException(Messages.get("editor.noMembers")));
    }
}
