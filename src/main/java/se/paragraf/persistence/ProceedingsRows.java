package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.BALLOT;
import static se.paragraf.persistence.jooq.Tables.DISQUALIFICATION;
import static se.paragraf.persistence.jooq.Tables.DISSENT;
import static se.paragraf.persistence.jooq.Tables.MOTION;
import static se.paragraf.persistence.jooq.Tables.PROPOSITION;
import static se.paragraf.persistence.jooq.Tables.RECORDED_STATEMENT;
import static se.paragraf.persistence.jooq.Tables.STATEMENT_JOINER;
import static se.paragraf.persistence.jooq.Tables.VOTE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.paragraph.Ballot;
import se.paragraf.domain.paragraph.Dissent;
import se.paragraf.domain.paragraph.Disqualification;
import se.paragraf.domain.paragraph.Motion;
import se.paragraf.domain.paragraph.MotionKind;
import se.paragraf.domain.paragraph.Proceedings;
import se.paragraf.domain.paragraph.PropositionOrder;
import se.paragraf.domain.paragraph.RecordedStatement;
import se.paragraf.domain.paragraph.Tally;
import se.paragraf.domain.paragraph.Vote;
import se.paragraf.domain.paragraph.VoteChoice;

/** The rows of a paragraph's {@link Proceedings} (V3), written and read for many paragraphs at once. */
final class ProceedingsRows {
    /** Parents before children, for inserts; deleting the parents cascades to the children. */
    static final List<Table<?>> TABLES = List.of(MOTION, PROPOSITION, VOTE, BALLOT, DISSENT, RECORDED_STATEMENT,
            STATEMENT_JOINER, DISQUALIFICATION);
    static final List<TableField<?, Long>> PARENTS = List.of(MOTION.PARAGRAPH_ID, PROPOSITION.PARAGRAPH_ID,
            VOTE.PARAGRAPH_ID, DISSENT.PARAGRAPH_ID, RECORDED_STATEMENT.PARAGRAPH_ID, DISQUALIFICATION.PARAGRAPH_ID);

    private final DSLContext dsl;

    ProceedingsRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    void delete(long paragraphId) {
        for (TableField<?, Long> parent : PARENTS) {
            dsl.deleteFrom(parent.getTable()).where(parent.eq(paragraphId)).execute();
        }
    }

    List<TableRecord<?>> rows(long id, Proceedings p) {
        List<TableRecord<?>> rows = new ArrayList<>();
        for (int i = 0; i < p.motions().size(); i++) {
            Motion m = p.motions().get(i);
            var row = dsl.newRecord(MOTION);
            row.setParagraphId(id);
            row.setOrdinal(i);
            row.setMemberId(m.member().value());
            row.setKind(m.kind().name());
            row.setBody(m.text());
            rows.add(row);
        }
        PropositionOrder order = p.propositionOrder();
        for (int i = 0; i < order.propositions().size(); i++) {
            var row = dsl.newRecord(PROPOSITION);
            row.setParagraphId(id);
            row.setOrdinal(i);
            row.setBody(order.propositions().get(i));
            row.setAdopted(order.adopted() != null && order.adopted() == i);
            rows.add(row);
        }
        for (int i = 0; i < p.votes().size(); i++) {
            Vote v = p.votes().get(i);
            var row = dsl.newRecord(VOTE);
            row.setParagraphId(id);
            row.setOrdinal(i);
            row.setSubject(v.subject());
            row.setOpenVote(v.open());
            row.setYesCount(v.tally().yes());
            row.setNoCount(v.tally().no());
            row.setAbstainCount(v.tally().abstain());
            rows.add(row);
        }
        for (int i = 0; i < p.votes().size(); i++) {
            List<Ballot> ballots = p.votes().get(i).ballots();
            for (int b = 0; b < ballots.size(); b++) {
                var row = dsl.newRecord(BALLOT);
                row.setParagraphId(id);
                row.setVoteOrdinal(i);
                row.setOrdinal(b);
                row.setMemberId(ballots.get(b).member().value());
                row.setChoice(ballots.get(b).choice().name());
                rows.add(row);
            }
        }
        for (int i = 0; i < p.dissents().size(); i++) {
            Dissent d = p.dissents().get(i);
            var row = dsl.newRecord(DISSENT);
            row.setParagraphId(id);
            row.setOrdinal(i);
            row.setMemberId(d.member().value());
            row.setBody(d.text());
            row.setWrittenLater(d.writtenLater());
            rows.add(row);
        }
        for (int i = 0; i < p.statements().size(); i++) {
            RecordedStatement s = p.statements().get(i);
            var row = dsl.newRecord(RECORDED_STATEMENT);
            row.setParagraphId(id);
            row.setOrdinal(i);
            row.setAuthorId(s.author().value());
            row.setBody(s.text());
            rows.add(row);
        }
        for (int i = 0; i < p.statements().size(); i++) {
            List<MemberId> joiners = p.statements().get(i).joiners();
            for (int j = 0; j < joiners.size(); j++) {
                var row = dsl.newRecord(STATEMENT_JOINER);
                row.setParagraphId(id);
                row.setStatementOrdinal(i);
                row.setOrdinal(j);
                row.setMemberId(joiners.get(j).value());
                rows.add(row);
            }
        }
        for (int i = 0; i < p.disqualifications().size(); i++) {
            Disqualification d = p.disqualifications().get(i);
            var row = dsl.newRecord(DISQUALIFICATION);
            row.setParagraphId(id);
            row.setOrdinal(i);
            row.setMemberId(d.member().value());
            row.setReason(d.reason());
            row.setSubstituteId(d.substitute() == null ? null : d.substitute().value());
            rows.add(row);
        }
        return rows;
    }

    Map<Long, Proceedings> read(Set<Long> ids) {
        Map<Long, List<Motion>> motions = group(ids, MOTION.PARAGRAPH_ID, MOTION.ORDINAL, r -> new Motion(
                new MemberId(r.get(MOTION.MEMBER_ID)), MotionKind.valueOf(r.get(MOTION.KIND)), r.get(MOTION.BODY)));
        Map<Long, List<Record>> propositions = group(ids, PROPOSITION.PARAGRAPH_ID, PROPOSITION.ORDINAL, r -> r);
        Map<List<Long>, List<Ballot>> ballots = new HashMap<>();
        dsl.selectFrom(BALLOT).where(BALLOT.PARAGRAPH_ID.in(ids)).orderBy(BALLOT.ORDINAL).forEach(r -> ballots
                .computeIfAbsent(List.of(r.getParagraphId(), (long) r.getVoteOrdinal()), k -> new ArrayList<>())
                .add(new Ballot(new MemberId(r.getMemberId()), VoteChoice.valueOf(r.getChoice()))));
        Map<Long, List<Vote>> votes = group(ids, VOTE.PARAGRAPH_ID, VOTE.ORDINAL, r -> r.get(VOTE.OPEN_VOTE)
                ? Vote.open(r.get(VOTE.SUBJECT), ballots.getOrDefault(
                        List.of(r.get(VOTE.PARAGRAPH_ID), (long) r.get(VOTE.ORDINAL)), List.of()))
                : Vote.closed(r.get(VOTE.SUBJECT), new Tally(r.get(VOTE.YES_COUNT), r.get(VOTE.NO_COUNT),
                        r.get(VOTE.ABSTAIN_COUNT))));
        Map<Long, List<Dissent>> dissents = group(ids, DISSENT.PARAGRAPH_ID, DISSENT.ORDINAL, r -> new Dissent(
                new MemberId(r.get(DISSENT.MEMBER_ID)), r.get(DISSENT.BODY), r.get(DISSENT.WRITTEN_LATER)));
        Map<List<Long>, List<MemberId>> joiners = new HashMap<>();
        dsl.selectFrom(STATEMENT_JOINER).where(STATEMENT_JOINER.PARAGRAPH_ID.in(ids)).orderBy(STATEMENT_JOINER.ORDINAL)
                .forEach(r -> joiners.computeIfAbsent(List.of(r.getParagraphId(), (long) r.getStatementOrdinal()),
                        k -> new ArrayList<>()).add(new MemberId(r.getMemberId())));
        Map<Long, List<RecordedStatement>> statements = group(ids, RECORDED_STATEMENT.PARAGRAPH_ID,
                RECORDED_STATEMENT.ORDINAL, r -> new RecordedStatement(new MemberId(r.get(RECORDED_STATEMENT.AUTHOR_ID)),
                        joiners.getOrDefault(List.of(r.get(RECORDED_STATEMENT.PARAGRAPH_ID),
                                (long) r.get(RECORDED_STATEMENT.ORDINAL)), List.of()), r.get(RECORDED_STATEMENT.BODY)));
        Map<Long, List<Disqualification>> jav = group(ids, DISQUALIFICATION.PARAGRAPH_ID, DISQUALIFICATION.ORDINAL,
                r -> new Disqualification(new MemberId(r.get(DISQUALIFICATION.MEMBER_ID)), r.get(DISQUALIFICATION.REASON),
                        r.get(DISQUALIFICATION.SUBSTITUTE_ID) == null ? null
                                : new MemberId(r.get(DISQUALIFICATION.SUBSTITUTE_ID))));
        Map<Long, Proceedings> result = new HashMap<>();
        for (Long id : ids) {
            List<Record> props = propositions.getOrDefault(id, List.of());
            Integer adopted = null;
            for (int i = 0; i < props.size(); i++) {
                if (props.get(i).get(PROPOSITION.ADOPTED)) {
                    adopted = i;
                }
            }
            Proceedings p = new Proceedings(motions.getOrDefault(id, List.of()),
                    new PropositionOrder(props.stream().map(r -> r.get(PROPOSITION.BODY)).toList(), adopted),
                    votes.getOrDefault(id, List.of()), dissents.getOrDefault(id, List.of()),
                    statements.getOrDefault(id, List.of()), jav.getOrDefault(id, List.of()));
            if (!p.isEmpty()) {
                result.put(id, p);
            }
        }
        return result;
    }

    private <T> Map<Long, List<T>> group(Set<Long> ids, TableField<?, Long> paragraphId, TableField<?, Integer> ordinal,
                                         java.util.function.Function<Record, T> mapper) {
        Map<Long, List<T>> byParagraph = new HashMap<>();
        dsl.selectFrom(paragraphId.getTable()).where(paragraphId.in(ids)).orderBy(paragraphId, ordinal)
                .forEach(r -> byParagraph.computeIfAbsent(r.get(paragraphId), k -> new ArrayList<>()).add(mapper.apply(r)));
        return byParagraph;
    }
}
