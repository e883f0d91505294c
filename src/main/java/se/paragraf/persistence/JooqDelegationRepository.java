package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Sequences.DELEGATED_DECISION_SEQ;
import static se.paragraf.persistence.jooq.Sequences.DELEGATION_SCHEME_SEQ;
import static se.paragraf.persistence.jooq.Tables.DELEGATED_DECISION;
import static se.paragraf.persistence.jooq.Tables.DELEGATION_ROLE_HOLDER;
import static se.paragraf.persistence.jooq.Tables.DELEGATION_RULE;
import static se.paragraf.persistence.jooq.Tables.DELEGATION_SCHEME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.delegation.Adoption;
import se.paragraf.domain.delegation.Delegate;
import se.paragraf.domain.delegation.DelegateKind;
import se.paragraf.domain.delegation.DelegatedDecision;
import se.paragraf.domain.delegation.DelegatedDecisionId;
import se.paragraf.domain.delegation.DelegationRepository;
import se.paragraf.domain.delegation.DelegationRule;
import se.paragraf.domain.delegation.DelegationScheme;
import se.paragraf.domain.delegation.DelegationSchemeId;
import se.paragraf.domain.delegation.NonDelegableGround;
import se.paragraf.domain.delegation.RoleHolding;
import se.paragraf.domain.delegation.SchemeHistory;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.persistence.jooq.tables.records.DelegatedDecisionRecord;
import se.paragraf.persistence.jooq.tables.records.DelegationRoleHolderRecord;
import se.paragraf.persistence.jooq.tables.records.DelegationRuleRecord;
import se.paragraf.persistence.jooq.tables.records.DelegationSchemeRecord;

final class JooqDelegationRepository implements DelegationRepository {
    private final DSLContext dsl;

    JooqDelegationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public DelegationSchemeId nextSchemeId() {
        return new DelegationSchemeId(dsl.nextval(DELEGATION_SCHEME_SEQ));
    }

    @Override
    public void save(DelegationScheme scheme) {
        DelegationSchemeRecord row = dsl.newRecord(DELEGATION_SCHEME);
        row.setId(scheme.id().value());
        row.setBoardId(scheme.board().value());
        row.setVersion(scheme.version());
        row.setValidFrom(scheme.validFrom());
        row.setAdoptedOn(scheme.adoption().meetingDate());
        row.setAdoptedParagraph(scheme.adoption().paragraphNumber().map(ParagraphNumber::toString).orElse(null));
        Upsert.byId(dsl, row, DELEGATION_SCHEME.ID);
        // Rules are children of the version, referenced by nothing: replacing them whole is safe.
        dsl.deleteFrom(DELEGATION_RULE).where(DELEGATION_RULE.SCHEME_ID.eq(scheme.id().value())).execute();
        List<DelegationRuleRecord> rules = new ArrayList<>();
        for (int i = 0; i < scheme.rules().size(); i++) {
            rules.add(ruleRow(scheme.id(), i, scheme.rules().get(i)));
        }
        if (!rules.isEmpty()) {
            dsl.batchInsert(rules).execute();
        }
    }

    private DelegationRuleRecord ruleRow(DelegationSchemeId scheme, int ordinal, DelegationRule rule) {
        DelegationRuleRecord row = dsl.newRecord(DELEGATION_RULE);
        row.setSchemeId(scheme.value());
        row.setOrdinal(ordinal);
        row.setCode(rule.code());
        row.setMatterKind(rule.matterKind());
        row.setDelegateKind(rule.delegate().kind().name());
        row.setDelegateName(rule.delegate().name());
        row.setSubstitute(rule.substitute());
        row.setAmountLimit(rule.amountLimit());
        row.setScope(rule.scope());
        row.setLegalBasis(rule.legalBasis());
        row.setFurtherDelegation(rule.furtherDelegation());
        row.setMustReport(rule.mustReport());
        row.setNonDelegable(rule.declaredNonDelegable() == null ? null : rule.declaredNonDelegable().name());
        return row;
    }

    @Override
    public Optional<DelegationScheme> findScheme(DelegationSchemeId id) {
        return dsl.selectFrom(DELEGATION_SCHEME).where(DELEGATION_SCHEME.ID.eq(id.value())).fetchOptional()
                .map(row -> toScheme(row, rulesOf(List.of(row.getId())).getOrDefault(row.getId(), List.of())));
    }

    @Override
    public void deleteScheme(DelegationSchemeId id) {
        dsl.deleteFrom(DELEGATION_SCHEME).where(DELEGATION_SCHEME.ID.eq(id.value())).execute();
    }

    @Override
    public SchemeHistory historyOf(BoardId board) {
        List<DelegationSchemeRecord> rows = dsl.selectFrom(DELEGATION_SCHEME)
                .where(DELEGATION_SCHEME.BOARD_ID.eq(board.value())).fetch();
        Map<Long, List<DelegationRule>> rules = rulesOf(rows.stream().map(DelegationSchemeRecord::getId).toList());
        return new SchemeHistory(rows.stream().map(r -> toScheme(r, rules.getOrDefault(r.getId(), List.of()))).toList());
    }

    private Map<Long, List<DelegationRule>> rulesOf(List<Long> schemes) {
        return dsl.selectFrom(DELEGATION_RULE).where(DELEGATION_RULE.SCHEME_ID.in(schemes))
                .orderBy(DELEGATION_RULE.SCHEME_ID, DELEGATION_RULE.ORDINAL).fetch().stream()
                .collect(Collectors.groupingBy(DelegationRuleRecord::getSchemeId,
                        Collectors.mapping(JooqDelegationRepository::toRule, Collectors.toList())));
    }

    private static DelegationScheme toScheme(DelegationSchemeRecord row, List<DelegationRule> rules) {
        ParagraphNumber paragraph = row.getAdoptedParagraph() == null ? null : ParagraphNumber.parse(row.getAdoptedParagraph());
        return new DelegationScheme(new DelegationSchemeId(row.getId()), new BoardId(row.getBoardId()), row.getVersion(),
                new Adoption(row.getAdoptedOn(), paragraph), row.getValidFrom(), rules);
    }

    private static DelegationRule toRule(DelegationRuleRecord row) {
        return new DelegationRule(row.getCode(), row.getMatterKind(),
                new Delegate(DelegateKind.valueOf(row.getDelegateKind()), row.getDelegateName()), row.getSubstitute(),
                row.getAmountLimit(), row.getScope(), row.getLegalBasis(), row.getFurtherDelegation(),
                row.getMustReport(), row.getNonDelegable() == null ? null : NonDelegableGround.valueOf(row.getNonDelegable()));
    }

    @Override
    public List<RoleHolding> roleHoldings() {
        Comparator<RoleHolding> order = SwedishOrder.<RoleHolding>by(RoleHolding::role)
                .thenComparing(RoleHolding::from);
        return dsl.selectFrom(DELEGATION_ROLE_HOLDER).fetch(r -> new RoleHolding(r.getRole(), r.getPerson(),
                r.getHeldFrom(), r.getHeldTo())).stream().sorted(order).toList();
    }

    @Override
    public void saveRoleHolding(RoleHolding holding) {
        removeRoleHolding(holding);
        DelegationRoleHolderRecord row = dsl.newRecord(DELEGATION_ROLE_HOLDER);
        row.setRole(holding.role());
        row.setPerson(holding.person());
        row.setHeldFrom(holding.from());
        row.setHeldTo(holding.to());
        row.insert();
    }

    @Override
    public void removeRoleHolding(RoleHolding holding) {
        dsl.deleteFrom(DELEGATION_ROLE_HOLDER).where(DELEGATION_ROLE_HOLDER.ROLE.eq(holding.role())
                .and(DELEGATION_ROLE_HOLDER.PERSON.eq(holding.person()))
                .and(DELEGATION_ROLE_HOLDER.HELD_FROM.eq(holding.from()))).execute();
    }

    @Override
    public DelegatedDecisionId nextDecisionId() {
        return new DelegatedDecisionId(dsl.nextval(DELEGATED_DECISION_SEQ));
    }

    @Override
    public void save(DelegatedDecision decision) {
        Upsert.byId(dsl, decisionRow(decision), DELEGATED_DECISION.ID);
    }

    @Override
    public void insertAll(List<DelegatedDecision> decisions) {
        if (!decisions.isEmpty()) {
            dsl.batchInsert(decisions.stream().map(this::decisionRow).toList()).execute();
        }
    }

    private DelegatedDecisionRecord decisionRow(DelegatedDecision d) {
        DelegatedDecisionRecord row = dsl.newRecord(DELEGATED_DECISION);
        row.setId(d.id().value());
        row.setBoardId(d.board().value());
        row.setRuleCode(d.ruleCode());
        row.setPerson(d.person());
        row.setRole(d.role());
        row.setDecidedOn(d.decidedOn());
        CaseNumber c = d.caseNumber();
        row.setSeries(c == null ? null : c.series());
        row.setYear(c == null ? null : c.year());
        row.setNumber(c == null ? null : c.number());
        row.setSubNumber(c == null ? null : c.subNumber());
        row.setDescription(d.description());
        row.setAppealable(d.appealable());
        row.setUrgent(d.urgent());
        row.setReportMeetingId(d.reportMeeting() == null ? null : d.reportMeeting().value());
        row.setReportedOn(d.reportedOn());
        return row;
    }

    @Override
    public Optional<DelegatedDecision> findDecision(DelegatedDecisionId id) {
        return dsl.selectFrom(DELEGATED_DECISION).where(DELEGATED_DECISION.ID.eq(id.value()))
                .fetchOptional(JooqDelegationRepository::toDecision);
    }

    @Override
    public void delete(DelegatedDecisionId id) {
        dsl.deleteFrom(DELEGATED_DECISION).where(DELEGATED_DECISION.ID.eq(id.value())).execute();
    }

    @Override
    public List<DelegatedDecision> decisionsOf(BoardId board) {
        return dsl.selectFrom(DELEGATED_DECISION).where(DELEGATED_DECISION.BOARD_ID.eq(board.value()))
                .orderBy(DELEGATED_DECISION.DECIDED_ON, DELEGATED_DECISION.ID)
                .fetch(JooqDelegationRepository::toDecision);
    }

    @Override
    public List<DelegatedDecision> decisionsIn(MeetingId meeting) {
        return dsl.selectFrom(DELEGATED_DECISION).where(DELEGATED_DECISION.REPORT_MEETING_ID.eq(meeting.value()))
                .orderBy(DELEGATED_DECISION.DECIDED_ON, DELEGATED_DECISION.ID)
                .fetch(JooqDelegationRepository::toDecision);
    }

    @Override
    public int markReported(MeetingId meeting, LocalDate adjustedOn) {
        return dsl.update(DELEGATED_DECISION).set(DELEGATED_DECISION.REPORTED_ON, adjustedOn)
                .where(DELEGATED_DECISION.REPORT_MEETING_ID.eq(meeting.value()))
                .and(DELEGATED_DECISION.REPORTED_ON.isNull()).execute();
    }

    private static DelegatedDecision toDecision(DelegatedDecisionRecord r) {
        CaseNumber caseNumber = r.getSeries() == null ? null
                : CaseNumberColumns.toCaseNumber(r.getSeries(), r.getYear(), r.getNumber(), r.getSubNumber());
        return new DelegatedDecision(new DelegatedDecisionId(r.getId()), new BoardId(r.getBoardId()), r.getRuleCode(),
                r.getPerson(), r.getRole(), r.getDecidedOn(), caseNumber, r.getDescription(), r.getAppealable(),
                r.getUrgent(), r.getReportMeetingId() == null ? null : new MeetingId(r.getReportMeetingId()),
                r.getReportedOn());
    }
}
