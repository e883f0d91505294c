package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.MATTER;

import java.util.Optional;
import org.jooq.DSLContext;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.matter.Matter;
import se.paragraf.domain.matter.MatterRepository;

final class JooqMatterRepository implements MatterRepository {
    private final DSLContext dsl;

    JooqMatterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(Matter matter) {
        CaseNumber caseNumber = matter.caseNumber();
        String key = CaseNumberColumns.key(caseNumber);
        int updated = dsl.update(MATTER).set(MATTER.TITLE, matter.title())
                .where(MATTER.CANONICAL_CASE.eq(key)).execute();
        if (updated == 0) {
            dsl.insertInto(MATTER)
                    .set(MATTER.SERIES, caseNumber.series())
                    .set(MATTER.YEAR, caseNumber.year())
                    .set(MATTER.NUMBER, caseNumber.number())
                    .set(MATTER.SUB_NUMBER, caseNumber.subNumber())
                    .set(MATTER.CANONICAL_CASE, key)
                    .set(MATTER.TITLE, matter.title())
                    .execute();
        }
    }

    @Override
    public Optional<Matter> findByCaseNumber(CaseNumber caseNumber) {
        return dsl.selectFrom(MATTER).where(MATTER.CANONICAL_CASE.eq(CaseNumberColumns.key(caseNumber)))
                .fetchOptional(row -> new Matter(CaseNumberColumns.toCaseNumber(row.getSeries(), row.getYear(),
                        row.getNumber(), row.getSubNumber()), row.getTitle()));
    }

    @Override
    public java.util.List<Matter> findAll() {
        return dsl.selectFrom(MATTER).orderBy(MATTER.SERIES, MATTER.YEAR, MATTER.NUMBER)
                .fetch(row -> new Matter(CaseNumberColumns.toCaseNumber(row.getSeries(), row.getYear(),
                        row.getNumber(), row.getSubNumber()), row.getTitle()));
    }

    @Override
    public long count() {
        return dsl.fetchCount(MATTER);
    }
}
