package se.paragraf.application.document;

import java.util.ArrayList;
import java.util.List;
import se.paragraf.domain.paragraph.Ballot;
import se.paragraf.domain.paragraph.Disqualification;
import se.paragraf.domain.paragraph.Dissent;
import se.paragraf.domain.paragraph.Motion;
import se.paragraf.domain.paragraph.Proceedings;
import se.paragraf.domain.paragraph.PropositionOrder;
import se.paragraf.domain.paragraph.RecordedStatement;
import se.paragraf.domain.paragraph.Vote;

/**
 * What happened in a § besides the decision, worded as the seed protocol words it: "Yrkande",
 * "Propositionsordning", "Omröstning" (an open vote as a table), "Reservation",
 * "Protokollsanteckning" and "Jäv", each under its heading.
 */
final class ProceedingsBlocks {
    private final MemberNames names;
    private final String boardName;

    ProceedingsBlocks(MemberNames names, String boardName) {
        this.names = names;
        this.boardName = boardName;
    }

    List<MinutesBlock> of(Proceedings p) {
        List<MinutesBlock> blocks = new ArrayList<>();
        section(blocks, "Jäv", p.disqualifications().stream().map(this::disqualification).toList());
        section(blocks, p.motions().size() == 1 ? "Yrkande" : "Yrkanden",
                p.motions().stream().map(this::motion).toList());
        if (!p.propositionOrder().isEmpty()) {
            blocks.add(new MinutesBlock.Heading("Propositionsordning"));
            blocks.add(new MinutesBlock.Text(propositions(p.propositionOrder())));
        }
        for (Vote vote : p.votes()) {
            blocks.add(new MinutesBlock.Heading("Omröstning"));
            blocks.add(vote(vote));
        }
        section(blocks, p.dissents().size() == 1 ? "Reservation" : "Reservationer",
                p.dissents().stream().map(this::dissent).toList());
        for (RecordedStatement statement : p.statements()) {
            blocks.add(new MinutesBlock.Heading("Protokollsanteckning"));
            blocks.add(new MinutesBlock.Text(statement(statement)));
        }
        return blocks;
    }

    private static void section(List<MinutesBlock> blocks, String heading, List<String> paragraphs) {
        if (!paragraphs.isEmpty()) {
            blocks.add(new MinutesBlock.Heading(heading));
            paragraphs.forEach(p -> blocks.add(new MinutesBlock.Text(p)));
        }
    }

    private String motion(Motion motion) {
        String wording = motion.text() == null ? null : motion.text();
        String what = switch (motion.kind()) {
            case APPROVAL, REJECTION -> motion.kind().swedishName() + " " + (wording == null ? "till förslaget" : wording);
            case TEXT -> wording;
            default -> motion.kind().swedishName() + (wording == null ? "" : ": " + wording);
        };
        return sentence(names.withParty(motion.member()) + " yrkar " + what);
    }

    private String propositions(PropositionOrder order) {
        StringBuilder s = new StringBuilder("Ordföranden ställer följande förslag under proposition:");
        for (int i = 0; i < order.propositions().size(); i++) {
            s.append('\n').append(i + 1).append(". ").append(order.propositions().get(i));
        }
        order.adoptedProposition().ifPresent(adopted -> s.append("\n\nOrdföranden finner att ")
                .append(boardName.toLowerCase(java.util.Locale.ROOT)).append(" beslutar enligt ")
                .append(sentence(adopted)));
        return s.toString();
    }

    private MinutesBlock vote(Vote vote) {
        String subject = vote.subject();
        if (!vote.open()) {
            return new MinutesBlock.Text(sentence("Sluten omröstning: " + subject) + "\n" + tally(vote));
        }
        List<MinutesBlock.VoteRow> rows = new ArrayList<>();
        for (Ballot ballot : vote.ballots()) {
            rows.add(new MinutesBlock.VoteRow(names.name(ballot.member()), names.party(ballot.member()),
                    ballot.choice().swedishName()));
        }
        return new MinutesBlock.VoteTable(subject, rows, vote.tally().yes(), vote.tally().no(), vote.tally().abstain());
    }

    private static String tally(Vote vote) {
        return "Resultat: " + vote.tally().yes() + " ja, " + vote.tally().no() + " nej, " + vote.tally().abstain()
                + " avstår.";
    }

    private String dissent(Dissent dissent) {
        String who = names.withParty(dissent.member()) + " reserverar sig mot beslutet";
        if (dissent.writtenLater()) {
            return who + " och återkommer med en skriftlig reservation.";
        }
        return who + ":\n”" + dissent.text() + "”";
    }

    private String statement(RecordedStatement statement) {
        String s = names.withParty(statement.author()) + " lämnar en protokollsanteckning lydande:\n”"
                + statement.text() + "”";
        if (!statement.joiners().isEmpty()) {
            s += "\n\n" + MemberNames.enumerate(statement.joiners().stream().map(names::withParty).toList())
                    + " ställer sig bakom protokollsanteckningen.";
        }
        return s;
    }

    private String disqualification(Disqualification d) {
        String s = names.withParty(d.member()) + " anmäler jäv och deltar inte i handläggningen"
                + (d.reason() == null ? "" : " (" + d.reason() + ")");
        return s + d.replacedBy().map(sub -> ". " + names.withParty(sub) + " tjänstgör i stället i denna paragraf.")
                .orElse(".");
    }

    private static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith("”") ? t : t + ".";
    }
}
