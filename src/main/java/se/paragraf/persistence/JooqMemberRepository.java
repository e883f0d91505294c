package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Sequences.MEMBER_SEQ;
import static se.paragraf.persistence.jooq.Tables.MEMBER;
import static se.paragraf.persistence.jooq.Tables.MEMBERSHIP;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.board.MemberRepository;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.board.Term;
import se.paragraf.persistence.jooq.tables.records.MemberRecord;
import se.paragraf.persistence.jooq.tables.records.MembershipRecord;

final class JooqMemberRepository implements MemberRepository {
    private final DSLContext dsl;

    JooqMemberRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public MemberId nextId() {
        return new MemberId(dsl.nextval(MEMBER_SEQ));
    }

    @Override
    public void save(Member member) {
        MemberRecord row = dsl.newRecord(MEMBER);
        row.setId(member.id().value());
        row.setName(member.name());
        row.setParty(member.party());
        Upsert.byId(dsl, row, MEMBER.ID);
    }

    @Override
    public Optional<Member> findById(MemberId id) {
        return dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(id.value()))
                .fetchOptional(row -> new Member(new MemberId(row.getId()), row.getName(), row.getParty()));
    }

    @Override
    public void addMembership(Membership membership) {
        MembershipRecord row = dsl.newRecord(MEMBERSHIP);
        row.setMemberId(membership.member().value());
        row.setBoardId(membership.board().value());
        row.setRole(membership.role().name());
        row.setTermFrom(membership.term().from());
        row.setTermTo(membership.term().to());
        row.setSubstituteOrder(membership.substituteOrder());
        row.insert();
    }

    @Override
    public void removeMembership(Membership membership) {
        dsl.deleteFrom(MEMBERSHIP).where(MEMBERSHIP.MEMBER_ID.eq(membership.member().value())
                .and(MEMBERSHIP.BOARD_ID.eq(membership.board().value()))
                .and(MEMBERSHIP.TERM_FROM.eq(membership.term().from()))).execute();
    }

    /** Role order is the enum's (chair, vice chair, ledamot, ersättare); then call-in order, then name. */
    @Override
    public List<Membership> membershipsOf(BoardId board) {
        record Row(Membership membership, String name) {
        }
        Comparator<Row> order = Comparator.<Row, MembershipRole>comparing(r -> r.membership().role())
                .thenComparing(r -> r.membership().substituteOrder(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(SwedishOrder.by(Row::name))
                .thenComparing(r -> r.membership().term().from());
        return dsl.select(MEMBERSHIP.fields()).select(MEMBER.NAME)
                .from(MEMBERSHIP).join(MEMBER).on(MEMBER.ID.eq(MEMBERSHIP.MEMBER_ID))
                .where(MEMBERSHIP.BOARD_ID.eq(board.value()))
                .fetch(r -> new Row(toMembership(r), r.get(MEMBER.NAME)))
                .stream().sorted(order).map(Row::membership).toList();
    }

    private static Membership toMembership(Record r) {
        return new Membership(new MemberId(r.get(MEMBERSHIP.MEMBER_ID)), new BoardId(r.get(MEMBERSHIP.BOARD_ID)),
                MembershipRole.valueOf(r.get(MEMBERSHIP.ROLE)),
                new Term(r.get(MEMBERSHIP.TERM_FROM), r.get(MEMBERSHIP.TERM_TO)), r.get(MEMBERSHIP.SUBSTITUTE_ORDER));
    }
}
