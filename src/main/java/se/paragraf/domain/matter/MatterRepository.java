package se.paragraf.domain.matter;

import java.util.Optional;

public interface MatterRepository {
    /** Inserts the matter, or updates its title if the case is known. */
    void save(Matter matter);

    /** Finds by the case, whatever form the number was written in; the sub-number is ignored. */
    Optional<Matter> findByCaseNumber(CaseNumber caseNumber);

    /** Every known case, in case number order: for completing a case number as it is typed. */
    java.util.List<Matter> findAll();

    long count();
}
